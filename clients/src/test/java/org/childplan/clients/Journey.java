package org.childplan.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.childplan.platform.testing.ServiceLauncher.Service;
import org.childplan.clients.agency.api.AgenciesApi;
import org.childplan.clients.agency.api.AssignmentsApi;
import org.childplan.clients.agency.api.GovernanceBodiesApi;
import org.childplan.clients.agency.api.ResponsibilitiesApi;
import org.childplan.clients.agency.api.ResponsibilityImportApi;
import org.childplan.clients.agency.model.Agency;
import org.childplan.clients.agency.model.AgencyInput;
import org.childplan.clients.agency.model.AgencyKind;
import org.childplan.clients.agency.model.Assignment;
import org.childplan.clients.agency.model.AssignmentInput;
import org.childplan.clients.agency.model.AssignmentUpdateInput;
import org.childplan.clients.agency.model.GovernanceBody;
import org.childplan.clients.agency.model.ResponsibilityDocument;
import org.childplan.clients.agency.model.Role;
import org.childplan.clients.agency.model.ScopeType;
import org.childplan.clients.evaluation.api.CorrectionsApi;
import org.childplan.clients.evaluation.api.EvaluationReportsApi;
import org.childplan.clients.evaluation.api.EvaluationsApi;
import org.childplan.clients.evaluation.api.MonitoringCyclesApi;
import org.childplan.clients.evaluation.api.ObservationsApi;
import org.childplan.clients.evaluation.api.ScorecardsApi;
import org.childplan.clients.evaluation.api.ProgressAndWarningsApi;
import org.childplan.clients.evaluation.api.SelfAssessmentsApi;
import org.childplan.clients.evaluation.api.SubmissionsApi;
import org.childplan.clients.evaluation.api.WebhooksApi;
import org.childplan.clients.evaluation.model.CorrectionInput;
import org.childplan.clients.evaluation.model.Evaluation;
import org.childplan.clients.evaluation.model.EvaluationInput;
import org.childplan.clients.evaluation.model.NarrativeInput;
import org.childplan.clients.evaluation.model.EvaluationPlanInput;
import org.childplan.clients.evaluation.model.EvaluationType;
import org.childplan.clients.evaluation.model.EvidenceInput;
import org.childplan.clients.evaluation.model.FeedbackInput;
import org.childplan.clients.evaluation.model.FeedbackModerationInput;
import org.childplan.clients.evaluation.model.FindingsInput;
import org.childplan.clients.evaluation.model.GoalRatingInput;
import org.childplan.clients.evaluation.model.GoalRatingValue;
import org.childplan.clients.evaluation.model.IndicatorProgress;
import org.childplan.clients.evaluation.model.MonitoringCycleInput;
import org.childplan.clients.evaluation.model.ObservationInput;
import org.childplan.clients.evaluation.model.ObservationsInput;
import org.childplan.clients.evaluation.model.PublicFeedbackInput;
import org.childplan.clients.evaluation.model.PublicFeedbackStatus;
import org.childplan.clients.evaluation.model.ReturnInput;
import org.childplan.clients.evaluation.model.ReturnSelfAssessmentInput;
import org.childplan.clients.evaluation.model.SelfAssessment;
import org.childplan.clients.evaluation.model.SelfAssessmentItem;
import org.childplan.clients.evaluation.model.SelfAssessmentItemInput;
import org.childplan.clients.evaluation.model.Submission;
import org.childplan.clients.evaluation.model.SubmissionInput;
import org.childplan.clients.evaluation.model.Webhook;
import org.childplan.clients.evaluation.model.WebhookEvent;
import org.childplan.clients.evaluation.model.WebhookInput;
import org.childplan.clients.evaluation.model.WorkflowActionInput;
import org.childplan.clients.indicator.api.DomainsApi;
import org.childplan.clients.indicator.api.GoalsApi;
import org.childplan.clients.indicator.api.IndicatorsApi;
import org.childplan.clients.indicator.api.PlanImportApi;
import org.childplan.clients.indicator.api.PlansApi;
import org.childplan.clients.indicator.api.ReferenceDataApi;
import org.childplan.clients.indicator.api.ReportingAreasApi;
import org.childplan.clients.indicator.api.StrategyMeasuresApi;
import org.childplan.clients.indicator.model.AreaLevel;
import org.childplan.clients.indicator.model.DomainInput;
import org.childplan.clients.indicator.model.GoalInput;
import org.childplan.clients.indicator.model.Indicator;
import org.childplan.clients.indicator.model.IndicatorInput;
import org.childplan.clients.indicator.model.IndicatorRevisionInput;
import org.childplan.clients.indicator.model.PlanDocument;
import org.childplan.clients.indicator.model.PlanInput;
import org.childplan.clients.indicator.model.ReportingAreaInput;
import org.childplan.clients.indicator.model.ReportingFrequency;
import org.childplan.clients.indicator.model.StrategyMeasureInput;
import org.childplan.clients.indicator.model.TargetType;
import org.childplan.clients.indicator.model.Unit;
import org.childplan.platform.testing.Tokens;

