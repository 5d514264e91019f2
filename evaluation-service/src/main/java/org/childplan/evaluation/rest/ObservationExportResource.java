package org.childplan.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.childplan.evaluation.domain.Observation;
import org.childplan.evaluation.domain.Vocabulary;
import org.childplan.evaluation.monitoring.ObservationExportService;
import org.childplan.evaluation.report.SdmxCsv;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/plans/{planCode}/observations")
@Tag(name = "Observations", description = "Accepted data, for other systems. 已审核数据。")
public class ObservationExportResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(SdmxCsv.MEDIA_TYPE), MediaType.valueOf("text/csv")).build();

    private final ObservationExportService export;

    public ObservationExportResource(ObservationExportService export) {
        this.export = export;
    }

    @Schema(name = "AcceptedObservation", description = "An accepted value, as currently corrected.")
    public record AcceptedObservationView(String indicatorCode, int year, String areaCode,
                                          @Schema(implementation = Vocabulary.Sex.class) String sex,
                                          @Schema(implementation = Vocabulary.Residence.class) String residence,
                                          @Schema(implementation = Vocabulary.AgeGroup.class) String ageGroup,
                                          BigDecimal value, @Schema(nullable = true) BigDecimal numerator,
                                          @Schema(nullable = true) BigDecimal denominator,
                                          int valueVersion, String agencyCode, String submissionCode,
                                          @Schema(nullable = true, description = "Where the agency took the value from, as submitted") String source,
                                          @Schema(nullable = true, description = "The agency's note on the value, as submitted") String note) {

        static AcceptedObservationView from(Observation o) {
            return new AcceptedObservationView(o.indicatorCode, o.year, o.areaCode, o.sex, o.residence, o.ageGroup, o.value,
                    o.numerator, o.denominator, o.valueVersion, o.submission.agencyCode, o.submission.code, o.source,
                    o.note);
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, SdmxCsv.MEDIA_TYPE, "text/csv"})
    @Operation(summary = "Export accepted observations",
            description = "导出已审核通过的数据：JSON（分页）或 SDMX-CSV 2.0（Accept: application/vnd.sdmx.data+csv;version=2.0.0 或 text/csv，全部数据流式输出）。")
    @APIResponse(responseCode = "200", description = "The accepted observations", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedObservationPage.class)),
            @Content(mediaType = SdmxCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response exportObservations(@PathParam("planCode") String planCode,
                                       @Parameter(description = "Only this year") @QueryParam("year") @Min(1949) @Max(2100) Integer year,
                                       @Parameter(description = "Only this indicator") @QueryParam("indicator") String indicator,
                                       @Valid @BeanParam Paging paging,
                                       @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        List<Observation> rows = export.accepted(planCode, year, QueryParams.text("indicator", indicator, 64));
        if (variant.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(PageView.of(Page.of(rows, paging.request()), AcceptedObservationView::from),
                    MediaType.APPLICATION_JSON).build();
        }
        var catalogue = export.catalogue(planCode);
        StreamingOutput csv = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            SdmxCsv.write(writer, planCode, rows, catalogue);
            writer.flush();
        };
        return Response.ok(csv, variant.getMediaType().toString() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + planCode + "-observations.csv\"").build();
    }

    /** Names the JSON page of this endpoint in the contract. */
    @Schema(name = "AcceptedObservationPage")
    public record AcceptedObservationPage(List<AcceptedObservationView> items, int page, int size, long total) {
    }
}
