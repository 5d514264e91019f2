package org.childplan.evaluation.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.childplan.platform.testing.CheckedInContractChecks;
import org.childplan.platform.testing.PostgresTestResource;

/** The served contract is the one checked in at src/main/openapi/openapi.yaml. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OpenApiContractTest extends CheckedInContractChecks {
}
