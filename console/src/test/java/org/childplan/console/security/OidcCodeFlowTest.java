package org.childplan.console.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.build.Jwt;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in, the OpenID Connect authorization code flow, against an identity provider on loopback
 * (quarkus-test-oidc-server's WireMock: discovery, JWKS, an authorize endpoint with its login form, a token endpoint,
 * whose answer each test sets to the tokens of the person signing in). A browser is played by hand, one redirect at a
 * time: a protected page sends the visitor to sign-in, the provider, back with a code, and on to the page asked for;
 * the role and the agency come from the access token's groups and agency claims, and that token, forwarded to the
 * services, verifies as the services verify it (their MP_JWT_VERIFY_* pointing at the provider's JWKS and issuer).
 */
@QuarkusTest
@TestProfile(OidcCodeFlowTest.OidcOn.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcCodeFlowTest {

    /** The OIDC tenant on and the development sign-in off, as in production; the services are this WireMock too. */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.oidc.tenant-enabled", "true"),
                    Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
                    Map.entry("quarkus.oidc.client-id", CLIENT_ID),
                    Map.entry("quarkus.oidc.credentials.secret", "secret"),
                    Map.entry("quarkus.http.auth.permission.oidc-login.enabled", "true"),
                    Map.entry("childplan.console.dev-sign-in", "false"),
                    Map.entry("quarkus.rest-client.indicator-service.url", "${keycloak.url}/services/indicator"),
                    Map.entry("quarkus.rest-client.agency-service.url", "${keycloak.url}/services/agency"),
                    Map.entry("quarkus.rest-client.evaluation-service.url", "${keycloak.url}/services/evaluation"));
        }
    }

    private static final String CLIENT_ID = "childplan-console";
    /** The key of quarkus-test-oidc-server's provider (kid 1), published in its JWKS. */
    private static final String PROVIDER_KEY = "privateKey.jwk";
    private static final Pattern HIDDEN = Pattern.compile("id=\"(state|redirect_uri)\" name=\"\\1\" value=\"([^\"]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern ISSUER = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]+)\"");

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/agency")
    URI agencyPage;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void servicesAnswerWithNothingToDo() {
        // every list the agency page asks the services for is empty: no open cycle, no self-assessment
        provider.stubFor(get(urlPathMatching("/auth/services/.*")).willReturn(okJson("{\"items\": [], \"total\": 0}")));
        provider.resetRequests();
    }

    @Test
    void aReporterSignsInAtTheProviderAndLandsOnTheAgencyPageWithTheRoleAndAgencyOfTheAccessToken() throws Exception {
        String accessToken = accessToken("zhang.wei", Set.of("reporter"), "health-bureau");
        providerAnswers(accessToken, idToken("zhang.wei"));

        List<URI> walk = new ArrayList<>();
        HttpResponse<String> loginForm = follow(agencyPage, walk);
        assertThat(walk).as("the visitor is sent to sign-in, then to the identity provider")
                .extracting(URI::getPath)
                .containsExactly("/agency", "/sign-in", "/sign-in/oidc", "/auth/realms/quarkus");
        assertThat(walk.get(3).getPort()).as("the provider is not the console").isEqualTo(provider.port());
        assertThat(walk.get(3).getQuery()).contains("response_type=code", "client_id=" + CLIENT_ID,
                "redirect_uri=" + agencyPage.resolve("/sign-in/oidc"));

        walk.clear();
        HttpResponse<String> landed = follow(signIn(loginForm.body()), walk);
        assertThat(walk).as("back from the provider with a code, then on to the page asked for").extracting(URI::getPath)
                .containsExactly("/login", "/sign-in/oidc", "/sign-in/oidc", "/agency");
        assertThat(walk.get(1).getQuery()).contains("code=");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("当前用户：zhang.wei", "当前机构：health-bureau", "href=\"/agency\"",
                "action=\"/sign-out\"");

        HttpResponse<String> again = browser.send(page(agencyPage), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the session holds: the next visit needs no provider").isEqualTo(200);
        assertThat(again.body()).contains("当前机构：health-bureau");

        List<String> forwarded = provider.findAll(anyRequestedFor(urlPathMatching("/auth/services/.*"))).stream()
                .map(r -> r.getHeader("Authorization")).distinct().toList();
        assertThat(forwarded).as("every call to the services carries the access token").containsExactly("Bearer " + accessToken);
        JsonWebToken asTheServicesReadIt = new DefaultJWTParser(new JWTAuthContextInfo(
                provider.baseUrl() + "/auth/realms/quarkus/protocol/openid-connect/certs", issuer())).parse(accessToken);
        assertThat(asTheServicesReadIt.getGroups()).containsExactly("reporter");
        assertThat(asTheServicesReadIt.<Object>getClaim("agency").toString().replace("\"", "")).isEqualTo("health-bureau");
    }

    @Test
    void signingOutEndsTheOidcSessionSoTheAgencyPageSendsToSignInAgain() throws Exception {
        providerAnswers(accessToken("wang.fang", Set.of("reporter"), "education-bureau"), idToken("wang.fang"));
        HttpResponse<String> landed = follow(signIn(follow(agencyPage, new ArrayList<>()).body()), new ArrayList<>());
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(sessionCookies()).as("split tokens: the ID token, the access token, each in its cookie")
                .contains("q_session", "q_session_at");

        Matcher csrf = CSRF.matcher(landed.body());
        assertThat(csrf.find()).as("the sign-out form's CSRF token").isTrue();
        HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(agencyPage.resolve("/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + encode(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(sessionCookies()).as("no OIDC session cookie is left behind").isEmpty();

        HttpResponse<String> after = browser.send(page(agencyPage), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void someoneWithoutTheReporterRoleGetsThe403PageOnTheAgencyPageNotA500() throws Exception {
        providerAnswers(accessToken("li.na", Set.of("viewer"), null), idToken("li.na"));

        HttpResponse<String> loginForm = follow(agencyPage, new ArrayList<>());
        List<URI> walk = new ArrayList<>();
        HttpResponse<String> refused = follow(signIn(loginForm.body()), walk);

        assertThat(walk.get(walk.size() - 1).getPath()).isEqualTo("/agency");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("没有权限查看此页面。", "您当前的角色：查阅人员", "当前用户：li.na")
                .doesNotContain("href=\"/agency\"");
    }

    @Test
    void theSignInLinkGoesToTheProviderWhenTheDevelopmentSignInIsOff() throws Exception {
        List<URI> walk = new ArrayList<>();
        HttpResponse<String> loginForm = follow(agencyPage.resolve("/sign-in"), walk);
        assertThat(walk).extracting(URI::getPath).containsExactly("/sign-in", "/sign-in/oidc", "/auth/realms/quarkus");
        assertThat(loginForm.body()).contains("name=\"state\"");
    }

    /** What the provider's token endpoint answers for the code the console exchanges. */
    private void providerAnswers(String accessToken, String idToken) {
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(okJson("{\"access_token\": \"" + accessToken + "\", \"id_token\": \"" + idToken
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
    }

    /** The access token as the identity provider must issue it: groups (the roles) and, for agency staff, agency. */
    private String accessToken(String user, Set<String> roles, String agency) {
        var claims = Jwt.issuer(issuer()).subject(user).upn(user).groups(roles).expiresIn(300);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims.jws().keyId("1").sign(PROVIDER_KEY);
    }

    /** The ID token carries no roles and no agency: the console reads them from the access token. */
    private String idToken(String user) {
        return Jwt.issuer(issuer()).subject(user).preferredUserName(user).audience(CLIENT_ID).expiresIn(300)
                .jws().keyId("1").sign(PROVIDER_KEY);
    }

    private String issuer() {
        try {
            String discovery = browser.send(HttpRequest.newBuilder(URI.create(provider.baseUrl()
                    + "/auth/realms/quarkus/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher issuer = ISSUER.matcher(discovery);
            assertThat(issuer.find()).as("the provider's discovery names its issuer").isTrue();
            return issuer.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person signs in on the provider's form, which sends them back to the console with a code. */
    private URI signIn(String loginForm) {
        Matcher fields = HIDDEN.matcher(loginForm);
        String state = null;
        String redirectUri = null;
        while (fields.find()) {
            String value = fields.group(2).replace("&#x3D;", "=").replace("&amp;", "&");
            if (fields.group(1).equals("state")) {
                state = value;
            } else {
                redirectUri = value;
            }
        }
        assertThat(state).as("the provider's form carries the console's state").isNotBlank();
        assertThat(redirectUri).isEqualTo(agencyPage.resolve("/sign-in/oidc").toString());
        return URI.create(provider.baseUrl() + "/login?username=alice&password=alice&state=" + encode(state)
                + "&redirect_uri=" + encode(redirectUri));
    }

    /** Follows redirects as a browser does, recording each address; returns the first answer that is not one. */
    private HttpResponse<String> follow(URI start, List<URI> walk) throws Exception {
        URI at = start;
        for (int hop = 0; hop < 10; hop++) {
            walk.add(at);
            HttpResponse<String> answer = browser.send(page(at), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 3) {
                return answer;
            }
            at = at.resolve(answer.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("more than 10 redirects: " + walk);
    }

    /** The OIDC session cookies the browser holds for the console. */
    private List<String> sessionCookies() {
        return cookies.getCookieStore().get(agencyPage).stream().map(HttpCookie::getName)
                .filter(name -> name.startsWith("q_session")).toList();
    }

    private static HttpRequest page(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
