package org.childplan.agency.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.platform.testing.AccessMatrix.AUTHENTICATED;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.AccessMatrix;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may call what: every authenticated role reads the matrix; only admins change it or read the audit trail. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class AccessMatrixTest {

    @BeforeAll
    static void noDefaultToken() {
        Tokens.anonymous();
    }

    @Test
    void everyOperationAnswersEachRoleAsExpected() throws Exception {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (String read : new String[] {"listAgencies", "lookupAgency", "getAgency", "getAgencyResponsibilities",
                "listGovernanceBodies", "getGovernanceBody", "listAssignments", "getAssignment", "getIndicatorResponsibilities",
                "getResponsibleAgencies", "getResponsibilityMatrix", "getResponsibilityMatrixXlsx",
                "getResponsibilityMatrixCsv", "getResponsibilityDocumentSchema"}) {
            allowed.put(read, AUTHENTICATED);
        }
        for (String write : new String[] {"createAgency", "updateAgency", "createAssignment", "updateAssignment",
                "importResponsibilities", "listAuditEvents"}) {
            allowed.put(write, Set.of("admin"));
        }
        assertThat(AccessMatrix.check(allowed, Map.of("planCode", "CN-430482-CHILDREN-2021-2025", "agencyCode", "health-bureau",
                "bodyCode", "monitoring-group", "assignmentCode", "HEALTH.LEAD.health-bureau.2021-01-01",
                "indicatorCode", "HEALTH-3a"), "health-bureau")).isEmpty();
    }
}