/**
 * What an integrator does with clients generated from the checked-in contracts, through the generated Java clients
 * only: the journey of issue 11 (list indicators, open a monitoring cycle, submit as a reporter, read progress, download
 * a published report as PDF) and then every other operation of the three contracts, each with a valid request.
 * Every exchange is recorded in {@link ContractOperations} by the clients' response interceptor.
 */
final class Journey {

    static final String PLAN = "CN-430482-CHILDREN-2021-2025";
    /** A plan of the journey's own, for the catalogue writes, so that the Changning plan stays as seeded. */
    static final String OWN_PLAN = "JOURNEY-2024-2026";
    static final String REPORTER_AGENCY = "health-bureau";
    static final String REPORTED = "HEALTH-2a";

    /** Compiling an evaluation is the slowest step, at a few seconds; a hung exchange fails the journey after this. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Map<Service, URI> baseUrls;
    private final ContractOperations operations;
    private final Path root;

    private final String admin = Tokens.of("admin");
    private final String statistics = Tokens.of("statistics");
    private final String reporter = Tokens.of("reporter", REPORTER_AGENCY);
    private final String evaluator = Tokens.of("evaluator");
    private final String leadership = Tokens.of("leadership");
    private final String viewer = Tokens.of("viewer");

    Journey(Map<Service, URI> baseUrls, ContractOperations operations, Path root) {
        this.baseUrls = baseUrls;
        this.operations = operations;
        this.root = root;
    }

    void run() throws Exception {
        // the journey of issue 11
        listIndicators();
        openCycles();
        String submission = submitAsReporter();
        readProgress();
        byte[] pdf = publishEvaluationAndDownloadPdf();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as("the published report as PDF").isEqualTo("%PDF-");

        // every other operation of the three contracts
        monitoringAfterAcceptance(submission);
        catalogue();
        responsibilities();
        auditTrails();
        webhooks();
    }

    // ---- the journey of issue 11 -----------------------------------------------------------------------------------

    private void listIndicators() throws Exception {
        var indicators = new IndicatorsApi(indicator(null))
                .listIndicators(PLAN, null, "HEALTH", null, 0, null, true, 100, null);
        assertThat(indicators.getItems()).extracting(Indicator::getCode).contains(REPORTED, "HEALTH-2b", "HEALTH-3c");
        var one = new IndicatorsApi(indicator(null)).getIndicator(REPORTED, PLAN, null, null);
        assertThat(one.getNameZh()).isEqualTo("3岁以下儿童系统管理率");
        // a read prepared once per revision: revalidating with its ETag answers 304, which the contract lists
        String etag = etag(new IndicatorsApi(indicator(null)).getIndicatorWithHttpInfo(REPORTED, PLAN, null, null).getHeaders());
        assertThatThrownBy(() -> new IndicatorsApi(indicator(null)).getIndicator(REPORTED, PLAN, null, etag))
                .isInstanceOfSatisfying(org.childplan.clients.indicator.invoker.ApiException.class,
                        e -> assertThat(e.getCode()).isEqualTo(304));
        assertThat(new IndicatorsApi(indicator(null)).listIndicatorVersions(REPORTED, PLAN, null, null).getItems())
                .extracting(Indicator::getCode).containsOnly(REPORTED);
    }

    /** The statistics bureau opens 2022 and 2023; 2022 gets one accepted value and is closed, so progress has two years. */
    private void openCycles() throws Exception {
        var cycles = new MonitoringCyclesApi(evaluation(statistics));
        var opened = cycles.openMonitoringCycle(PLAN, new MonitoringCycleInput().year(2023)
                .opensOn(LocalDate.of(2024, 1, 10)).dueOn(LocalDate.of(2024, 3, 31)));
        assertThat(String.valueOf(opened.getStatus())).isEqualTo("OPEN");
        assertThat(opened.getExpectedReports()).isPositive();
        cycles.openMonitoringCycle(PLAN, new MonitoringCycleInput().year(2022)
                .opensOn(LocalDate.of(2023, 1, 10)).dueOn(LocalDate.of(2023, 3, 31)));

        var submissions = new SubmissionsApi(evaluation(reporter));
        var earlier = submissions.createSubmission(PLAN, 2022, new SubmissionInput().agencyCode(REPORTER_AGENCY)
                .observations(List.of(observation(REPORTED, 2022, 86.0))), null, null, "journey-2022");
        submissions.submitSubmission(earlier.getCode(), PLAN, 2022, null);
        new SubmissionsApi(evaluation(statistics)).acceptSubmission(earlier.getCode(), PLAN, 2022, null);
        var closed = cycles.closeMonitoringCycle(PLAN, 2022, null, null);
        assertThat(String.valueOf(closed.getStatus())).isEqualTo("CLOSED");

        assertThat(new MonitoringCyclesApi(evaluation(viewer)).listMonitoringCycles(PLAN, null, null).getItems())
                .extracting(c -> c.getYear()).contains(2022, 2023);
    }

