package org.childplan.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.childplan.platform.time.Timestamps;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What each property of a contract promises a client.
 *
 * <p><b>Presence.</b> A property with no value is left out of the JSON, never sent as {@code null}
 * (docs/api-conventions.md), so in an API type "can be null" means "may be absent". A record component that can be
 * empty says so with {@code @Schema(nullable = true)}; here that becomes a property that is not required and whose
 * type does not admit null. Every other property of a schema that only responses carry is required, so a generated
 * client can count on it. A schema that clients send keeps the required list its type declares with
 * {@code @Schema(required = true)}: an input left out often has a meaning (a default) of its own.
 * (SmallRye drops {@code nullable} when {@code implementation} or {@code ref} stands beside it, so an optional enum
 * property is typed with the enum itself.)
 *
 * <p><b>Standalone references.</b> A {@code $ref} carries no sibling keywords: generators treat siblings
 * inconsistently (openapi-generator clears the type beside one). A description beside a reference moves into the
 * description of the schema that holds the property; examples beside it go, since the referenced type shows its values.
 *
 * <p><b>Scalars inline.</b> A component that is only a scalar type with a format (SmallRye makes {@code LocalDate} and
 * {@code OffsetDateTime} such components) is written where it is used instead: a generated client would otherwise
 * get a model class named after a JDK type (openapi-generator renames it ModelLocalDate, with a warning).
 *
 * <p><b>One form of instant.</b> Every {@code date-time} says the one form the services write it in (UTC, exactly
 * three fractional digits: {@code 2026-12-04T03:42:23.803Z}, see {@link Timestamps}), as a pattern that validators
 * check, an example and a sentence, instead of SmallRye's example with an offset and no fraction.
 *
 * <p><b>Request examples on the body's schema.</b> Each request body's example moves from the media type to the
 * schema it refers to, where readers and generators both find it: openapi-generator's Java code generation refuses an
 * example of a model body on the media type (with a warning) but reads the schema's.
 */
