package org.childplan.agency.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childplan.agency.service.CatalogueService;
import org.childplan.agency.service.CurrentCatalogues;
import org.childplan.agency.service.ResponsibilityQueries;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.openapi.ContractConventions;
import org.childplan.platform.problem.Problem;
import org.childplan.platform.problem.ProblemMapper;
import org.childplan.platform.representation.CachePolicy;
import org.childplan.platform.representation.RepresentationContent;
import org.childplan.platform.representation.RepresentationKey;
import org.childplan.platform.representation.Representations;
import org.childplan.platform.time.Timestamps;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/plans/{planCode}")
@Tag(name = "Responsibilities", description = "Who answers for what: the responsibility matrix and who answers for an indicator. 责任分工查询。")
public class ResponsibilityResource {

    /** Says whether the catalogue mapping behind an answer was fetched for it or is the stored copy. */
    static final String CATALOGUE_SOURCE = "Catalogue-Source";
    static final String CATALOGUE_FETCHED_AT = "Catalogue-Fetched-At";
    /** Reads fall back to the stored catalogue copy; only a plan never fetched has nothing to fall back to. */
    static final String UNAVAILABLE = "indicator-service is unavailable and no copy of the plan's catalogue is stored; "
            + "try again after Retry-After / 指标目录服务暂不可用且无本地副本";

    private final ResponsibilityQueries queries;
    private final CurrentCatalogues catalogues;
    private final Representations representations;

    public ResponsibilityResource(ResponsibilityQueries queries, CurrentCatalogues catalogues, Representations representations) {
        this.queries = queries;
        this.catalogues = catalogues;
        this.representations = representations;
    }