    /** health-bureau reports for 2023: a dry run, a draft, an added and a replaced row, submit, return, resubmit, accept. */
    private String submitAsReporter() throws Exception {
        var expected = new MonitoringCyclesApi(evaluation(reporter)).listExpectedReports(PLAN, 2023, REPORTER_AGENCY, null, 100);
        assertThat(expected.getItems()).extracting(e -> e.getIndicatorCode()).contains(REPORTED, "HEALTH-2b");

        var submissions = new SubmissionsApi(evaluation(reporter));
        var rows = new SubmissionInput().agencyCode(REPORTER_AGENCY).observations(List.of(observation(REPORTED, 2023, 90.5)));
        var dryRun = submissions.createSubmission(PLAN, 2023, rows, null, true, null);
        assertThat(dryRun.getObservationCount()).isEqualTo(1L);
        var draft = submissions.createSubmission(PLAN, 2023, rows, null, false, "journey-2023");
        String code = draft.getCode();
        assertThat(String.valueOf(draft.getStatus())).isEqualTo("DRAFT");

        String etag = etag(submissions.getSubmissionWithHttpInfo(code, PLAN, 2023).getHeaders());
        submissions.addSubmissionObservation(code, PLAN, 2023, observation("HEALTH-2b", 2023, 92.0), etag);
        var replaced = submissions.replaceSubmissionObservations(code, PLAN, 2023,
                etag(submissions.getSubmissionWithHttpInfo(code, PLAN, 2023).getHeaders()),
                new ObservationsInput().observations(List.of(
                        observation(REPORTED, 2023, 91.5), observation("HEALTH-2b", 2023, 92.0))), false);
        assertThat(replaced.getObservationCount()).isEqualTo(2L);
        assertThat(submissions.listSubmissionObservations(code, PLAN, 2023, null, null).getItems())
                .extracting(o -> o.getIndicatorCode(), o -> o.getValue().doubleValue())
                .containsExactlyInAnyOrder(tuple(REPORTED, 91.5),
                        tuple("HEALTH-2b", 92.0));

        submissions.submitSubmission(code, PLAN, 2023, null);
        var bureau = new SubmissionsApi(evaluation(statistics));
        var returned = bureau.returnSubmission(code, PLAN, 2023, new ReturnInput().reason("请核对城乡口径"), null);
        assertThat(String.valueOf(returned.getStatus())).isEqualTo("RETURNED");
        submissions.submitSubmission(code, PLAN, 2023, null);
        var accepted = bureau.acceptSubmission(code, PLAN, 2023, null);
        assertThat(String.valueOf(accepted.getStatus())).isEqualTo("ACCEPTED");
        assertThat(bureau.listSubmissions(PLAN, 2023, REPORTER_AGENCY, null, null, null).getItems())
                .extracting(Submission::getCode).containsExactly(code);
        return code;
    }

    private void readProgress() throws Exception {
        var progress = new ProgressAndWarningsApi(evaluation(viewer)).listProgress(PLAN, 2023, "HEALTH", null, 500, null);
        IndicatorProgress reported = progress.getItems().stream()
                .filter(p -> REPORTED.equals(p.getIndicatorCode())).findFirst().orElseThrow(
                        () -> new AssertionError("progress for 2023 has no entry for " + REPORTED + ": " + progress));
        assertThat(reported.getLatestValue().doubleValue()).isEqualTo(91.5);
        assertThat(reported.getLatestYear()).isEqualTo(2023);
        assertThat(reported.getBaseValue().doubleValue()).isEqualTo(86.0);
        assertThat(reported.getBaseYear()).isEqualTo(2022);
        assertThat(String.valueOf(reported.getStatus())).isNotEqualTo("INSUFFICIENT_DATA");
    }

