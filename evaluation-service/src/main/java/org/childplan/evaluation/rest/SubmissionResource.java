package org.childplan.evaluation.rest;

import static org.childplan.platform.revision.ExpectedRevision.IF_MATCH;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.childplan.evaluation.domain.ObservationXlsx;
import org.childplan.evaluation.domain.Submission;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.monitoring.SubmissionService;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.http.IdempotentResponses;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.idempotency.IdempotencyService;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/plans/{planCode}/monitoring-cycles/{year}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Agencies' data submissions and their review by the statistics bureau. 数据报送与审核。")
public class SubmissionResource {

    static final String CSV = "text/csv";
    private static final String JSON_EXAMPLE = """
            {"agencyCode": "health-bureau", "observations": [
              {"indicatorCode": "HEALTH-3c", "year": 2023, "value": 5.8, "numerator": 29, "denominator": 5000, "source": "妇幼卫生年报"},
              {"indicatorCode": "HEALTH-3c", "year": 2023, "residence": "RURAL", "value": 6.4}]}""";
    private static final String CSV_EXAMPLE = """
            indicatorCode,year,areaCode,sex,residence,ageGroup,value,numerator,denominator,source,note
            HEALTH-3c,2023,430482,,,,5.8,29,5000,妇幼卫生年报,
            HEALTH-3c,2023,430482,,RURAL,,6.4,,,妇幼卫生年报,
            """;

    private final SubmissionService submissions;
    private final IdempotencyService idempotency;
    private final Clock clock;

