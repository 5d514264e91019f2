package org.childplan.console.client;

import io.quarkus.arc.NoClassInterceptors;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import org.childplan.console.client.evaluation.api.CorrectionsApi;
import org.childplan.console.client.evaluation.api.EvaluationReportsApi;
import org.childplan.console.client.evaluation.api.EvaluationsApi;
import org.childplan.console.client.evaluation.api.MonitoringCyclesApi;
import org.childplan.console.client.evaluation.api.SelfAssessmentsApi;
import org.childplan.console.client.evaluation.api.SubmissionsApi;
import org.childplan.console.client.evaluation.model.*;
import org.childplan.platform.peer.PeerCall;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The workflow pages' calls to evaluation-service (monitoring cycles, submissions, corrections, evaluations,
 * self-assessments), built like {@link EvaluationClient}: reads are retried, writes never are (a create carries an
 * Idempotency-Key, an in-place step an If-Match, so a repeat by the person is safe, a repeat by the client is not
 * needed). A refusal is a {@link ServiceProblemException} with the service's words; a service that does not answer
 * is {@link PeerCall#unavailable}. The ETag of each answer is in the request's {@link Etags}.
 */
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
        skipOn = ServiceProblemException.class)
@ApplicationScoped
public class WorkflowClient {

    public static final String SERVICE = EvaluationClient.SERVICE;
    static final long RETRY_AFTER_SECONDS = 30;

    private final String plan;
    private final MonitoringCyclesApi cycles;
    private final SubmissionsApi submissions;
    private final CorrectionsApi corrections;
    private final EvaluationsApi evaluations;
    private final SelfAssessmentsApi selfAssessments;
    private final EvaluationReportsApi reports;
    private final WorkbookUploadApi workbooks;

    public WorkflowClient(@ConfigProperty(name = "childplan.console.plan") String plan,
                          @RestClient MonitoringCyclesApi cycles, @RestClient SubmissionsApi submissions,
                          @RestClient CorrectionsApi corrections, @RestClient EvaluationsApi evaluations,
                          @RestClient SelfAssessmentsApi selfAssessments, @RestClient EvaluationReportsApi reports,
                          @RestClient WorkbookUploadApi workbooks) {
        this.plan = plan;
        this.cycles = cycles;
        this.submissions = submissions;
        this.corrections = corrections;
        this.evaluations = evaluations;
        this.selfAssessments = selfAssessments;
        this.reports = reports;
        this.workbooks = workbooks;
    }

    /** The plan the console works on (childplan.console.plan): configuration, not a call, so no fault tolerance. */
    @NoClassInterceptors
    public String plan() {
        return plan;
    }

    @Fallback(fallbackMethod = "cyclesUnavailable", skipOn = ServiceProblemException.class)
    public MonitoringCyclePage cycles() {
        return ServiceCall.answer(SERVICE, "the monitoring cycles", () -> cycles.listMonitoringCycles(plan, 0, 100));
    }