    /** MIDTERM-2023 from its plan to publication, with health-bureau's self-assessment; then the PDF, anonymously. */
    private byte[] publishEvaluationAndDownloadPdf() throws Exception {
        var group = new EvaluationsApi(evaluation(evaluator));
        var leading = new EvaluationsApi(evaluation(leadership));
        Evaluation created = group.createEvaluation(PLAN, new EvaluationInput().type(EvaluationType.MIDTERM).referenceYear(2023)
                .planTextZh("对2021—2023年规划实施情况开展中期评估。").selfAssessmentDueOn(LocalDate.of(2024, 5, 31))
                .reportDueOn(LocalDate.of(2024, 8, 31)));
        String code = created.getCode();
        String etag = etag(group.getEvaluationWithHttpInfo(code, PLAN).getHeaders());
        group.updateEvaluationPlan(code, PLAN, etag, new EvaluationPlanInput().planTextZh("对2021—2023年规划实施情况开展中期评估（修订）。")
                .selfAssessmentDueOn(LocalDate.of(2024, 5, 31)).reportDueOn(LocalDate.of(2024, 8, 31)));
        leading.approveEvaluationPlan(code, PLAN, comment("经领导小组审议通过"), null);
        group.startCollecting(code, PLAN, comment("请各单位提交自评"), null);

        var selfAssessments = new SelfAssessmentsApi(evaluation(reporter));
        assertThat(new SelfAssessmentsApi(evaluation(viewer)).listSelfAssessments(code, PLAN, null, 100, null).getItems())
                .extracting(s -> s.getAgencyCode()).contains(REPORTER_AGENCY);
        SelfAssessment own = selfAssessments.getSelfAssessment(REPORTER_AGENCY, code, PLAN);
        assertThat(own.getItems()).isNotEmpty();
        for (SelfAssessmentItem item : own.getItems()) {
            var written = new SelfAssessmentItemInput().progressZh("目标" + item.getGoalCode() + "进展顺利。")
                    .problemsZh("农村地区仍有差距。").nextStepsZh("继续推进。")
                    .evidence(List.of(new EvidenceInput().titleZh("工作总结").reference("常卫发〔2024〕3号")));
            if (Boolean.TRUE.equals(item.getQualitative())) {
                written.rating(GoalRatingValue.BASICALLY_ACHIEVED);
            }
            selfAssessments.writeSelfAssessmentItem(REPORTER_AGENCY, code, item.getGoalCode(), PLAN,
                    etag(selfAssessments.getSelfAssessmentWithHttpInfo(REPORTER_AGENCY, code, PLAN).getHeaders()), written);
        }
        selfAssessments.submitSelfAssessment(REPORTER_AGENCY, code, PLAN, null);
        new SelfAssessmentsApi(evaluation(evaluator)).returnSelfAssessment(REPORTER_AGENCY, code, PLAN,
                new ReturnSelfAssessmentInput().reason("请补充佐证材料"), null);
        var resubmitted = selfAssessments.submitSelfAssessment(REPORTER_AGENCY, code, PLAN, null);
        assertThat(String.valueOf(resubmitted.getStatus())).isEqualTo("SUBMITTED");

        group.compileEvaluation(code, PLAN, comment("自评收集完毕"), null);
        var draft = new EvaluationReportsApi(evaluation(evaluator)).getEvaluationReport(code, PLAN, null);
        assertThat(draft.getDraft()).isTrue();
        assertThat(draft.getIndicators()).extracting(i -> i.getCode()).contains(REPORTED);
        String qualitativeGoal = draft.getQualitativeGoals().get(0).getGoalCode();
        // the drafted narrative of a domain, rewritten by the group and restored (issue 13)
        String domain = draft.getSummary().get(0).getCode();
        var rewritten = group.rewriteNarrative(code, domain, PLAN, etag(group.getEvaluationWithHttpInfo(code, PLAN).getHeaders()),
                new NarrativeInput().textZh("本领域主要指标进展良好。"));
        assertThat(rewritten.getEdited()).isTrue();
        assertThat(new EvaluationsApi(evaluation(viewer)).listNarratives(code, PLAN, null, null).getItems())
                .extracting(n -> n.getDomainCode()).contains(domain);
        assertThat(group.restoreNarrative(code, domain, PLAN, etag(group.getEvaluationWithHttpInfo(code, PLAN).getHeaders()))
                .getEdited()).isFalse();
        group.rateGoal(code, qualitativeGoal, PLAN, new GoalRatingInput().rating(GoalRatingValue.PROGRESSING)
                .rationaleZh("据部门工作台账评定。"));
        assertThat(new EvaluationsApi(evaluation(viewer)).listGoalRatings(code, PLAN, null, null).getItems())
                .extracting(r -> r.getGoalCode()).contains(qualitativeGoal);
        group.writeEvaluationFindings(code, PLAN, etag(group.getEvaluationWithHttpInfo(code, PLAN).getHeaders()),
                new FindingsInput().findingsZh("3岁以下儿童系统管理率已达目标。").recommendationsZh("巩固成果。"));
        group.submitEvaluationForReview(code, PLAN, comment("报告初稿已完成"), null);
        leading.returnEvaluation(code, PLAN, comment("请补充农村儿童健康管理情况"), null);
        // the returned version 1 stays readable, as sealed, with the reviewers' comment (issue 12)
        var reports = new EvaluationReportsApi(evaluation(viewer));
        var returned = reports.getEvaluationReport(code, PLAN, 1);
        assertThat(returned.getVersion()).isEqualTo(1);
        assertThat(returned.getFindings().getFindingsZh()).isEqualTo("3岁以下儿童系统管理率已达目标。");
        assertThat(String.valueOf(returned.getReview().getOutcome())).isEqualTo("RETURNED");
        assertThat(returned.getReview().getSteps()).extracting(s -> s.getComment()).contains("请补充农村儿童健康管理情况");
        assertThat(reports.getEvaluationReport(code, PLAN, null).getVersions()).extracting(v -> v.getVersion()).containsExactly(1);
        group.writeEvaluationFindings(code, PLAN, etag(group.getEvaluationWithHttpInfo(code, PLAN).getHeaders()),
                new FindingsInput().findingsZh("3岁以下儿童系统管理率已达目标，农村仍有差距。").recommendationsZh("加大农村投入。"));
        group.submitEvaluationForReview(code, PLAN, comment("已按意见修改"), null);
        leading.approveEvaluation(code, PLAN, comment("同意"), null);
        var published = leading.publishEvaluation(code, PLAN, comment("同意发布"), null);
        assertThat(String.valueOf(published.getStatus())).isEqualTo("PUBLISHED");

        var publishedReports = new EvaluationReportsApi(evaluation(null)).listPublishedReports(null, null);
        assertThat(publishedReports.getItems()).extracting(r -> r.getEvaluationCode()).contains(code);
        byte[] pdf = downloadPdf(code);

        new EvaluationReportsApi(evaluation(viewer)).leaveFeedback(code, PLAN,
                new FeedbackInput().authorName("张老师").commentZh("建议增加留守儿童心理健康服务情况。"));
        assertThat(new EvaluationReportsApi(evaluation(evaluator)).listFeedback(code, PLAN, null, null).getTotal()).isEqualTo(1);
        publicFeedback(code);
        assertThat(new EvaluationsApi(evaluation(viewer)).getEvaluationHistory(code, PLAN, null, null).getItems())
                .extracting(e -> String.valueOf(e.getAction())).contains("APPROVE_PLAN", "COMPILE", "PUBLISH");
        assertThat(new EvaluationsApi(evaluation(viewer)).listEvaluations(PLAN, null, null, null).getItems())
                .extracting(Evaluation::getCode).containsExactly(code);
        assertThat(new EvaluationsApi(evaluation(viewer)).getEvaluation(code, PLAN).getCode()).isEqualTo(code);
        return pdf;
    }