    @GET
    @Path("/responsibility-matrix")
    @Produces({MediaType.APPLICATION_JSON, MatrixFormats.CSV, MatrixFormats.XLSX})
    @Operation(summary = "Get the responsibility matrix",
            description = "责任分工矩阵：单位 × 领域，格中为该单位在该领域的角色（牵头单位 LEAD、责任单位 RESPONSIBLE、数据报送单位 DATA_PROVIDER），"
                    + "与规划各领域标题一致。按 Accept 请求头返回 JSON、CSV（UTF-8 带 BOM）或 XLSX。"
                    + " The Catalogue-Source header says whether the domain list came from indicator-service now (FRESH) or from the stored copy (STORED).")
    @APIResponse(responseCode = "200", description = "The matrix",
            headers = {@Header(name = CATALOGUE_SOURCE, description = "FRESH or STORED", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = CATALOGUE_FETCHED_AT, description = "When the catalogue used was fetched", schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponsibilityMatrixView.class)),
                    @Content(mediaType = MatrixFormats.CSV, schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 with BOM; header agencyCode,nameZh,<domain codes>; cells are roles")),
                    @Content(mediaType = MatrixFormats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ContractConventions.PREPARED, value = "true")
    public Response getResponsibilityMatrix(
            @PathParam("planCode") String planCode,
            @Parameter(description = "Date the assignments are in force on (YYYY-MM-DD); default today (Asia/Shanghai)") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        return matrix(planCode, asOf, negotiate(headers.getAcceptableMediaTypes()), true, headers);
    }

    @GET
    @Path("/responsibility-matrix.xlsx")
    @Produces(MatrixFormats.XLSX)
    @Operation(summary = "Download the responsibility matrix as XLSX",
            description = "责任分工矩阵 Excel 工作簿。The XLSX representation of getResponsibilityMatrix at a URL of its own, for"
                    + " clients that cannot choose it by Accept.")
    @APIResponse(responseCode = "200", description = "The matrix as an XLSX workbook",
            headers = {@Header(name = CATALOGUE_SOURCE, description = "FRESH or STORED", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = CATALOGUE_FETCHED_AT, description = "When the catalogue used was fetched", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MatrixFormats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ContractConventions.PREPARED, value = "true")
    public Response getResponsibilityMatrixXlsx(
            @PathParam("planCode") String planCode,
            @Parameter(description = "Date the assignments are in force on (YYYY-MM-DD); default today (Asia/Shanghai)") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        return matrix(planCode, asOf, MatrixFormats.XLSX, false, headers);
    }

    @GET
    @Path("/responsibility-matrix.csv")
    @Produces(MatrixFormats.CSV)
    @Operation(summary = "Download the responsibility matrix as CSV",
            description = "责任分工矩阵 CSV（UTF-8 带 BOM）。The CSV representation of getResponsibilityMatrix at a URL of its own.")
    @APIResponse(responseCode = "200", description = "The matrix as CSV",
            headers = {@Header(name = CATALOGUE_SOURCE, description = "FRESH or STORED", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = CATALOGUE_FETCHED_AT, description = "When the catalogue used was fetched", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MatrixFormats.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "UTF-8 with BOM; header agencyCode,nameZh,<domain codes>; cells are roles")))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ContractConventions.PREPARED, value = "true")
    public Response getResponsibilityMatrixCsv(
            @PathParam("planCode") String planCode,
            @Parameter(description = "Date the assignments are in force on (YYYY-MM-DD); default today (Asia/Shanghai)") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        return matrix(planCode, asOf, MatrixFormats.CSV, false, headers);
    }

    /**
     * The matrix in one of its formats, for whichever operation chose it, from its prepared representation: prepared
     * again after a write to this service's data or when the catalogue it was made from changes (CurrentCatalogues).
     */
    private Response matrix(String planCode, String asOf, String format, boolean negotiated, HttpHeaders headers) {
        LocalDate date = queries.asOf(QueryParams.date("asOf", asOf));
        CurrentCatalogues.Checked catalogue = catalogues.forReading(planCode);
        return representations.answer(headers,
                RepresentationKey.of("responsibility-matrix", planCode, date, format, negotiated, catalogue.stamp()),
                CachePolicy.privateRevalidated().until(queries.endOfTodayMillis()), () -> {
                    ResponsibilityQueries.Matrix matrix = queries.matrix(planCode, date, catalogue.read());
                    String filename = "responsibility-matrix-" + planCode + "-" + matrix.asOf();
                    RepresentationContent content = switch (format) {
                        case MatrixFormats.CSV -> RepresentationContent.of(MatrixFormats.CSV + "; charset=UTF-8", MatrixFormats.csv(matrix))
                                .withHeaders(Map.of("Content-Disposition", "attachment; filename=\"" + filename + ".csv\""));
                        case MatrixFormats.XLSX -> RepresentationContent.of(MatrixFormats.XLSX, MatrixFormats.xlsx(matrix))
                                .withHeaders(Map.of("Content-Disposition", "attachment; filename=\"" + filename + ".xlsx\""));
                        // the Content-Type this operation always had (no charset), as the bytes are
                        default -> representations.json(ResponsibilityMatrixView.from(matrix)).withMediaType(MediaType.APPLICATION_JSON);
                    };
                    content = content.withHeaders(source(matrix.catalogue()));
                    return negotiated ? content.withHeaders(Map.of("Vary", "Accept, Accept-Encoding")) : content;
                });
    }

    @GET
    @Path("/indicators/{indicatorCode}/responsible-agencies")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who answers for an indicator",
            description = "查询指标的牵头单位、责任单位和数据报送单位：按角色分别取最具体的一级分工（指标 > 目标 > 领域 > 规划）。"
                    + " Uses indicator-service's catalogue when it answers, else the stored copy; `catalogue.source` says which.")
    @APIResponse(responseCode = "200", description = "Who holds each role for the indicator",
            headers = {@Header(name = CATALOGUE_SOURCE, description = "FRESH or STORED", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = CATALOGUE_FETCHED_AT, description = "When the catalogue used was fetched", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponsibleAgenciesView.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response getResponsibleAgencies(
            @PathParam("planCode") String planCode,
            @PathParam("indicatorCode") String indicatorCode,
            @Parameter(description = "Date the assignments are in force on (YYYY-MM-DD); default today (Asia/Shanghai)") @QueryParam("asOf") String asOf) {
        ResponsibilityQueries.IndicatorAnswer answer = queries.responsibleAgencies(planCode, indicatorCode, QueryParams.date("asOf", asOf));
        return withSource(Response.ok(ResponsibleAgenciesView.from(answer), MediaType.APPLICATION_JSON), answer.catalogue()).build();
    }

    @GET
    @Path("/indicator-responsibilities")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who answers for every indicator of a plan",
            description = "一次返回规划全部指标的牵头单位、责任单位和数据报送单位（供监测评估服务使用，每个规划一次请求）。"
                    + " Data providers come from DATA_PROVIDER assignments; without any, from the agency the catalogue names as"
                    + " the indicator's data source (dataProviderBasis says which). Not paged.")
    @APIResponse(responseCode = "200", description = "Every indicator with its responsible agencies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponsibilitiesView.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ContractConventions.PREPARED, value = "true")
    public Response getIndicatorResponsibilities(
            @PathParam("planCode") String planCode,
            @Parameter(description = "Date the assignments are in force on (YYYY-MM-DD); default today (Asia/Shanghai)") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        LocalDate date = queries.asOf(QueryParams.date("asOf", asOf));
        CurrentCatalogues.Checked catalogue = catalogues.forReading(planCode);
        return representations.answer(headers,
                RepresentationKey.of("indicator-responsibilities", planCode, date, catalogue.stamp()),
                CachePolicy.privateRevalidated().until(queries.endOfTodayMillis()), () -> {
                    ResponsibilityQueries.PlanResponsibilities answer = queries.allIndicators(planCode, date, catalogue.read());
                    return representations.json(IndicatorResponsibilitiesView.from(answer)).withMediaType(MediaType.APPLICATION_JSON)
                            .withHeaders(source(answer.catalogue()));
                });
    }

    /** The first acceptable type this resource can produce, in the client's order of preference; JSON for a wildcard. */
    static String negotiate(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            for (String offered : List.of(MediaType.APPLICATION_JSON, MatrixFormats.CSV, MatrixFormats.XLSX)) {
                if (accepted.isCompatible(MediaType.valueOf(offered))) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private static Map<String, String> source(CatalogueService.Read read) {
        return Map.of(CATALOGUE_SOURCE, read.source().name(), CATALOGUE_FETCHED_AT, Timestamps.format(read.fetchedAt()));
    }

    private static Response.ResponseBuilder withSource(Response.ResponseBuilder response, CatalogueService.Read read) {
        return response.header(CATALOGUE_SOURCE, read.source().name())
                .header(CATALOGUE_FETCHED_AT, Timestamps.format(read.fetchedAt()));
    }
}
