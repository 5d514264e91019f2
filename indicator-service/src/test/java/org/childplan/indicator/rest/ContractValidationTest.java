package org.childplan.indicator.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.childplan.platform.testing.ContractValidation;
import org.junit.jupiter.api.Test;

/** The check every test's answers go through tells an answer the contract describes from one it does not. */
class ContractValidationTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String PLAN = "{\"code\": \"CN-1\", \"titleZh\": \"规划\", \"jurisdictionCode\": \"430482\","
            + " \"jurisdictionZh\": \"常宁市\", \"periodStart\": 2021, \"periodEnd\": 2025";

    @Test
    void acceptsAnAnswerOfTheDescribedShape() {
        assertThat(ContractValidation.violations("GET", "/api/v1/plans/CN-1", 200, "application/json",
                json(PLAN + "}"))).isEmpty();
        assertThat(ContractValidation.violations("GET", "/api/v1/plans/CN-1", 404, "application/problem+json",
                json("{\"type\": \"urn:childplan:problem:not-found\", \"title\": \"Resource not found\", \"status\": 404,"
                        + " \"detail\": \"No plan CN-1\", \"detailZh\": \"规划不存在\", \"instance\": \"/api/v1/plans/CN-1\","
                        + " \"requestId\": \"r-1\"}")))
                .isEmpty();
    }

    @Test
    void refusesAnAnswerWithoutAPropertyTheContractRequires() {
        assertThat(ContractValidation.violations("GET", "/api/v1/plans/CN-1", 200, "application/json",
                json("{\"code\": \"CN-1\", \"titleZh\": \"规划\"}"))).contains("getPlan").contains("required");
    }

    @Test
    void refusesAPropertyOfAnotherType() {
        assertThat(ContractValidation.violations("GET", "/api/v1/plans/CN-1", 200, "application/json",
                json("{\"code\": 7}"))).contains("getPlan").contains("code");
    }

    @Test
    void refusesANullWhereTheContractTypesAValue() {
        assertThat(ContractValidation.violations("GET", "/api/v1/plans/CN-1", 200, "application/json",
                json(PLAN + ", \"titleEn\": null}"))).contains("titleEn");
    }

    @Test
    void refusesAStatusTheOperationDoesNotList() {
        assertThat(ContractValidation.violations("GET", "/api/v1/plans/CN-1", 418, "application/problem+json",
                json("{\"status\": 418}"))).contains("HTTP 418");
    }
}