    /**
     * The report as PDF, XLSX and HTML through the operations the contract gives each format, as a reader without a
     * token gets them once the report is published.
     */
    private byte[] downloadPdf(String code) throws Exception {
        var reader = new EvaluationReportsApi(evaluation(null));
        byte[] pdf = Files.readAllBytes(reader.getEvaluationReportPdf(code, PLAN, null).toPath());
        // the published version by its number, as the report's list of versions gives it
        byte[] xlsx = Files.readAllBytes(reader.getEvaluationReportXlsx(code, PLAN, 2).toPath());
        assertThat(xlsx).as("an XLSX workbook is a zip").startsWith('P', 'K');
        assertThat(Files.readString(reader.getEvaluationReportHtml(code, PLAN, null).toPath())).contains("<html").contains("评估报告");
        return pdf;
    }

    /**
     * Feedback from a reader without an account (issue 12): held until the committee office (evaluator) approves it,
     * then shown to public readers; rejected feedback never is.
     */
    private void publicFeedback(String code) throws Exception {
        var reader = new EvaluationReportsApi(evaluation(null));
        var kept = reader.submitPublicFeedback(code, PLAN, new PublicFeedbackInput().authorName("李女士").contact("13800000000")
                .commentZh("建议在报告中增加各乡镇的儿童入园率数据。"));
        assertThat(String.valueOf(kept.getStatus())).isEqualTo("PENDING");
        var dropped = reader.submitPublicFeedback(code, PLAN, new PublicFeedbackInput().commentZh("与报告无关的内容。"));
        assertThat(reader.listPublicFeedback(code, PLAN, null, null).getTotal()).isZero();

        var office = new EvaluationReportsApi(evaluation(evaluator));
        var queue = office.listPublicFeedbackForModeration(code, null, PLAN, null, PublicFeedbackStatus.PENDING);
        assertThat(queue.getItems()).extracting(f -> f.getCode()).contains(kept.getCode(), dropped.getCode());
        office.approvePublicFeedback(kept.getCode(), new FeedbackModerationInput().note("与报告相关，予以公开"));
        office.rejectPublicFeedback(dropped.getCode(), new FeedbackModerationInput().note("与报告无关"));
        assertThat(String.valueOf(office.getPublicFeedback(dropped.getCode()).getStatus())).isEqualTo("REJECTED");
        assertThat(reader.listPublicFeedback(code, PLAN, null, null).getItems()).extracting(f -> f.getCode())
                .containsExactly(kept.getCode());
    }

    // ---- every other operation -------------------------------------------------------------------------------------

    /** The rest of annual monitoring, once the 2023 submission is accepted. */
    private void monitoringAfterAcceptance(String submission) throws Exception {
        var read = new MonitoringCyclesApi(evaluation(viewer));
        assertThat(read.getMonitoringCycle(PLAN, 2023).getYear()).isEqualTo(2023);
        var completeness = read.getCompleteness(PLAN, 2023);
        assertThat(completeness.getByAgency()).filteredOn(t -> REPORTER_AGENCY.equals(t.getCode()))
                .singleElement().satisfies(t -> assertThat(t.getAccepted()).as("indicators accepted").isEqualTo(2));
        assertThat(read.getAnnualReport(PLAN, 2023).getYear()).isEqualTo(2023);
        assertThat(Files.readString(read.getAnnualReportHtml(PLAN, 2023).toPath())).contains("<html").contains("2023");
        assertThat(Files.readAllBytes(read.getAnnualReportXlsx(PLAN, 2023).toPath())).startsWith('P', 'K');
        assertThat(Files.readAllBytes(read.getAnnualReportPdf(PLAN, 2023).toPath())).startsWith('%', 'P', 'D', 'F');
        // the agency's Excel template, the package for the committee above, and the department scorecards (issue 14)
        assertThat(Files.readAllBytes(new SubmissionsApi(evaluation(reporter)).getSubmissionTemplate(REPORTER_AGENCY, PLAN, 2023)
                .toPath())).startsWith('P', 'K');
        assertThat(Files.readAllBytes(new MonitoringCyclesApi(evaluation(statistics)).getUpwardPackage(PLAN, 2023).toPath()))
                .startsWith('P', 'K');
        var scorecards = new ScorecardsApi(evaluation(leadership));
        assertThat(scorecards.listScorecards(PLAN, 2023).getItems()).extracting(c -> c.getAgencyCode()).contains(REPORTER_AGENCY);
        assertThat(scorecards.getScorecard(REPORTER_AGENCY, PLAN, 2023).getAgencyCode()).isEqualTo(REPORTER_AGENCY);
        assertThat(new SubmissionsApi(evaluation(viewer)).getSubmission(submission, PLAN, 2023).getObservationCount())
                .isEqualTo(2L);

        var analysis = new ProgressAndWarningsApi(evaluation(viewer));
        analysis.listWarnings(PLAN, 2023, null, null, null, null);
        analysis.listEquityGaps(PLAN, 2023, null, null, null);
        assertThat(new ObservationsApi(evaluation(viewer)).exportObservations(PLAN, REPORTED, null, null, 2023).getItems())
                .extracting(o -> o.getValue().doubleValue()).contains(91.5);

        // closing locks the accepted values; a correction keeps the old one
        new MonitoringCyclesApi(evaluation(statistics)).closeMonitoringCycle(PLAN, 2023, null, null);
        var corrections = new CorrectionsApi(evaluation(statistics));
        corrections.correctObservation(PLAN, 2023, new CorrectionInput().indicatorCode("HEALTH-2b")
                .value(BigDecimal.valueOf(92.4)).reason("终审修订"));
        assertThat(corrections.listCorrections(PLAN, 2023, "HEALTH-2b", null, null).getItems()).hasSize(1);
    }

