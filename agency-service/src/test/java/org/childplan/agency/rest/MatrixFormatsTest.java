package org.childplan.agency.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.Role;
import org.childplan.agency.service.CatalogueService;
import org.childplan.agency.service.ResponsibilityQueries;
import org.junit.jupiter.api.Test;

class MatrixFormatsTest {

    @Test
    void quotesCsvFieldsAsRfc4180Says() {
        assertThat(MatrixFormats.csvField("市民政局")).isEqualTo("市民政局");
        assertThat(MatrixFormats.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(MatrixFormats.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(MatrixFormats.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(MatrixFormats.csvField(null)).isEmpty();
    }

    @Test
    void writesCsvWithBomCrlfAndAnEmptyCellWhereThereIsNoRole() {
        Agency a = new Agency();
        a.code = "x-bureau";
        a.nameZh = "市甲局, 乙";
        PlanCatalogue catalogue = new PlanCatalogue("P", LocalDate.of(2025, 1, 1),
                List.of(new PlanCatalogue.DomainRef("HEALTH", 1, "儿童与健康", null), new PlanCatalogue.DomainRef("LAW", 2, "儿童与法律保护", null)),
                List.of(), List.of());
        var matrix = new ResponsibilityQueries.Matrix("P", LocalDate.of(2025, 1, 1),
                new CatalogueService.Read(catalogue, CatalogueService.Source.FRESH, OffsetDateTime.now()),
                catalogue.domains(), List.of(new ResponsibilityQueries.Row(a, Map.of("LAW", Role.LEAD))));
        byte[] csv = MatrixFormats.csv(matrix);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("agencyCode,nameZh,HEALTH,LAW\r\nx-bureau,\"市甲局, 乙\",,LEAD\r\n");
    }
}
