package org.childplan.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.childplan.evaluation.PeerServicesStub;
import org.childplan.platform.testing.PostgresTestResource;
import org.childplan.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drafted narratives of an evaluation report: drafted per domain from the frozen data, rewritten and restored by
 * the evaluation group while compiling, and sealed as they stand.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PeerServicesStub.class)
class NarrativeEditingTest {

    /** HEALTH-3c of Monitoring.planWithMortalitySeries: 10.0, 9.6, 9.3, 9.0‰ in 2020–2023, against ≤6‰. */
    private static final String UNDER_FIVE_MORTALITY = "5岁以下儿童死亡率为9.0‰（2023年），比2020年下降1.0个千分点，"
            + "比上年下降0.3个千分点，距≤6‰的目标还差3.0个千分点，评估为“进展有限”。";
    private static final String REWRITE = "本领域主要指标总体向好，5岁以下儿童死亡率为9.0‰（2023年），距≤6‰的目标还差3.0个千分点。";

    @BeforeAll
    static void actAsEveryRole() {
        Tokens.actAs("health-bureau", "statistics", "reporter", "evaluator", "leadership", "viewer", "admin");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void forgetToken() {
        Tokens.anonymous();
    }

    @Test
    void draftsANarrativePerDomainThatTheGroupRewritesRestoresAndSealsWithTheReport() {
        String plan = Monitoring.planWithMortalitySeries();
        String code = Evaluations.compiled(plan);
        String evaluation = Evaluations.path(plan, code);
        String health = evaluation + "/narratives/HEALTH";

        // the draft report carries one drafted narrative per domain, with the expected sentence for a known indicator
        String draft = given().accept("application/json").get(evaluation + "/report").then().statusCode(200)
                .body("narratives", hasSize(7))
                .body("narratives.domainCode[0]", equalTo("HEALTH"))
                .body("narratives.edited.unique()", equalTo(java.util.List.of(false)))
                .body("narratives.find { it.domainCode == 'HEALTH' }.textZh", containsString(UNDER_FIVE_MORTALITY))
                .body("narratives.find { it.domainCode == 'HEALTH' }.textZh",
                        containsString("5岁以下儿童死亡率的城乡差距由2020年的5.0个千分点缩小到2023年的4.0个千分点。"))
                .extract().path("narratives.find { it.domainCode == 'HEALTH' }.textZh");
        given().get(evaluation + "/narratives").then().statusCode(200)
                .body("items", hasSize(7))
                .body("items[0].domainNameZh", equalTo("儿童与健康"))
                .body("items[0].draftZh", equalTo(draft))
                .body("items[0].textZh", equalTo(draft))
                .body("items[0].edited", equalTo(false));

        // an update without If-Match is refused as every in-place update is; a stale one too
        given().contentType("application/json").body(Map.of("textZh", REWRITE)).put(health).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:childplan:problem:precondition-required"));
        given().contentType("application/json").body(Map.of("textZh", REWRITE)).header("If-Match", "\"999\"").put(health)
                .then().statusCode(412).contentType("application/problem+json");
        // a text beyond the cap, an empty one, and a domain the catalogue does not have are the client's mistakes
        String etag = Monitoring.etag(evaluation);
        given().contentType("application/json").body(Map.of("textZh", "字".repeat(20_001))).header("If-Match", etag)
                .put(health).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("textZh"));
        given().contentType("application/json").body(Map.of("textZh", " ")).header("If-Match", etag)
                .put(health).then().statusCode(400).body("errors[0].field", containsString("textZh"));
        given().contentType("application/json").body(Map.of("textZh", REWRITE)).header("If-Match", etag)
                .put(evaluation + "/narratives/SPORTS").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("domainCode"));

        // the group rewrites the health domain: the report carries the rewrite, marked edited; the ETag moves on
        String rewritten = given().contentType("application/json").body(Map.of("textZh", REWRITE)).header("If-Match", etag)
                .put(health).then().statusCode(200)
                .body("domainCode", equalTo("HEALTH"))
                .body("textZh", equalTo(REWRITE))
                .body("draftZh", equalTo(draft))
                .body("edited", equalTo(true))
                .body("editedBy", not(nullValue()))
                .extract().header("ETag");
        assertThat(rewritten).isNotEqualTo(etag).isEqualTo(Monitoring.etag(evaluation));
        given().contentType("application/json").body(Map.of("textZh", "又改了。")).header("If-Match", etag).put(health)
                .then().statusCode(412);
        given().accept("application/json").get(evaluation + "/report").then()
                .body("narratives.find { it.domainCode == 'HEALTH' }.textZh", equalTo(REWRITE))
                .body("narratives.find { it.domainCode == 'HEALTH' }.edited", equalTo(true))
                .body("narratives.find { it.domainCode == 'SAFETY' }.edited", equalTo(false));

        // and goes back to the draft
        given().header("If-Match", rewritten).delete(health).then().statusCode(200)
                .body("textZh", equalTo(draft))
                .body("edited", equalTo(false))
                .body("editedBy", nullValue());
        given().accept("application/json").get(evaluation + "/report").then()
                .body("narratives.find { it.domainCode == 'HEALTH' }.textZh", equalTo(draft))
                .body("narratives.find { it.domainCode == 'HEALTH' }.edited", equalTo(false));
        given().delete(health).then().statusCode(428);

        // rewritten again and sealed: the sealed report holds the rewrite, and it no longer changes
        given().contentType("application/json").body(Map.of("textZh", REWRITE)).header("If-Match", Monitoring.etag(evaluation))
                .put(health).then().statusCode(200);
        Evaluations.act(plan, code, "evaluator", "submit-for-review", null);
        String sealed = given().accept("application/json").get(evaluation + "/report").then().statusCode(200)
                .body("draft", equalTo(false))
                .body("reportChecksum", not(nullValue()))
                .body("narratives.find { it.domainCode == 'HEALTH' }.textZh", equalTo(REWRITE))
                .body("narratives.find { it.domainCode == 'HEALTH' }.edited", equalTo(true))
                .body("narratives.find { it.domainCode == 'SAFETY' }.edited", equalTo(false))
                .extract().asString();
        given().contentType("application/json").body(Map.of("textZh", "封存后再改。"))
                .header("If-Match", Monitoring.etag(evaluation)).put(health).then().statusCode(409)
                .contentType("application/problem+json");
        given().header("If-Match", Monitoring.etag(evaluation)).delete(health).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(given().accept("application/json").get(evaluation + "/report").then().extract().asString())
                .isEqualTo(sealed);
    }
}