    /** indicator-service: reads of the Changning plan, and every write on a plan of the journey's own. */
    private void catalogue() throws Exception {
        var plans = new PlansApi(indicator(null));
        assertThat(plans.listPlans(null, null).getItems()).extracting(p -> p.getCode()).contains(PLAN);
        assertThat(plans.getPlan(PLAN).getTitleZh()).contains("常宁市儿童发展规划");
        assertThat(plans.getCatalogue(PLAN, null, null).getIndicators()).extracting(Indicator::getCode).contains(REPORTED);
        PlanDocument document = plans.exportPlanDocument(PLAN, null);
        // importing the same document again changes nothing (README); a dry run shows it without writing
        var imported = new PlanImportApi(indicator(admin)).importPlan(document, true, "journey-plan-import");
        assertThat(imported.getPlanCode()).isEqualTo(PLAN);
        assertThat(new PlanImportApi(indicator(null)).getPlanDocumentSchema()).isNotNull();
        var reference = new ReferenceDataApi(indicator(null));
        assertThat(reference.listUnits().getItems()).isNotEmpty();
        assertThat(reference.listDisaggregationDimensions().getItems()).isNotEmpty();
        assertThat(new DomainsApi(indicator(null)).listDomains(PLAN, null, null).getItems()).hasSize(7);
        assertThat(new DomainsApi(indicator(null)).getDomain("HEALTH", PLAN).getNameZh()).isNotBlank();
        assertThat(new GoalsApi(indicator(null)).listGoals(PLAN, "HEALTH", null, null).getItems()).isNotEmpty();
        assertThat(new GoalsApi(indicator(null)).getGoal("HEALTH-4", PLAN).getTextZh()).contains("出生缺陷");
        assertThat(new StrategyMeasuresApi(indicator(null)).listMeasures(PLAN, "HEALTH", null, null).getItems()).isNotEmpty();
        assertThat(new StrategyMeasuresApi(indicator(null)).getMeasure("HEALTH-M1", PLAN).getTitleZh()).isNotBlank();
        var areas = new ReportingAreasApi(indicator(null)).listReportingAreas(PLAN, null, null).getItems();
        assertThat(new ReportingAreasApi(indicator(null)).getReportingArea(areas.get(0).getCode(), PLAN).getNameZh())
                .isNotBlank();

        var write = indicator(admin);
        var ownPlan = new PlanInput().code(OWN_PLAN).titleZh("旅程测试规划（2024—2026年）").jurisdictionCode("430482")
                .jurisdictionZh("常宁市").periodStart(2024).periodEnd(2026).baselineYear(2023);
        new PlansApi(write).createPlan(ownPlan);
        new PlansApi(write).updatePlan(OWN_PLAN, etag(new PlansApi(write).getPlanWithHttpInfo(OWN_PLAN).getHeaders()),
                ownPlan.titleEn("Journey test plan 2024-2026"));

        var domain = new DomainInput().code("PLAY").ordinal(1).nameZh("儿童与游戏").leadUnits(List.of("市教育局"))
                .responsibleUnits(List.of("市文化旅游广电体育局"));
        new DomainsApi(write).createDomain(OWN_PLAN, domain);
        new DomainsApi(write).updateDomain("PLAY", OWN_PLAN,
                etag(new DomainsApi(write).getDomainWithHttpInfo("PLAY", OWN_PLAN).getHeaders()), domain.nameEn("Children and play"));
        var goal = new GoalInput().domainCode("PLAY").number(1).textZh("儿童每天户外活动时间不少于2小时。");
        String goalCode = new GoalsApi(write).createGoal(OWN_PLAN, goal).getCode();
        new GoalsApi(write).updateGoal(goalCode, OWN_PLAN, etag(new GoalsApi(write).getGoalWithHttpInfo(goalCode, OWN_PLAN).getHeaders()),
                goal.textEn("At least two hours outdoors a day."));
        var measure = new StrategyMeasureInput().domainCode("PLAY").number(1).titleZh("建设儿童友好公园");
        String measureCode = new StrategyMeasuresApi(write).createMeasure(OWN_PLAN, measure).getCode();
        new StrategyMeasuresApi(write).updateMeasure(measureCode, OWN_PLAN,
                etag(new StrategyMeasuresApi(write).getMeasureWithHttpInfo(measureCode, OWN_PLAN).getHeaders()),
                measure.titleEn("Child-friendly parks"));
        new IndicatorsApi(write).createIndicator(OWN_PLAN, new IndicatorInput().code("PLAY-1a").domainCode("PLAY").goalNumber(1)
                .nameZh("儿童每天户外活动达标率").unit(Unit.PERCENT).targetType(TargetType.AT_LEAST)
                .targetValue(BigDecimal.valueOf(80)).targetYear(2026).reportingFrequency(ReportingFrequency.ANNUAL));
        var revised = new IndicatorsApi(write).reviseIndicator("PLAY-1a", OWN_PLAN,
                etag(new IndicatorsApi(write).getIndicatorWithHttpInfo("PLAY-1a", OWN_PLAN, null, null).getHeaders()),
                new IndicatorRevisionInput()
                        .nameZh("儿童每天户外活动达标率").unit(Unit.PERCENT).targetType(TargetType.AT_LEAST)
                        .targetValue(BigDecimal.valueOf(85)).targetYear(2026).reportingFrequency(ReportingFrequency.ANNUAL)
                        .effectiveFrom(LocalDate.of(2025, 1, 1)).changeReason("中期调整"));
        assertThat(revised.getVersion()).isEqualTo(2);
        var area = new ReportingAreaInput().code("430482").nameZh("常宁市").level(AreaLevel.JURISDICTION);
        new ReportingAreasApi(write).createReportingArea(OWN_PLAN, area);
        new ReportingAreasApi(write).updateReportingArea("430482", OWN_PLAN,
                etag(new ReportingAreasApi(write).getReportingAreaWithHttpInfo("430482", OWN_PLAN).getHeaders()),
                area.nameEn("Changning City"));
    }

