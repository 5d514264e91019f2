package org.childplan.console.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import org.childplan.console.client.evaluation.model.Evaluation;
import org.childplan.console.web.workflow.EvaluationGroupResource;
import org.junit.jupiter.api.Test;

/** One button per step: those the service allows now (allowedActions) that the signed-in person's role takes. */
class StepButtonsTest {

    @Test
    void onlyTheStepsTheServiceAllowsAndTheRoleTakesAreOffered() {
        Evaluation underReview = new Evaluation().allowedActions(List.of("approve", "return"));
        assertThat(resourceFor("leadership").steps(underReview)).containsExactly("approve", "return");
        assertThat(resourceFor("evaluator").steps(underReview)).isEmpty();
        Evaluation approved = new Evaluation().allowedActions(List.of("publish"));
        assertThat(resourceFor("evaluator").steps(approved)).containsExactly("publish");
        Evaluation compiling = new Evaluation().allowedActions(List.of("submit-for-review"));
        assertThat(resourceFor("leadership").steps(compiling)).as("not the evaluator's step").isEmpty();
    }

    private static EvaluationGroupResource resourceFor(String role) {
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("dev-" + role)).addRole(role).build();
        return new EvaluationGroupResource(null, null, null, null, identity);
    }
}