final class SchemaShapes {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private SchemaShapes() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> sent = reachable(components, roots(openAPI, true));
        Set<String> received = reachable(components, roots(openAPI, false));
        components.forEach((name, schema) -> {
            boolean responseOnly = received.contains(name) && !sent.contains(name);
            shape(schema, responseOnly);
        });
        inlineScalars(openAPI, components);
        everySchema(openAPI, SchemaShapes::instantInOneForm);
        requestExamplesOntoSchemas(openAPI, components);
        // what is left beside a reference goes (a property's description has moved to its schema's, in shape)
        everySchema(openAPI, schema -> {
            if (schema.getRef() != null) {
                List.copyOf(schema.getAll().keySet()).stream().filter(keyword -> !"$ref".equals(keyword))
                        .forEach(keyword -> schema.set(keyword, null));
            }
        });
    }

    private static void inlineScalars(OpenAPI openAPI, Map<String, Schema> components) {
        Map<String, Schema> scalars = new LinkedHashMap<>();
        components.forEach((name, schema) -> {
            boolean scalar = schema.getType() != null && schema.getType().size() == 1
                    && schema.getType().get(0) != Schema.SchemaType.OBJECT && schema.getType().get(0) != Schema.SchemaType.ARRAY
                    && schema.getEnumeration() == null && schema.getFormat() != null;
            if (scalar) {
                scalars.put(COMPONENT_PREFIX + name, schema);
            }
        });
        if (scalars.isEmpty()) {
            return;
        }
        everySchema(openAPI, schema -> {
            Schema scalar = schema.getRef() == null ? null : scalars.get(schema.getRef());
            if (scalar != null) {
                schema.setRef(null);
                scalar.getAll().forEach((keyword, value) -> {
                    if (!"description".equals(keyword) || schema.getDescription() == null) {
                        schema.set(keyword, value);
                    }
                });
            }
        });
        scalars.keySet().forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(COMPONENT_PREFIX.length())));
    }

    static final String INSTANT_NOTE = "A UTC instant with millisecond precision (" + Timestamps.EXAMPLE + ").";

    private static void instantInOneForm(Schema schema) {
        if (!"date-time".equals(schema.getFormat()) || schema.getRef() != null) {
            return;
        }
        schema.setPattern(Timestamps.PATTERN);
        schema.setExamples(new ArrayList<>(List.of(Timestamps.EXAMPLE)));
        String description = schema.getDescription();
        if (description == null || description.isBlank()) {
            schema.setDescription(INSTANT_NOTE);
        } else if (!description.contains(INSTANT_NOTE)) {
            schema.setDescription(description.strip() + (description.strip().endsWith(".") ? " " : ". ") + INSTANT_NOTE);
        }
    }

    private static void requestExamplesOntoSchemas(OpenAPI openAPI, Map<String, Schema> components) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                Schema target = media.getSchema() == null || media.getSchema().getRef() == null ? null
                        : components.get(media.getSchema().getRef().substring(COMPONENT_PREFIX.length()));
                if (target == null || target.getProperties() == null) {
                    return;
                }
                List<Object> values = new ArrayList<>();
                if (media.getExample() != null) {
                    values.add(media.getExample());
                }
                if (media.getExamples() != null) {
                    media.getExamples().values().forEach(example -> values.add(example.getValue()));
                }
                for (Object value : values) {
                    if (value != null && (target.getExamples() == null || !target.getExamples().contains(value))) {
                        target.addExample(value);
                    }
                }
                media.setExample(null);
                media.setExamples(null);
            });
        }));
    }

    /** Visits every schema of the document: components, parameters, headers and bodies, and all they nest. */
    private static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Deque<Schema> pending = new ArrayDeque<>(openAPI.getComponents().getSchemas().values());
        Consumer<Content> fromContent = content -> {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null) {
                        pending.add(media.getSchema());
                    }
                });
            }
        };
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> {
                    if (parameter.getSchema() != null) {
                        pending.add(parameter.getSchema());
                    }
                });
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> {
                        if (parameter.getSchema() != null) {
                            pending.add(parameter.getSchema());
                        }
                    });
                }
                if (operation.getRequestBody() != null) {
                    fromContent.accept(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        fromContent.accept(response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> {
                                if (header.getSchema() != null) {
                                    pending.add(header.getSchema());
                                }
                            });
                        }
                    });
                }
            }
        });
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            visitor.accept(schema);
            pending.addAll(nested(schema));
        }
    }

    private static List<Schema> nested(Schema schema) {
        List<Schema> nested = new ArrayList<>();
        if (schema.getProperties() != null) {
            nested.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            nested.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            nested.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                nested.addAll(composed);
            }
        }
        return nested;
    }

    private static void shape(Schema schema, boolean requireWhatIsNotOptional) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> notes = new ArrayList<>();
        schema.getProperties().forEach((property, definition) -> {
            boolean optional = dropNull(definition);
            if (definition.getRef() != null && definition.getDescription() != null) {
                notes.add(property + ": " + definition.getDescription());
            }
            if (requireWhatIsNotOptional && !optional
                    && (schema.getRequired() == null || !schema.getRequired().contains(property))) {
                schema.addRequired(property);
            }
        });
        if (!notes.isEmpty()) {
            String joined = String.join("; ", notes) + ".";
            schema.setDescription(schema.getDescription() == null ? joined : schema.getDescription() + " " + joined);
        }
    }

    /**
     * Takes null out of what a property admits and says whether it did: {@code type: [X, "null"]} becomes
     * {@code type: X}, and {@code anyOf: [{$ref}, {type: "null"}]} becomes the reference.
     */
    private static boolean dropNull(Schema definition) {
        boolean nullable = false;
        if (definition.getType() != null && definition.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(definition.getType());
            types.remove(Schema.SchemaType.NULL);
            definition.setType(types);
            nullable = true;
        }
        List<Schema> anyOf = withoutNull(definition.getAnyOf());
        List<Schema> oneOf = withoutNull(definition.getOneOf());
        if (anyOf != null || oneOf != null) {
            nullable = true;
            List<Schema> rest = anyOf != null ? anyOf : oneOf;
            if (rest.size() == 1 && rest.get(0).getRef() != null) {
                definition.setRef(rest.get(0).getRef());
                rest = null;
            }
            if (anyOf != null) {
                definition.setAnyOf(rest);
            } else {
                definition.setOneOf(rest);
            }
        }
        return nullable;
    }

    /** The alternatives other than null, or null when none of them is null. */
    private static List<Schema> withoutNull(List<Schema> alternatives) {
        if (alternatives == null || alternatives.stream().noneMatch(SchemaShapes::isNullOnly)) {
            return null;
        }
        return new ArrayList<>(alternatives.stream().filter(a -> !isNullOnly(a)).toList());
    }

    private static boolean isNullOnly(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /** The component names the request bodies (sent = true) or the responses (sent = false) refer to directly. */
    private static List<Schema> roots(OpenAPI openAPI, boolean sent) {
        List<Schema> roots = new ArrayList<>();
        Consumer<Content> fromContent = content -> {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null) {
                        roots.add(media.getSchema());
                    }
                });
            }
        };
        if (openAPI.getPaths() == null) {
            return roots;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            for (Operation operation : item.getOperations().values()) {
                if (sent && operation.getRequestBody() != null) {
                    fromContent.accept(operation.getRequestBody().getContent());
                }
                if (!sent && operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> fromContent.accept(response.getContent()));
                }
            }
        });
        return roots;
    }

    /** Every component a set of schemas leads to, through properties, items, compositions and references. */
    private static Set<String> reachable(Map<String, Schema> components, List<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT_PREFIX)) {
                String name = schema.getRef().substring(COMPONENT_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    pending.push(components.get(name));
                }
            }
            pending.addAll(nested(schema));
        }
        return names;
    }
}