    /** agency-service: the seeded agencies, bodies and matrix, and an agency and assignment of the journey's own. */
    private void responsibilities() throws Exception {
        var agencies = new AgenciesApi(agency(viewer));
        assertThat(agencies.listAgencies(null, null, null, null, null, 200).getItems()).extracting(Agency::getCode)
                .contains(REPORTER_AGENCY);
        assertThat(agencies.getAgency(REPORTER_AGENCY).getNameZh()).isEqualTo("市卫生健康局");
        assertThat(agencies.lookupAgency("市卫生健康局").getCode()).isEqualTo(REPORTER_AGENCY);
        assertThat(agencies.getAgencyResponsibilities(REPORTER_AGENCY, PLAN, null, null, null)).isNotNull();
        var bodies = new GovernanceBodiesApi(agency(viewer));
        GovernanceBody body = bodies.listGovernanceBodies(null, null, null).getItems().get(0);
        assertThat(bodies.getGovernanceBody(body.getCode()).getNameZh()).isEqualTo(body.getNameZh());
        var matrix = new ResponsibilitiesApi(agency(viewer));
        assertThat(matrix.getResponsibilityMatrix(PLAN, null, null).getDomains()).hasSize(7);
        assertThat(Files.readAllBytes(matrix.getResponsibilityMatrixXlsx(PLAN, null, null).toPath())).startsWith('P', 'K');
        assertThat(Files.readString(matrix.getResponsibilityMatrixCsv(PLAN, null, null).toPath())).contains("agencyCode");
        assertThat(matrix.getIndicatorResponsibilities(PLAN, null, null)).isNotNull();
        assertThat(matrix.getResponsibleAgencies(REPORTED, PLAN, null).getIndicatorCode()).isEqualTo(REPORTED);

        var imports = new ResponsibilityImportApi(agency(admin));
        assertThat(imports.getResponsibilityDocumentSchema()).isNotNull();
        // the seeded document again, as a dry run: it is already loaded, so nothing would change. Read strictly (unknown
        // properties fail), so the contract's ResponsibilityDocument must describe the whole seed file.
        ResponsibilityDocument seed = new ObjectMapper().findAndRegisterModules().readValue(
                root.resolve("agency-service/src/main/resources/responsibilities/changning-children-2021-2025.json").toFile(),
                ResponsibilityDocument.class);
        imports.importResponsibilities(seed, true, "journey-responsibility-import");

        var write = agency(admin);
        var own = new AgencyInput().code("journey-bureau").nameZh("旅程测试局").kind(AgencyKind.GOVERNMENT_BUREAU)
                .committeeMember(false);
        new AgenciesApi(write).createAgency(own);
        new AgenciesApi(write).updateAgency("journey-bureau",
                etag(new AgenciesApi(write).getAgencyWithHttpInfo("journey-bureau").getHeaders()), own.nameEn("Journey Test Bureau"));
        var assignments = new AssignmentsApi(write);
        Assignment assignment = assignments.createAssignment(OWN_PLAN, new AssignmentInput().agencyCode("journey-bureau")
                .scopeType(ScopeType.DOMAIN).scopeCode("PLAY").role(Role.RESPONSIBLE).validFrom(LocalDate.of(2024, 1, 1)));
        assignments.updateAssignment(assignment.getCode(), OWN_PLAN,
                etag(assignments.getAssignmentWithHttpInfo(assignment.getCode(), OWN_PLAN).getHeaders()),
                new AssignmentUpdateInput().note("旅程测试"));
        assertThat(assignments.getAssignment(assignment.getCode(), OWN_PLAN).getAgencyCode()).isEqualTo("journey-bureau");
        assertThat(assignments.listAssignments(OWN_PLAN, null, null, null, null, null, null, null, null).getItems())
                .extracting(Assignment::getCode).contains(assignment.getCode());
    }

