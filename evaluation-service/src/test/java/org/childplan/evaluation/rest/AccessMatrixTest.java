package org.childplan.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.platform.testing.AccessMatrix.AUTHENTICATED;
import static org.childplan.platform.testing.AccessMatrix.EVERYONE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.AccessMatrix;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: the statistics bureau runs monitoring, agencies report their own data and self-assessments,
 * the evaluation group compiles, the leading group approves; published reports are public.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class AccessMatrixTest {

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    @Test
    void everyOperationAnswersEachRoleAsExpected() throws Exception {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (String read : new String[] {"listMonitoringCycles", "getMonitoringCycle", "listExpectedReports", "getCompleteness",
                "getAnnualReport", "getAnnualReportHtml", "getAnnualReportPdf", "getAnnualReportXlsx", "listSubmissions", "getSubmission",
                "listSubmissionObservations", "listCorrections",
                "listProgress", "listWarnings", "listEquityGaps", "exportObservations", "listEvaluations", "getEvaluation",
                "getEvaluationHistory", "listGoalRatings", "listNarratives", "listSelfAssessments", "getSelfAssessment",
                "leaveFeedback"}) {
            allowed.put(read, AUTHENTICATED);
        }
        for (String report : new String[] {"getEvaluationReport", "getEvaluationReportPdf", "getEvaluationReportXlsx",
                "getEvaluationReportHtml"}) {
            allowed.put(report, EVERYONE);
        }
        allowed.put("listPublishedReports", EVERYONE);
        // feedback without an account, and what of it is approved: anyone; its moderation: the committee office
        allowed.put("submitPublicFeedback", EVERYONE);
        allowed.put("listPublicFeedback", EVERYONE);
        Set<String> statistics = Set.of("statistics");
        Set<String> reporter = Set.of("reporter");
        Set<String> evaluator = Set.of("evaluator");
        Set<String> leadership = Set.of("leadership");
        for (String op : new String[] {"openMonitoringCycle", "closeMonitoringCycle", "acceptSubmission", "returnSubmission",
                "correctObservation"}) {
            allowed.put(op, statistics);
        }
        for (String op : new String[] {"createSubmission", "replaceSubmissionObservations", "addSubmissionObservation",
                "submitSubmission", "writeSelfAssessmentItem", "submitSelfAssessment"}) {
            allowed.put(op, reporter);
        }
        for (String op : new String[] {"createEvaluation", "updateEvaluationPlan", "startCollecting", "compileEvaluation",
                "submitEvaluationForReview", "writeEvaluationFindings", "rateGoal", "rewriteNarrative", "restoreNarrative",
                "returnSelfAssessment"}) {
            allowed.put(op, evaluator);
        }
        for (String op : new String[] {"approveEvaluationPlan", "approveEvaluation", "returnEvaluation"}) {
            allowed.put(op, leadership);
        }
        allowed.put("publishEvaluation", Set.of("leadership", "evaluator"));
        allowed.put("listFeedback", Set.of("evaluator", "leadership", "admin"));
        // the year's package for the committee one level up: the statistics bureau sends it, the leading group reads it
        allowed.put("getUpwardPackage", Set.of("statistics", "leadership", "admin"));
        // department scorecards: the leading group and the committee office (which leads the evaluation group), and admins
        allowed.put("listScorecards", Set.of("leadership", "evaluator", "admin"));
        allowed.put("getScorecard", Set.of("leadership", "evaluator", "admin"));
        // an agency's Excel template: its own reporters (another agency's get 403), the statistics bureau, admin
        allowed.put("getSubmissionTemplate", Set.of("statistics", "reporter", "admin"));
        for (String op : new String[] {"listPublicFeedbackForModeration", "getPublicFeedback", "approvePublicFeedback",
                "rejectPublicFeedback"}) {
            allowed.put(op, evaluator);
        }
        for (String op : new String[] {"listAuditEvents", "listWebhookAllowedHosts", "allowWebhookHost", "removeWebhookHost",
                "listWebhooks", "createWebhook", "getWebhook", "deactivateWebhook", "listWebhookDeliveries"}) {
            allowed.put(op, Set.of("admin"));
        }
        assertThat(AccessMatrix.check(allowed, Map.of("planCode", "TEST-ACCESS", "year", "2023",
                "code", "MIDTERM-2023", "agencyCode", "health-bureau", "goalCode", "HEALTH-4", "domainCode", "HEALTH", "host",
                "unlisted.example", "feedbackCode", "PF-NONE"), "health-bureau")).isEmpty();
    }
}
