package org.childplan.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import org.childplan.evaluation.domain.scorecard.Scorecard;
import org.childplan.evaluation.monitoring.ScorecardService;
import org.childplan.evaluation.report.ScorecardFormats;
import org.childplan.evaluation.report.Spreadsheet;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The department scorecards (目标管理责任制考核) for the leading group (role leadership) and the committee office (role
 * evaluator: the office leads the evaluation group), and admins; an agency's own staff do not grade themselves here.
 */
@Path("/api/v1/plans/{planCode}/scorecards")
@Tag(name = "Scorecards", description = "Department scorecards for the leading group and the committee office. 成员单位目标管理责任制考核。")
@RolesAllowed({Roles.LEADERSHIP, Roles.EVALUATOR, Roles.ADMIN})
public class ScorecardResource {

    private static final MediaType CSV = MediaType.valueOf(ScorecardFormats.CSV);
    private static final MediaType XLSX = MediaType.valueOf(Spreadsheet.MEDIA_TYPE);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV, XLSX).build();
    private static final String FORMATS = " By Accept: JSON (every count with the items behind it), CSV (one row per agency,"
            + " UTF-8 with BOM) or XLSX (a 说明 sheet with the method, a summary sheet and one detail sheet per part).";

    private final ScorecardService scorecards;

    public ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @Schema(name = "ScorecardSet", description = "Every member agency's scorecard for a year.")
    public record ScorecardSet(String planCode, int year, LocalDate asOf, List<Scorecard> items) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ScorecardFormats.CSV, Spreadsheet.MEDIA_TYPE})
    @Operation(summary = "Scorecards of every member agency for a year",
            description = "成员单位目标责任落实情况：牵头目标和指标及其进展状态，截至当年各周期的报送完整性和及时性，被退回的报送和"
                    + "被更正的数据，自评报告是否按时。" + FORMATS)
    @APIResponse(responseCode = "200", description = "The scorecards", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardSet.class)),
            @Content(mediaType = ScorecardFormats.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response listScorecards(@PathParam("planCode") String planCode,
                                   @Parameter(description = "The scorecards' year", required = true)
                                   @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
                                   @Context Request request) {
        MediaType type = chosen(request);
        List<Scorecard> cards = scorecards.scorecards(planCode, year);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(new ScorecardSet(planCode, year, scorecards.asOf(), cards), MediaType.APPLICATION_JSON).build();
        }
        return file(type, planCode, year, cards, "scorecards-" + planCode + "-" + year);
    }

    @GET
    @Path("/{agencyCode}")
    @Produces({MediaType.APPLICATION_JSON, ScorecardFormats.CSV, Spreadsheet.MEDIA_TYPE})
    @Operation(summary = "One member agency's scorecard for a year",
            description = "单个成员单位的目标责任落实情况。404 for an agency with no responsibility, owed report or self-assessment"
                    + " in the plan up to the year." + FORMATS)
    @APIResponse(responseCode = "200", description = "The scorecard", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Scorecard.class)),
            @Content(mediaType = ScorecardFormats.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getScorecard(@PathParam("planCode") String planCode, @PathParam("agencyCode") String agencyCode,
                                 @Parameter(description = "The scorecard's year", required = true)
                                 @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
                                 @Context Request request) {
        MediaType type = chosen(request);
        Scorecard card = scorecards.scorecard(planCode, year, agencyCode);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(card, MediaType.APPLICATION_JSON).build();
        }
        return file(type, planCode, year, List.of(card), "scorecard-" + planCode + "-" + agencyCode + "-" + year);
    }

    private static MediaType chosen(Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        return variant.getMediaType();
    }

    private static Response file(MediaType type, String planCode, int year, List<Scorecard> cards, String fileName) {
        if (type.isCompatible(CSV)) {
            StreamingOutput csv = out -> ScorecardFormats.writeCsv(cards, out);
            return Response.ok(csv, ScorecardFormats.CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
        }
        StreamingOutput xlsx = out -> ScorecardFormats.writeXlsx(planCode, year, cards, out);
        return Response.ok(xlsx, Spreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
    }
}