    /**
     * Webhooks to a documentation address (RFC 5737, written as a literal so nothing is looked up), subscribed to an
     * event the journey no longer causes, so nothing is sent. Loopback, where the journey once pointed them, is refused.
     */
    private void webhooks() throws Exception {
        var hooks = new WebhooksApi(evaluation(admin));
        hooks.allowWebhookHost("192.0.2.10");
        assertThat(hooks.listWebhookAllowedHosts(null, null).getItems()).extracting(h -> h.getHost()).contains("192.0.2.10");
        Webhook webhook = hooks.createWebhook(new WebhookInput().url("http://192.0.2.10:9/journey-hook")
                .events(List.of(WebhookEvent.CYCLE_CLOSED)));
        assertThat(hooks.listWebhooks(null, null).getItems()).extracting(Webhook::getCode).contains(webhook.getCode());
        assertThat(hooks.getWebhook(webhook.getCode()).getUrl()).isEqualTo("http://192.0.2.10:9/journey-hook");
        hooks.listWebhookDeliveries(webhook.getCode(), null, null);
        assertThat(hooks.deactivateWebhook(webhook.getCode()).getActive()).isFalse();
        hooks.removeWebhookHost("192.0.2.10");
    }

    private void auditTrails() throws Exception {
        assertThat(new org.childplan.clients.indicator.api.AuditTrailApi(indicator(admin))
                .listAuditEvents(null, null, null, null, null, null, null).getItems()).isNotEmpty();
        assertThat(new org.childplan.clients.agency.api.AuditTrailApi(agency(admin))
                .listAuditEvents(null, null, null, null, null, null, null).getItems()).isNotEmpty();
        assertThat(new org.childplan.clients.evaluation.api.AuditTrailApi(evaluation(admin))
                .listAuditEvents(null, null, null, null, null, null, null).getItems()).isNotEmpty();
    }

    // ---- the generated clients ---------------------------------------------------------------------------------------

    private org.childplan.clients.indicator.invoker.ApiClient indicator(String token) {
        var client = new org.childplan.clients.indicator.invoker.ApiClient();
        client.setHttpClientBuilder(http()).setReadTimeout(TIMEOUT);
        client.updateBaseUri(baseUrls.get(Service.INDICATOR).toString());
        client.setRequestInterceptor(authorization(token));
        client.setResponseInterceptor(recorder(Service.INDICATOR));
        return client;
    }

    private org.childplan.clients.agency.invoker.ApiClient agency(String token) {
        var client = new org.childplan.clients.agency.invoker.ApiClient();
        client.setHttpClientBuilder(http()).setReadTimeout(TIMEOUT);
        client.updateBaseUri(baseUrls.get(Service.AGENCY).toString());
        client.setRequestInterceptor(authorization(token));
        client.setResponseInterceptor(recorder(Service.AGENCY));
        return client;
    }

    private org.childplan.clients.evaluation.invoker.ApiClient evaluation(String token) {
        var client = new org.childplan.clients.evaluation.invoker.ApiClient();
        client.setHttpClientBuilder(http()).setReadTimeout(TIMEOUT);
        client.updateBaseUri(baseUrls.get(Service.EVALUATION).toString());
        client.setRequestInterceptor(authorization(token));
        client.setResponseInterceptor(recorder(Service.EVALUATION));
        return client;
    }

    /**
     * HTTP/1.1: java.net.http otherwise offers an h2c upgrade on every plain-HTTP request, and through Prism's proxy
     * such a request never got an answer.
     */
    private static HttpClient.Builder http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5));
    }

    /** A bearer token on every request, or none for an anonymous reader. */
    private static Consumer<HttpRequest.Builder> authorization(String token) {
        return request -> {
            if (token != null) {
                request.setHeader("Authorization", "Bearer " + token);
            }
        };
    }

    private Consumer<HttpResponse<InputStream>> recorder(Service service) {
        return response -> operations.record(service, response.request().method(), response.request().uri(),
                response.statusCode(), response.headers().firstValue("sl-violations"));
    }

    private static String etag(Map<String, List<String>> headers) {
        return Optional.ofNullable(headers.get("ETag")).flatMap(values -> values.stream().findFirst())
                .orElseThrow(() -> new AssertionError("no ETag among " + headers.keySet()));
    }

    private static ObservationInput observation(String indicator, int year, double value) {
        return new ObservationInput().indicatorCode(indicator).year(year).value(BigDecimal.valueOf(value))
                .source("旅程测试");
    }

    private static WorkflowActionInput comment(String comment) {
        return new WorkflowActionInput().comment(comment);
    }
}
