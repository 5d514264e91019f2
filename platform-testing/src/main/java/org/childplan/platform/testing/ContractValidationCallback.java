package org.childplan.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Turns {@link ContractValidation} on for every {@code @QuarkusTest} of every service, without a line in each. */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidation.install();
    }
}
