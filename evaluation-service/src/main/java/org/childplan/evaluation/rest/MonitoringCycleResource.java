package org.childplan.evaluation.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.childplan.evaluation.domain.ExpectedReport;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.monitoring.ClosingWarnings;
import org.childplan.evaluation.monitoring.CompletenessService;
import org.childplan.evaluation.monitoring.MonitoringService;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.http.QueryParams;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageView;
import org.childplan.platform.paging.Paging;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Authenticated
@Path("/api/v1/plans/{planCode}/monitoring-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring cycles", description = "Annual monitoring led by the statistics bureau. 年度监测。")
public class MonitoringCycleResource {

    private final MonitoringService monitoring;
    private final CompletenessService completeness;
    private final ClosingWarnings closingWarnings;
    private final ObjectMapper mapper;

    public MonitoringCycleResource(MonitoringService monitoring, CompletenessService completeness,
                                   ClosingWarnings closingWarnings, ObjectMapper mapper) {
        this.mapper = mapper;
        this.monitoring = monitoring;
        this.completeness = completeness;
        this.closingWarnings = closingWarnings;
    }

    @GET
    @Operation(summary = "List a plan's monitoring cycles", description = "列出年度监测周期。")
    public PageView<MonitoringCycleView> listMonitoringCycles(@PathParam("planCode") String planCode,
                                                             @Valid @BeanParam Paging paging) {
        return PageView.of(Page.of(monitoring.cycles(planCode), paging.request()), this::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a monitoring cycle",
            description = "开启年度监测周期：按责任分工和指标目录生成各单位应报的指标清单。"
                    + " Reads the catalogue and the responsibility matrix once each.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2023",
            value = "{\"year\": 2023, \"opensOn\": \"2024-01-15\", \"dueOn\": \"2024-03-31\"}")))
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringCycleView.class)))
    @RolesAllowed(Roles.STATISTICS)
    public RestResponse<MonitoringCycleView> openMonitoringCycle(@PathParam("planCode") String planCode,
                                                                 @NotNull @Valid MonitoringCycleInput input) {
        MonitoringCycle cycle = monitoring.open(planCode, input.year(), input.opensOn(), input.dueOn());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view(cycle))
                .location(URI.create("/api/v1/plans/" + planCode + "/monitoring-cycles/" + cycle.year))
                .tag(new EntityTag(String.valueOf(cycle.revision))).build();
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Get a monitoring cycle", description = "查看年度监测周期。")
    public RestResponse<MonitoringCycleView> getMonitoringCycle(@PathParam("planCode") String planCode,
                                                                @PathParam("year") int year) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        return RestResponse.ResponseBuilder.ok(view(cycle)).tag(new EntityTag(String.valueOf(cycle.revision))).build();
    }

    @POST
    @Path("/{year}/close")
    @Operation(summary = "Close a monitoring cycle",
            description = "关闭年度监测周期：锁定已通过审核的数据，此后只能以更正方式修改。Refused with 409 while submissions await"
                    + " review, and while drafts (DRAFT or RETURNED) are open, listing them; with {\"force\": true, \"reason\": …}"
                    + " the statistics bureau closes anyway, and the open drafts become WITHDRAWN (kept and readable; their"
                    + " agencies are told by the webhook event SUBMISSION_WITHDRAWN). The body is optional.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CycleCloseInput.class), examples = @ExampleObject(name = "force",
            value = "{\"force\": true, \"reason\": \"2023年度数据已按期汇总上报，逾期未提交的草稿作撤销处理。\"}")))
    @RolesAllowed(Roles.STATISTICS)
    public RestResponse<MonitoringCycleView> closeMonitoringCycle(@PathParam("planCode") String planCode,
                                                                  @PathParam("year") int year,
                                                                  @HeaderParam("If-Match") String ifMatch,
                                                                  String body) {
        CycleCloseInput input = closeInput(body);
        boolean force = input != null && Boolean.TRUE.equals(input.force());
        MonitoringCycle cycle = monitoring.close(planCode, year, ExpectedRevision.fromIfMatch(ifMatch), force,
                input == null ? null : input.reason());
        closingWarnings.record(planCode, year);
        return RestResponse.ResponseBuilder.ok(view(cycle)).tag(new EntityTag(String.valueOf(cycle.revision))).build();
    }

    @GET
    @Path("/{year}/expected-reports")
    @Operation(summary = "List what each agency owes in a cycle", description = "列出本周期各单位应报的指标。")
    public PageView<ExpectedReportView> listExpectedReports(@PathParam("planCode") String planCode,
                                                           @PathParam("year") int year,
                                                           @Parameter(description = "Agency code") @QueryParam("agency") String agency,
                                                           @Valid @BeanParam Paging paging) {
        String agencyCode = QueryParams.text("agency", agency, 64);
        List<ExpectedReport> expected = monitoring.expected(monitoring.cycle(planCode, year)).stream()
                .filter(e -> agencyCode == null || e.agencyCode.equals(agencyCode)).toList();
        return PageView.of(Page.of(expected, paging.request()), ExpectedReportView::from);
    }

    @GET
    @Path("/{year}/completeness")
    @Operation(summary = "Completeness and timeliness of a cycle",
            description = "数据报送完整性与及时性：按单位、按领域统计应报、已报、已通过、按时与逾期，并列出逾期未报清单。")
    public CompletenessView getCompleteness(@PathParam("planCode") String planCode, @PathParam("year") int year) {
        return CompletenessView.from(completeness.completeness(planCode, year));
    }

    /**
     * The optional body of a close, read here rather than by JAX-RS: clients have always closed with an empty POST and
     * no Content-Type, which a JSON-only resource method would refuse with 415.
     */
    private CycleCloseInput closeInput(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        CycleCloseInput input;
        try {
            input = mapper.readerFor(CycleCloseInput.class)
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw InputValidationException.single("body", "the body must be a JSON object with force (boolean) and reason (text)",
                    "请求体须为包含 force（布尔值）和 reason（文本）的 JSON 对象");
        }
        if (input != null && input.reason() != null && input.reason().length() > 2000) {
            throw InputValidationException.single("reason", "size must be between 0 and 2000", "长度不能超过2000个字符");
        }
        return input;
    }

    private MonitoringCycleView view(MonitoringCycle cycle) {
        return MonitoringCycleView.from(cycle, monitoring.expectedCount(cycle));
    }
}
