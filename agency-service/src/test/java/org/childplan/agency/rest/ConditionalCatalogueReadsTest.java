package org.childplan.agency.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.childplan.agency.IndicatorServiceStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** agency-service revalidates the catalogue it read last (If-None-Match) instead of fetching it again. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = IndicatorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ConditionalCatalogueReadsTest {

    @BeforeAll
    static void actAsAdmin() {
        Tokens.actAs("admin");
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @IndicatorServiceStub.Inject
    WireMockServer indicatorService;

    @AfterEach
    void restore() {
        IndicatorServiceStub.reset(indicatorService);
    }

    @Test
    void repeatedReadsOfAnUnchangedCatalogueFetchItOnce() {
        String plan = TestData.plan();
        String url = IndicatorServiceStub.catalogueUrl(plan);
        indicatorService.stubFor(get(IndicatorServiceStub.catalogue(plan)).atPriority(2).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"a1\"")
                .withBody(IndicatorServiceStub.catalogueBody(plan))));
        indicatorService.stubFor(get(IndicatorServiceStub.catalogue(plan)).atPriority(1)
                .withHeader("If-None-Match", equalTo("\"a1\"")).willReturn(aResponse().withStatus(304).withHeader("ETag", "\"a1\"")));

        String first = given().get("/api/v1/plans/" + plan + "/responsibility-matrix").then().statusCode(200).extract().asString();
        for (int i = 0; i < 4; i++) {
            assertThat(given().get("/api/v1/plans/" + plan + "/responsibility-matrix").then().statusCode(200).extract().asString())
                    .isEqualTo(first);
        }

        List<LoggedRequest> reads = indicatorService.findAll(getRequestedFor(IndicatorServiceStub.catalogue(plan)));
        assertThat(reads).as(url).isNotEmpty();
        assertThat(reads.stream().filter(r -> !r.containsHeader("If-None-Match"))).hasSize(1);
        assertThat(reads.stream().filter(r -> r.containsHeader("If-None-Match")))
                .hasSize(reads.size() - 1).allSatisfy(r -> assertThat(r.getHeader("If-None-Match")).isEqualTo("\"a1\""));
    }
}
