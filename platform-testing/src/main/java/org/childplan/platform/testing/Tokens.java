package org.childplan.platform.testing;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the development key as deploy/mint-token.sh signs them.
 * {@link #actAs(String)} makes a role the default for a test class's requests.
 */
public final class Tokens {

    private static final String KEY = "security/dev-private-key.pem";

    private Tokens() {
    }

    public static String of(String role) {
        return of(role, null);
    }

    /** A token for one role; reporters also carry the agency they belong to. */
    public static String of(String role, String agency) {
        return of(Set.of(role), agency);
    }

    /** A token for a person holding several roles (and belonging to an agency, when given). */
    public static String of(Set<String> roles, String agency) {
        var builder = Jwt.issuer("childplan-dev")
                .upn("test-" + String.join("-", new java.util.TreeSet<>(roles)) + (agency == null ? "" : "-" + agency))
                .groups(roles).expiresIn(3600);
        if (agency != null) {
            builder.claim("agency", agency);
        }
        return builder.jws().keyId("childplan-dev").sign(KEY);
    }

    /** A token for one role issued at the given time and good for an hour from then, to test how issue times are checked. */
    public static String issuedAt(String role, Instant issuedAt) {
        return Jwt.issuer("childplan-dev").upn("test-" + role).groups(Set.of(role))
                .issuedAt(issuedAt).expiresAt(issuedAt.plusSeconds(3600))
                .jws().keyId("childplan-dev").sign(KEY);
    }

    /** Request specification carrying the role's token (it replaces any default set with {@link #actAs}). */
    public static RequestSpecification as(String role) {
        return as(role, null);
    }

    public static RequestSpecification as(String role, String agency) {
        return new RequestSpecBuilder().setAuth(RestAssured.oauth2(of(role, agency))).build();
    }

    /** Sends every request of the calling test class with this role's token, until {@link #anonymous()}. */
    public static void actAs(String role) {
        RestAssured.authentication = RestAssured.oauth2(of(role));
    }

    /** Sends every request of the calling test class as one person holding all these roles. */
    public static void actAs(String agency, String... roles) {
        RestAssured.authentication = RestAssured.oauth2(of(Set.of(roles), agency));
    }

    public static void anonymous() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }
}