    private MonitoringCyclePage cyclesUnavailable(Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The monitoring cycles", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "cycleUnavailable", skipOn = ServiceProblemException.class)
    public MonitoringCycle cycle(int year) {
        return ServiceCall.answer(SERVICE, "the monitoring cycle", () -> cycles.getMonitoringCycle(plan, year));
    }

    private MonitoringCycle cycleUnavailable(int year, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The monitoring cycle", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "expectedReportsUnavailable", skipOn = ServiceProblemException.class)
    public ExpectedReportPage expectedReports(int year, String agency) {
        return ServiceCall.answer(SERVICE, "the expected reports", () -> cycles.listExpectedReports(plan, year, agency, 0, 500));
    }

    private ExpectedReportPage expectedReportsUnavailable(int year, String agency, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The expected reports", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "submissionsUnavailable", skipOn = ServiceProblemException.class)
    public SubmissionPage submissions(int year, String agency, SubmissionStatus status) {
        return ServiceCall.answer(SERVICE, "the submissions", () -> submissions.listSubmissions(plan, year, agency, 0, 500, status));
    }

    private SubmissionPage submissionsUnavailable(int year, String agency, SubmissionStatus status, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The submissions", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "submissionUnavailable", skipOn = ServiceProblemException.class)
    public Submission submission(int year, String code) {
        return ServiceCall.answer(SERVICE, "the submission", () -> submissions.getSubmission(code, plan, year));
    }

    private Submission submissionUnavailable(int year, String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The submission", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "observationsUnavailable", skipOn = ServiceProblemException.class)
    public ObservationPage observations(int year, String code) {
        return ServiceCall.answer(SERVICE, "the submission's rows", () -> submissions.listSubmissionObservations(code, plan, year, 0, 500));
    }

    private ObservationPage observationsUnavailable(int year, String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The submission's rows", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "completenessUnavailable", skipOn = ServiceProblemException.class)
    public Completeness completeness(int year) {
        return ServiceCall.answer(SERVICE, "the completeness", () -> cycles.getCompleteness(plan, year));
    }

    private Completeness completenessUnavailable(int year, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The completeness", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "correctionsUnavailable", skipOn = ServiceProblemException.class)
    public CorrectionPage corrections(int year) {
        return ServiceCall.answer(SERVICE, "the corrections", () -> corrections.listCorrections(plan, year, null, 0, 500));
    }

    private CorrectionPage correctionsUnavailable(int year, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The corrections", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "templateUnavailable", skipOn = ServiceProblemException.class)
    public File template(int year, String agency) {
        return ServiceCall.answer(SERVICE, "the Excel template", () -> submissions.getSubmissionTemplate(agency, plan, year));
    }

    private File templateUnavailable(int year, String agency, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The Excel template", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "evaluationsUnavailable", skipOn = ServiceProblemException.class)
    public EvaluationPage evaluations() {
        return ServiceCall.answer(SERVICE, "the evaluations", () -> evaluations.listEvaluations(plan, 0, 100, null));
    }

    private EvaluationPage evaluationsUnavailable(Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The evaluations", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "evaluationUnavailable", skipOn = ServiceProblemException.class)
    public Evaluation evaluation(String code) {
        return ServiceCall.answer(SERVICE, "the evaluation", () -> evaluations.getEvaluation(code, plan));
    }

    private Evaluation evaluationUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The evaluation", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "historyUnavailable", skipOn = ServiceProblemException.class)
    public EvaluationEventPage history(String code) {
        return ServiceCall.answer(SERVICE, "the evaluation's history", () -> evaluations.getEvaluationHistory(code, plan, 0, 500));
    }

    private EvaluationEventPage historyUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The evaluation's history", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "selfAssessmentsUnavailable", skipOn = ServiceProblemException.class)
    public SelfAssessmentPage selfAssessments(String code) {
        return ServiceCall.answer(SERVICE, "the self-assessments", () -> selfAssessments.listSelfAssessments(code, plan, 0, 500, null));
    }

    private SelfAssessmentPage selfAssessmentsUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The self-assessments", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "selfAssessmentUnavailable", skipOn = ServiceProblemException.class)
    public SelfAssessment selfAssessment(String code, String agency) {
        return ServiceCall.answer(SERVICE, "the self-assessment", () -> selfAssessments.getSelfAssessment(agency, code, plan));
    }

    private SelfAssessment selfAssessmentUnavailable(String code, String agency, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The self-assessment", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "ratingsUnavailable", skipOn = ServiceProblemException.class)
    public GoalRatingPage ratings(String code) {
        return ServiceCall.answer(SERVICE, "the goal ratings", () -> evaluations.listGoalRatings(code, plan, 0, 500));
    }

    private GoalRatingPage ratingsUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The goal ratings", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "reportUnavailable", skipOn = ServiceProblemException.class)
    public EvaluationReport report(String code) {
        return ServiceCall.answer(SERVICE, "the evaluation report", () -> reports.getEvaluationReport(code, plan, null));
    }

    private EvaluationReport reportUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The evaluation report", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "reportHtmlUnavailable", skipOn = ServiceProblemException.class)
    public File reportHtml(String code) {
        return ServiceCall.answer(SERVICE, "the evaluation report (HTML)", () -> reports.getEvaluationReportHtml(code, plan, null));
    }

    private File reportHtmlUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The evaluation report (HTML)", RETRY_AFTER_SECONDS, cause);
    }

    @Fallback(fallbackMethod = "feedbackUnavailable", skipOn = ServiceProblemException.class)
    public FeedbackPage feedback(String code) {
        return ServiceCall.answer(SERVICE, "the feedback", () -> reports.listFeedback(code, plan, 0, 500));
    }

    private FeedbackPage feedbackUnavailable(String code, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The feedback", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "openCycleUnavailable", skipOn = ServiceProblemException.class)
    public MonitoringCycle openCycle(MonitoringCycleInput input) {
        return ServiceCall.answer(SERVICE, "opening the cycle", () -> cycles.openMonitoringCycle(plan, input));
    }

    private MonitoringCycle openCycleUnavailable(MonitoringCycleInput input, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Opening the cycle", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "closeCycleUnavailable", skipOn = ServiceProblemException.class)
    public MonitoringCycle closeCycle(int year, String ifMatch, CycleCloseInput input) {
        return ServiceCall.answer(SERVICE, "closing the cycle", () -> cycles.closeMonitoringCycle(plan, year, ifMatch, input));
    }

    private MonitoringCycle closeCycleUnavailable(int year, String ifMatch, CycleCloseInput input, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Closing the cycle", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "createSubmissionUnavailable", skipOn = ServiceProblemException.class)
    public Submission createSubmission(int year, SubmissionInput input, String idempotencyKey) {
        return ServiceCall.answer(SERVICE, "the new submission", () -> submissions.createSubmission(plan, year, input, null, false, idempotencyKey));
    }

    private Submission createSubmissionUnavailable(int year, SubmissionInput input, String idempotencyKey, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The new submission", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "uploadWorkbookUnavailable", skipOn = ServiceProblemException.class)
    public Submission uploadWorkbook(int year, byte[] workbook, String idempotencyKey) {
        return ServiceCall.answer(SERVICE, "the uploaded workbook", () -> workbooks.upload(plan, year, workbook, idempotencyKey));
    }

    private Submission uploadWorkbookUnavailable(int year, byte[] workbook, String idempotencyKey, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The uploaded workbook", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "replaceWithWorkbookUnavailable", skipOn = ServiceProblemException.class)
    public Submission replaceWithWorkbook(int year, String code, byte[] workbook, String ifMatch) {
        return ServiceCall.answer(SERVICE, "the corrected workbook", () -> workbooks.replace(plan, year, code, workbook, ifMatch));
    }

    private Submission replaceWithWorkbookUnavailable(int year, String code, byte[] workbook, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The corrected workbook", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "replaceRowsUnavailable", skipOn = ServiceProblemException.class)
    public Submission replaceRows(int year, String code, ObservationsInput input, String ifMatch) {
        return ServiceCall.answer(SERVICE, "the corrected rows", () -> submissions.replaceSubmissionObservations(code, plan, year, ifMatch, input, false));
    }

    private Submission replaceRowsUnavailable(int year, String code, ObservationsInput input, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The corrected rows", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "submitUnavailable", skipOn = ServiceProblemException.class)
    public Submission submit(int year, String code, String ifMatch) {
        return ServiceCall.answer(SERVICE, "submitting", () -> submissions.submitSubmission(code, plan, year, ifMatch));
    }

    private Submission submitUnavailable(int year, String code, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Submitting", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "acceptUnavailable", skipOn = ServiceProblemException.class)
    public Submission accept(int year, String code, String ifMatch) {
        return ServiceCall.answer(SERVICE, "accepting", () -> submissions.acceptSubmission(code, plan, year, ifMatch));
    }

    private Submission acceptUnavailable(int year, String code, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Accepting", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "returnSubmissionUnavailable", skipOn = ServiceProblemException.class)
    public Submission returnSubmission(int year, String code, String reason, String ifMatch) {
        return ServiceCall.answer(SERVICE, "returning", () -> submissions.returnSubmission(code, plan, year, new ReturnInput().reason(reason), ifMatch));
    }

    private Submission returnSubmissionUnavailable(int year, String code, String reason, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Returning", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "correctUnavailable", skipOn = ServiceProblemException.class)
    public Correction correct(int year, CorrectionInput input) {
        return ServiceCall.answer(SERVICE, "the correction", () -> corrections.correctObservation(plan, year, input));
    }

    private Correction correctUnavailable(int year, CorrectionInput input, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The correction", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "createEvaluationUnavailable", skipOn = ServiceProblemException.class)
    public Evaluation createEvaluation(EvaluationInput input) {
        return ServiceCall.answer(SERVICE, "the new evaluation", () -> evaluations.createEvaluation(plan, input));
    }

    private Evaluation createEvaluationUnavailable(EvaluationInput input, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The new evaluation", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "actUnavailable", skipOn = ServiceProblemException.class)
    public Evaluation act(String code, String action, String comment, String ifMatch) {
        return ServiceCall.answer(SERVICE, "the evaluation's step", () -> evaluationAction(code, action, new WorkflowActionInput().comment(comment), ifMatch));
    }

    private Evaluation actUnavailable(String code, String action, String comment, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The evaluation's step", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "writeFindingsUnavailable", skipOn = ServiceProblemException.class)
    public Evaluation writeFindings(String code, FindingsInput input, String ifMatch) {
        return ServiceCall.answer(SERVICE, "the findings", () -> evaluations.writeEvaluationFindings(code, plan, ifMatch, input));
    }

    private Evaluation writeFindingsUnavailable(String code, FindingsInput input, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The findings", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "rateUnavailable", skipOn = ServiceProblemException.class)
    public GoalRating rate(String code, String goal, GoalRatingInput input) {
        return ServiceCall.answer(SERVICE, "the rating", () -> evaluations.rateGoal(code, goal, plan, input));
    }

    private GoalRating rateUnavailable(String code, String goal, GoalRatingInput input, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The rating", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "writeSelfAssessmentItemUnavailable", skipOn = ServiceProblemException.class)
    public SelfAssessment writeSelfAssessmentItem(String code, String agency, String goal, SelfAssessmentItemInput input, String ifMatch) {
        return ServiceCall.answer(SERVICE, "the self-assessment item", () -> selfAssessments.writeSelfAssessmentItem(agency, code, goal, plan, ifMatch, input));
    }

    private SelfAssessment writeSelfAssessmentItemUnavailable(String code, String agency, String goal, SelfAssessmentItemInput input, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "The self-assessment item", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "submitSelfAssessmentUnavailable", skipOn = ServiceProblemException.class)
    public SelfAssessment submitSelfAssessment(String code, String agency, String ifMatch) {
        return ServiceCall.answer(SERVICE, "submitting the self-assessment", () -> selfAssessments.submitSelfAssessment(agency, code, plan, ifMatch));
    }

    private SelfAssessment submitSelfAssessmentUnavailable(String code, String agency, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Submitting the self-assessment", RETRY_AFTER_SECONDS, cause);
    }

    @Timeout(15000)
    @Retry(maxRetries = 0)
    @Fallback(fallbackMethod = "returnSelfAssessmentUnavailable", skipOn = ServiceProblemException.class)
    public SelfAssessment returnSelfAssessment(String code, String agency, String reason, String ifMatch) {
        return ServiceCall.answer(SERVICE, "returning the self-assessment", () -> selfAssessments.returnSelfAssessment(agency, code, plan, new ReturnSelfAssessmentInput().reason(reason), ifMatch));
    }

    private SelfAssessment returnSelfAssessmentUnavailable(String code, String agency, String reason, String ifMatch, Throwable cause) {
        throw PeerCall.unavailable(SERVICE, "Returning the self-assessment", RETRY_AFTER_SECONDS, cause);
    }

    /** One step of the evaluation's workflow, by the path the service names in allowedActions. */
    private Evaluation evaluationAction(String code, String action, WorkflowActionInput input, String ifMatch) throws Exception {
        return switch (action) {
            case "approve-plan" -> evaluations.approveEvaluationPlan(code, plan, input, ifMatch);
            case "start-collecting" -> evaluations.startCollecting(code, plan, input, ifMatch);
            case "compile" -> evaluations.compileEvaluation(code, plan, input, ifMatch);
            case "submit-for-review" -> evaluations.submitEvaluationForReview(code, plan, input, ifMatch);
            case "approve" -> evaluations.approveEvaluation(code, plan, input, ifMatch);
            case "return" -> evaluations.returnEvaluation(code, plan, input, ifMatch);
            case "publish" -> evaluations.publishEvaluation(code, plan, input, ifMatch);
            default -> throw new ServiceProblemException(SERVICE, 400, null, "Unknown step " + action,
                    "未知的流程操作：" + action, java.util.List.of());
        };
    }
}
