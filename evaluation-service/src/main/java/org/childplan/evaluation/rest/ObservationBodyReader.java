package org.childplan.evaluation.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.childplan.evaluation.domain.ObservationCsv;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.ObservationXlsx;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.problem.Violations;

/**
 * Reads observation rows from a JSON or CSV body as a stream, so that resources receive rows, not bytes, and a body's
 * cost is its rows: the text is never held whole. An XLSX body (a zip, whose parts can only be found through its
 * directory at the end) is copied to a temporary file as it arrives, then its data sheet is streamed out of it with the
 * limits of {@link ObservationXlsx}; the file is deleted before the resource runs. Each row is checked against the JSON constraints and counted as it
 * arrives, and the batch is refused with 413 as soon as it passes the row limit (the byte limit is the platform's,
 * BodyCap). What each row means is the submission use case's to check.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, SubmissionResource.CSV, ObservationXlsx.MEDIA_TYPE})
public class ObservationBodyReader implements MessageBodyReader<Object> {

    private static final String OBSERVATIONS = "observations";
    private static final String AGENCY_CODE = "agencyCode";
    /** Rows within every limit of their annotations skip bean validation, which is only asked for the errors. */
    private static final WithinLimits<ObservationRow> ROW_LIMITS = WithinLimits.of(ObservationRow.class);

    private final ObjectMapper mapper;
    private final ObjectReader rowReader;
    private final ObjectReader textReader;
    private final Validator validator;

    public ObservationBodyReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        // each reads one value inside the body, with more to follow; trailing content is checked once, at the end
        this.rowReader = mapper.readerFor(ObservationRow.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.textReader = mapper.readerFor(String.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.validator = validator;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ObservationBody.NewSubmission.class || type == ObservationBody.Replacement.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        boolean newSubmission = ObservationBody.NewSubmission.class.equals(type);
        // an Idempotency-Key is bound to the body's bytes, so they are hashed as they pass
        DigestInputStream hashed = new DigestInputStream(entity, sha256());
        if (isXlsx(mediaType)) {
            ObservationBody body = xlsx(hashed);
            return newSubmission ? new ObservationBody.NewSubmission(body) : new ObservationBody.Replacement(body);
        }
        BufferedReader text = new BufferedReader(new InputStreamReader(hashed, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        Read read = isCsv(mediaType) ? csv(text) : json(text, newSubmission ? SubmissionInput.class : ObservationsInput.class);
        var body = new ObservationBody(read.agencyCode(), read.rows(), read.errors(),
                HexFormat.of().formatHex(hashed.getMessageDigest().digest()));
        return newSubmission ? new ObservationBody.NewSubmission(body) : new ObservationBody.Replacement(body);
    }

    private static ObservationBody xlsx(DigestInputStream hashed) throws IOException {
        Path file = Files.createTempFile("submission-", ".xlsx");
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = hashed.transferTo(out);
            }
            if (size == 0) {
                throw InputValidationException.single("body", "a body is required", "请求体不能为空");
            }
            ObservationXlsx.Result read = ObservationXlsx.read(file, SubmissionLimits::check);
            return new ObservationBody(read.agencyCode(), read.rows(), read.errors(),
                    HexFormat.of().formatHex(hashed.getMessageDigest().digest()), read::locate);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Read(String agencyCode, List<ObservationInput> rows, List<FieldError> errors) {
    }

    private static Read csv(BufferedReader text) throws IOException {
        requireNotBlank(text);
        ObservationCsv.Result csv = ObservationCsv.parse(text, SubmissionLimits::check);
        if (csv.rows().isEmpty() && !csv.errors().isEmpty()) {
            throw new InputValidationException(csv.errors());
        }
        return new Read(null, csv.rows(), csv.errors());
    }

    /**
     * Reads {@link SubmissionInput} or {@link ObservationsInput} token by token, holding only the rows; it refuses
     * what the object mapper would (unknown and duplicate properties, trailing content) in the same terms.
     */
    private Read json(Reader text, Class<?> envelope) throws IOException {
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputValidationException.single("body", "a body is required", "请求体不能为空");
            }
            if (first == JsonToken.VALUE_NULL) {
                throw InputValidationException.single("body", "the body must be a JSON object", "请求体必须是 JSON 对象");
            }
            if (first != JsonToken.START_OBJECT) {
                throw invalid(MismatchedInputException.from(parser, envelope, "the body must be a JSON object"));
            }
            String agencyCode = null;
            List<ObservationInput> rows = null;
            List<FieldError> errors = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                if (property.equals(AGENCY_CODE) && envelope == SubmissionInput.class) {
                    agencyCode = readValue(parser, textReader);
                } else if (property.equals(OBSERVATIONS)) {
                    rows = rows(parser, errors);
                } else {
                    throw invalid(UnrecognizedPropertyException.from(parser, envelope, property,
                            envelope == SubmissionInput.class ? List.of(AGENCY_CODE, OBSERVATIONS) : List.of(OBSERVATIONS)));
                }
            }
            if (parser.nextToken() != null) {
                throw invalid(MismatchedInputException.from(parser, envelope, "trailing content after the JSON object"));
            }
            if (envelope == SubmissionInput.class) {
                errors.addAll(0, fieldErrors("", validator.validateValue(SubmissionInput.class, AGENCY_CODE, agencyCode)));
            }
            if (rows == null || rows.isEmpty()) {
                // the list's own constraints (present, not empty); each row was checked as it arrived
                errors.addAll(0, fieldErrors("", validator.validateValue(envelope, OBSERVATIONS, rows)));
            }
            if (!errors.isEmpty()) {
                throw new InputValidationException(errors);
            }
            return new Read(agencyCode, rows, List.of());
        }
    }

    private List<ObservationInput> rows(JsonParser parser, List<FieldError> errors) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(MismatchedInputException.from(parser, List.class, "'observations' must be an array"));
        }
        List<ObservationInput> rows = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SubmissionLimits.check(index + 1);
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                errors.add(FieldError.of(at(index), "must not be null", "不能为null"));
            } else {
                ObservationRow row;
                try {
                    row = rowReader.readValue(parser);
                } catch (JsonMappingException e) {
                    e.prependPath(new JsonMappingException.Reference(List.class, index));
                    e.prependPath(new JsonMappingException.Reference(ObservationsInput.class, OBSERVATIONS));
                    throw invalid(e);
                }
                if (!ROW_LIMITS.holdFor(row)) {
                    errors.addAll(fieldErrors(at(index), validator.validate(row)));
                }
                rows.add(row.input());
            }
            index++;
        }
        return rows;
    }

    private static String at(int index) {
        return OBSERVATIONS + "[" + index + "]";
    }

    private static <T> T readValue(JsonParser parser, ObjectReader reader) throws IOException {
        try {
            return reader.readValue(parser);
        } catch (JsonMappingException e) {
            throw invalid(e);
        }
    }

    private static List<FieldError> fieldErrors(String prefix, Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(Violations::fieldError)
                .map(error -> prefix.isEmpty() ? error : error.under(prefix)).toList();
    }

    /** The JSON is not what the operation reads: a 400, like any other body the object mapper refuses. */
    private static BadRequestException invalid(JsonMappingException e) {
        return new BadRequestException(e);
    }

    /** A body of only blanks is no body; the CSV reader would call it a CSV without rows. */
    private static void requireNotBlank(BufferedReader text) throws IOException {
        int lookahead = 8192;
        text.mark(lookahead);
        for (int i = 0; i < lookahead; i++) {
            int c = text.read();
            if (c < 0) {
                throw InputValidationException.single("body", "a body is required", "请求体不能为空");
            }
            if (!Character.isWhitespace(c)) {
                break;
            }
        }
        text.reset();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isXlsx(MediaType mediaType) {
        return mediaType != null && MediaType.valueOf(ObservationXlsx.MEDIA_TYPE).isCompatible(mediaType);
    }

    private static boolean isCsv(MediaType mediaType) {
        return mediaType != null && MediaType.valueOf(SubmissionResource.CSV).isCompatible(mediaType);
    }
}
