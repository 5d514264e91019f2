package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childplan.evaluation.domain.progress.TargetType;
import org.junit.jupiter.api.Test;

/**
 * The vocabularies this service's contract lists as enums, though its values come from the catalogue, are the
 * catalogue's: indicator-service's contract for units and target types, and the catalogue these tests serve in
 * indicator-service's place (a copy of its Changning export) for the disaggregation values.
 */
class VocabularyTest {

    private static final Path INDICATOR_CONTRACT = Path.of("../indicator-service/src/main/openapi/openapi.yaml");

    @Test
    void unitsAreTheCataloguesUnits() throws IOException {
        assertThat(names(Vocabulary.Unit.values())).containsExactlyElementsOf(indicatorEnum("Unit"));
    }

    @Test
    void targetTypesAreTheCataloguesTargetTypes() throws IOException {
        assertThat(names(TargetType.values())).containsExactlyInAnyOrderElementsOf(indicatorEnum("TargetType"));
    }

    @Test
    void disaggregationValuesAreTheCataloguesAndTotal() throws IOException {
        assertThat(names(Vocabulary.Sex.values())).containsExactlyElementsOf(dimensionValuesAndTotal("SEX"));
        assertThat(names(Vocabulary.Residence.values())).containsExactlyElementsOf(dimensionValuesAndTotal("RESIDENCE"));
        assertThat(names(Vocabulary.AgeGroup.values())).containsExactlyElementsOf(dimensionValuesAndTotal("AGE_GROUP"));
    }

    private static List<String> indicatorEnum(String schema) throws IOException {
        JsonNode values = new ObjectMapper(new YAMLFactory()).readTree(INDICATOR_CONTRACT.toFile())
                .path("components").path("schemas").path(schema).path("enum");
        assertThat(values.isArray()).as("indicator-service's contract lists %s as an enum", schema).isTrue();
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return names;
    }

    private static List<String> dimensionValuesAndTotal(String dimension) throws IOException {
        try (InputStream in = VocabularyTest.class.getResourceAsStream("/stubs/changning-catalogue.json")) {
            List<String> codes = new ArrayList<>();
            for (JsonNode d : new ObjectMapper().readTree(in).path("dimensions")) {
                if (d.path("code").asText().equals(dimension)) {
                    d.path("values").forEach(v -> codes.add(v.path("code").asText()));
                }
            }
            assertThat(codes).as("the catalogue's %s values", dimension).isNotEmpty();
            codes.add(ObservationInput.TOTAL);
            return codes;
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