    public SubmissionResource(SubmissionService submissions, IdempotencyService idempotency, Clock clock) {
        this.submissions = submissions;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List a cycle's submissions", description = "列出本周期的数据报送，可按单位、状态筛选。")
    public PageView<SubmissionView> listSubmissions(
            @PathParam("planCode") String planCode, @PathParam("year") int year,
            @Parameter(description = "Agency code") @QueryParam("agency") String agency,
            @Parameter(schema = @Schema(implementation = SubmissionStatus.class)) @QueryParam("status") String status,
            @Valid @BeanParam Paging paging) {
        List<Submission> found = submissions.submissions(planCode, year, QueryParams.text("agency", agency, 64),
                QueryParams.enumValue("status", status, SubmissionStatus.class));
        return PageView.of(Page.of(found, paging.request()), this::view);
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV, ObservationXlsx.MEDIA_TYPE})
    @Operation(summary = "Submit observations (JSON, CSV or XLSX)",
            description = "报送监测数据（JSON、CSV 或填写好的 Excel 填报模板，单条或批量），生成草稿状态的报送。整批校验：任何一行有误则整批拒收，并逐行列出错误"
                    + "（Excel 按“工作表!单元格”定位，如 指标数据!J7；数值为空的行视为未报送，跳过）。"
                    + " The agency defaults to the caller's token's; agencyCode in JSON or ?agency= for CSV name it explicitly"
                    + " (a caller whose token names no agency must); an XLSX template names its agency itself."
                    + " ?dryRun=true checks and answers without storing.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionInput.class),
                    examples = @ExampleObject(name = "json", value = JSON_EXAMPLE)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
            @Content(mediaType = ObservationXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The template of GET …/templates/{agencyCode}, filled in"))})
    @APIResponse(responseCode = "201", description = "Stored as a DRAFT submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "200", description = "Dry run: the submission that would be stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @RolesAllowed(Roles.REPORTER)
    public Response createSubmission(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                     @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                     @Parameter(description = "Agency code, for CSV; defaults to the agency the caller's token names") @QueryParam("agency") String agency,
                                     @Parameter(description = "Check and answer without storing",
                                             schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") @DefaultValue("false") String dryRun,
                                     @Parameter(description = "Repeating a request with the same key returns the first answer")
                                     @HeaderParam("Idempotency-Key") String idempotencyKey,
                                     ObservationBody.NewSubmission submitted) {
        ObservationBody body = required(submitted == null ? null : submitted.body());
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        String agencyCode = agencyOf(body.agencyCode(), QueryParams.text("agency", agency, 64));
        IdempotencyService.Result result = idempotency.execute("submission:" + planCode + ":" + year,
                dry ? null : idempotencyKey, contentType + "\n" + agencyCode + "\n" + body.sha256(), () -> {
                    var outcome = located(body, () -> submissions.create(planCode, year, agencyCode, body.rows(), body.errors(), dry));
                    // the rows just stored are not counted again: the use case knows how many it stored
                    SubmissionView view = dry ? SubmissionView.from(outcome.submission(), outcome.rowCount(), null, null)
                            : view(outcome.submission(), outcome.rowCount());
                    return new IdempotencyService.Created<>(dry ? 200 : 201,
                            "/api/v1/plans/" + planCode + "/monitoring-cycles/" + year + "/submissions/" + view.code(), view);
                });
        return IdempotentResponses.of(result);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a submission", description = "查看数据报送及其审核状态。")
    public RestResponse<SubmissionView> getSubmission(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                                      @PathParam("code") String code) {
        return withEtag(submissions.submission(planCode, year, code));
    }

    @GET
    @Path("/{code}/observations")
    @Operation(summary = "List a submission's observations", description = "列出报送中的数据行。")
    public PageView<ObservationView> listSubmissionObservations(@PathParam("planCode") String planCode,
                                                               @PathParam("year") int year, @PathParam("code") String code,
                                                               @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(submissions.rows(submissions.submission(planCode, year, code)), paging.request()),
                ObservationView::from);
    }

    @PUT
    @Path("/{code}/observations")
    @Consumes({MediaType.APPLICATION_JSON, CSV, ObservationXlsx.MEDIA_TYPE})
    @Operation(summary = "Replace a draft or returned submission's observations",
            description = "整体替换草稿或已退回报送中的数据（JSON、CSV 或 Excel 填报模板）。Send the submission's ETag as If-Match.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationsInput.class),
                    examples = @ExampleObject(name = "json", value = "{\"observations\": [{\"indicatorCode\": \"HEALTH-3c\", \"year\": 2023, \"value\": 5.7}]}")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
            @Content(mediaType = ObservationXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The template of GET …/templates/{agencyCode}, filled in"))})
    @RolesAllowed(Roles.REPORTER)
    public RestResponse<SubmissionView> replaceSubmissionObservations(
            @PathParam("planCode") String planCode, @PathParam("year") int year, @PathParam("code") String code,
            @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Check and answer without storing", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") @DefaultValue("false") String dryRun,
            ObservationBody.Replacement replacement) {
        ObservationBody body = required(replacement == null ? null : replacement.body());
        var outcome = located(body, () -> submissions.replaceRows(planCode, year, code, body.rows(), body.errors(),
                ExpectedRevision.required(ifMatch), Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun))));
        return withEtag(submissions.submission(planCode, year, outcome.submission().code));
    }

    @POST
    @Path("/{code}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add one observation to a draft or returned submission", description = "向草稿或已退回的报送中追加一条数据。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one value",
            value = "{\"indicatorCode\": \"HEALTH-3c\", \"year\": 2023, \"residence\": \"URBAN\", \"value\": 4.9}")))
    @RolesAllowed(Roles.REPORTER)
    public RestResponse<SubmissionView> addSubmissionObservation(
            @PathParam("planCode") String planCode, @PathParam("year") int year, @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ObservationRow row) {
        submissions.addRow(planCode, year, code, row.input(), ExpectedRevision.fromIfMatch(ifMatch));
        return withEtag(submissions.submission(planCode, year, code));
    }

    @POST
    @Path("/{code}/submit")
    @Operation(summary = "Submit for review", description = "提交审核（草稿或已退回的报送）。Illegal from other states: 409.")
    @RolesAllowed(Roles.REPORTER)
    public RestResponse<SubmissionView> submitSubmission(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                                         @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(submissions.submit(planCode, year, code, ExpectedRevision.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/{code}/accept")
    @Operation(summary = "Accept a submitted submission", description = "统计部门审核通过。Illegal unless SUBMITTED: 409.")
    @RolesAllowed(Roles.STATISTICS)
    public RestResponse<SubmissionView> acceptSubmission(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                                         @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(submissions.accept(planCode, year, code, ExpectedRevision.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/{code}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted submission with a reason", description = "统计部门退回并说明原因，报送单位修改后可再次提交。")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason",
            value = "{\"reason\": \"农村5岁以下儿童死亡率与上年相比波动过大，请核实后重报。\"}")))
    @RolesAllowed(Roles.STATISTICS)
    public RestResponse<SubmissionView> returnSubmission(@PathParam("planCode") String planCode, @PathParam("year") int year,
                                                         @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                                                         @NotNull @Valid ReturnInput input) {
        return withEtag(submissions.returnForRevision(planCode, year, code, input.reason(), ExpectedRevision.fromIfMatch(ifMatch)));
    }

    /** Runs the use case; its row errors are told where they are in the body (for XLSX, the sheet and cell). */
    private static <T> T located(ObservationBody body, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (InputValidationException e) {
            throw body.located(e);
        }
    }

    private static ObservationBody required(ObservationBody body) {
        if (body == null) {
            throw InputValidationException.single("body", "a body is required", "请求体不能为空");
        }
        return body;
    }

    /** The agency named by the body or the query (which must agree), or else the token's. */
    private String agencyOf(String bodyAgency, String agencyParam) {
        if (bodyAgency != null && agencyParam != null && !bodyAgency.equals(agencyParam)) {
            throw InputValidationException.single("agency", "the query names agency " + agencyParam + " but the body names "
                    + bodyAgency, "查询参数中的单位与请求体中的单位不一致");
        }
        return submissions.reportingAgency(bodyAgency != null ? bodyAgency : agencyParam);
    }

    private SubmissionView view(Submission s) {
        return view(s, submissions.rowCount(s));
    }

    private SubmissionView view(Submission s, long rows) {
        Boolean onTime = s.submittedAt == null ? null : clock.onTime(s.submittedAt, s.cycle.dueOn);
        return SubmissionView.from(s, rows, onTime, s.submittedAt == null ? null : clock.timeliness(s.submittedAt, s.cycle));
    }

    private RestResponse<SubmissionView> withEtag(Submission s) {
        return RestResponse.ResponseBuilder.ok(view(s)).tag(new EntityTag(String.valueOf(s.revision))).build();
    }
}
