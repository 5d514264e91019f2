package org.childplan.platform.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.json.JsonStrictness;

/**
 * Reads a document that must follow a JSON Schema on the classpath (the documents a county imports), reporting
 * every error with its JSONPath in English and Chinese: first numbers a double can not hold, then every schema
 * error, then what the typed read still refuses. The rules beyond the schema stay with each document's validator.
 */
public final class SchemaCheckedReader {

    private final ObjectMapper mapper;
    private final String schemaText;
    private final Schema schemaEn;
    private final Schema schemaZh;

    public SchemaCheckedReader(ObjectMapper mapper, String schemaResource) {
        this.mapper = mapper;
        this.schemaText = readSchema(schemaResource);
        this.schemaEn = schema(Locale.ENGLISH);
        this.schemaZh = schema(Locale.SIMPLIFIED_CHINESE);
    }

    /** The JSON Schema, as served to clients. */
    public String schemaText() {
        return schemaText;
    }

    /**
     * The typed document, or {@link InputValidationException} listing every error; {@code documentEn} and
     * {@code documentZh} name the kind of document when it can not be read at all.
     */
    public <T> T read(JsonNode raw, Class<T> type, String documentEn, String documentZh) {
        // a number too large for a double (1e400) was read as infinity, which the schema validator can not compare
        List<FieldError> errors = JsonStrictness.nonFiniteNumbers(raw).stream()
                .map(path -> FieldError.of(path, "must be a finite number", "必须是有限的数字")).toList();
        if (errors.isEmpty()) {
            errors = schemaErrors(raw);
        }
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
        try {
            return mapper.treeToValue(raw, type);
        } catch (JsonStrictness.UnstorableTextException e) {
            throw InputValidationException.single(JsonStrictness.jsonPath(e), e.getOriginalMessage(),
                    "含有无法保存的字符（如 NUL 字符或无效的 Unicode）");
        } catch (JsonMappingException e) {
            // Jackson's own message names Java types; the client gets the field and what it should have been
            String[] expected = JsonStrictness.expected(e);
            throw InputValidationException.single(JsonStrictness.jsonPath(e), "must be " + expected[0], "必须是" + expected[1]);
        } catch (JsonProcessingException e) {
            throw InputValidationException.single("$", "can not be read as a " + documentEn, "文件内容无法解析为" + documentZh);
        }
    }

    List<FieldError> schemaErrors(JsonNode raw) {
        List<Error> en = schemaEn.validate(raw);
        if (en.isEmpty()) {
            return List.of();
        }
        List<Error> zh = schemaZh.validate(raw);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            Error e = en.get(i);
            String zhMessage = zh.size() == en.size() ? zh.get(i).getMessage() : e.getMessage();
            errors.add(FieldError.of(path(e), e.getMessage(), zhMessage));
        }
        return errors;
    }

    /** For a missing or unknown property, point at the property itself rather than at the object holding it. */
    private static String path(Error e) {
        String location = e.getInstanceLocation().toString();
        if (e.getProperty() != null && ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))) {
            return location + "." + e.getProperty();
        }
        return location;
    }

    private Schema schema(Locale locale) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(locale)
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        return registry.getSchema(schemaText, com.networknt.schema.InputFormat.JSON);
    }

    private static String readSchema(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
