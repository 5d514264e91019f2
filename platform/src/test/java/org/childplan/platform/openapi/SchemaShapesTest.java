package org.childplan.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class SchemaShapesTest {

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref("#/components/schemas/" + component);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** GET /things answers a Thing; POST /things takes a ThingInput (with an example on the media type). */
    private static OpenAPI contract() {
        Schema thing = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("code", string())
                .addProperty("nameEn", string().addType(Schema.SchemaType.NULL))
                .addProperty("unit", OASFactory.createSchema().anyOf(List.of(ref("Unit"),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL))))
                .addProperty("kind", ref("Kind").description("What sort of thing"))
                .addProperty("createdOn", ref("LocalDate"))
                .addProperty("changedAt", ref("OffsetDateTime").description("When it last changed"));
        Schema input = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("code", string()).addProperty("note", string());
        var components = OASFactory.createComponents()
                .addSchema("Thing", thing)
                .addSchema("ThingInput", input)
                .addSchema("Unit", string().enumeration(List.of("PERCENT", "COUNT")))
                .addSchema("Kind", string().enumeration(List.of("BIG", "SMALL")))
                .addSchema("LocalDate", string().format("date"))
                .addSchema("OffsetDateTime", string().format("date-time").examples(List.of("2022-03-10T12:15:50-04:00")));
        var answer = OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(ref("Thing")))));
        var get = OASFactory.createOperation().responses(answer);
        var post = OASFactory.createOperation().responses(answer).requestBody(OASFactory.createRequestBody()
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(ref("ThingInput").addType(Schema.SchemaType.OBJECT))
                        .addExample("one", OASFactory.createExample().value(java.util.Map.of("code", "T-1"))))));
        var item = OASFactory.createPathItem().GET(get).POST(post);
        return OASFactory.createOpenAPI().components(components)
                .paths(OASFactory.createPaths().addPathItem("/things", item));
    }

    @Test
    void requiresWhatAResponseAlwaysCarriesAndNotWhatMayBeAbsent() {
        OpenAPI openAPI = contract();
        SchemaShapes.apply(openAPI);
        Schema thing = openAPI.getComponents().getSchemas().get("Thing");
        assertThat(thing.getRequired()).containsExactlyInAnyOrder("code", "kind", "createdOn", "changedAt");
        assertThat(thing.getProperties().get("nameEn").getType()).containsExactly(Schema.SchemaType.STRING);
        assertThat(thing.getProperties().get("unit").getRef()).isEqualTo("#/components/schemas/Unit");
        assertThat(thing.getProperties().get("unit").getAnyOf()).isNull();
    }

    @Test
    void leavesWhatAClientSendsOptionalUnlessItsTypeSaysOtherwise() {
        OpenAPI openAPI = contract();
        SchemaShapes.apply(openAPI);
        assertThat(openAPI.getComponents().getSchemas().get("ThingInput").getRequired()).isNull();
    }

    @Test
    void keepsReferencesStandaloneAndMovesTheirDescriptionToTheHoldingSchema() {
        OpenAPI openAPI = contract();
        SchemaShapes.apply(openAPI);
        Schema thing = openAPI.getComponents().getSchemas().get("Thing");
        assertThat(thing.getProperties().get("kind").getAll()).containsOnlyKeys("$ref");
        assertThat(thing.getDescription()).contains("kind: What sort of thing");
        Schema body = openAPI.getPaths().getPathItem("/things").getPOST().getRequestBody().getContent()
                .getMediaType("application/json").getSchema();
        assertThat(body.getAll()).containsOnlyKeys("$ref");
    }

    @Test
    void writesDatesInlineInsteadOfAsComponentsNamedAfterJdkTypes() {
        OpenAPI openAPI = contract();
        SchemaShapes.apply(openAPI);
        assertThat(openAPI.getComponents().getSchemas()).doesNotContainKey("LocalDate").containsKey("Unit");
        Schema createdOn = openAPI.getComponents().getSchemas().get("Thing").getProperties().get("createdOn");
        assertThat(createdOn.getRef()).isNull();
        assertThat(createdOn.getType()).containsExactly(Schema.SchemaType.STRING);
        assertThat(createdOn.getFormat()).isEqualTo("date");
    }

    @Test
    void movesARequestExampleOntoTheBodysSchema() {
        OpenAPI openAPI = contract();
        SchemaShapes.apply(openAPI);
        var media = openAPI.getPaths().getPathItem("/things").getPOST().getRequestBody()
                .getContent().getMediaType("application/json");
        assertThat(media.getExamples()).isNullOrEmpty();
        assertThat(openAPI.getComponents().getSchemas().get("ThingInput").getExamples())
                .containsExactly(java.util.Map.of("code", "T-1"));
    }

    @Test
    void saysEveryInstantIsUtcWithMillisecondsAndLeavesDatesAlone() {
        OpenAPI openAPI = contract();
        SchemaShapes.apply(openAPI);
        Schema thing = openAPI.getComponents().getSchemas().get("Thing");
        Schema changedAt = thing.getProperties().get("changedAt");
        assertThat(changedAt.getRef()).isNull();
        assertThat(changedAt.getFormat()).isEqualTo("date-time");
        assertThat(changedAt.getPattern()).isEqualTo("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$");
        assertThat(changedAt.getExamples()).containsExactly("2026-12-04T03:42:23.803Z");
        assertThat(changedAt.getDescription()).isEqualTo("When it last changed. " + SchemaShapes.INSTANT_NOTE);
        assertThat(java.util.regex.Pattern.matches(changedAt.getPattern(), (String) changedAt.getExamples().get(0))).isTrue();
        Schema createdOn = thing.getProperties().get("createdOn");
        assertThat(createdOn.getPattern()).isNull();
        assertThat(createdOn.getDescription()).isNull();
        // applying the filter again (the contract is built more than once) says it once
        SchemaShapes.apply(openAPI);
        assertThat(changedAt.getDescription()).isEqualTo("When it last changed. " + SchemaShapes.INSTANT_NOTE);
    }
}
