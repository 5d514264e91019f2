package org.childplan.console.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.childplan.console.security.DevSignIn;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * What every page's layout needs about the current request: the language (Chinese unless ?lang=en or the lang cookie
 * says English), the link that switches it, and who is signed in. Templates reach it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class Page {

    /** The cookie that keeps the chosen language; ?lang=zh|en sets it (LanguageCookie). */
    public static final String LANG_COOKIE = "childplan-lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private final HttpServerRequest request;
    private final RoutingContext routing;
    private final CurrentIdentityAssociation identities;
    private SecurityIdentity identity;
    private final DevSignIn devSignIn;

    public Page(RoutingContext routing, CurrentIdentityAssociation identities, DevSignIn devSignIn) {
        this.routing = routing;
        this.request = routing.request();
        this.identities = identities;
        this.devSignIn = devSignIn;
    }

    /** English when asked for by ?lang=en or, without it, by the lang cookie; Chinese otherwise. */
    public boolean en() {
        String asked = request.getParam("lang");
        if (asked != null) {
            return asked.equals("en");
        }
        Cookie cookie = request.getCookie(LANG_COOKIE);
        return cookie != null && cookie.getValue().equals("en");
    }

    public Locale locale() {
        return en() ? Locale.ENGLISH : CHINESE;
    }

    /** The html element's lang attribute. */
    public String htmlLang() {
        return en() ? "en" : "zh-CN";
    }

    /** This page in the other language (the lang parameter set, the rest of the query kept). */
    public String otherLanguageUrl() {
        StringBuilder url = new StringBuilder(request.path()).append("?lang=").append(en() ? "zh" : "en");
        request.params().forEach(param -> {
            if (!param.getKey().equals("lang")) {
                url.append('&').append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            }
        });
        return url.toString();
    }

    /** The path and query of this request, for a sign-in that should come back here. */
    public String here() {
        return request.uri();
    }

    /** Picks the Chinese or the English of a pair of labels, as the services' …Zh / … fields come. */
    public String pick(String zh, String en) {
        if (en() && en != null && !en.isBlank()) {
            return en;
        }
        return zh != null && !zh.isBlank() ? zh : en;
    }

    public boolean signedIn() {
        return !identity().isAnonymous();
    }

    /** The signed-in person's name (the token's upn or sub). */
    public String userName() {
        return identity().isAnonymous() ? "" : identity().getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity().getRoles());
    }

    public boolean hasRole(String role) {
        return identity().hasRole(role);
    }

    /**
     * The agency of the signed-in person (the agency claim, as the services read it); null when none. With OpenID
     * Connect it is read from the access token, the one the console forwards to the services, not from the ID token
     * (the principal): the console shows the agency the services will act for.
     */
    public String agency() {
        if (identity().isAnonymous()) {
            return null;
        }
        Object claim = serviceTokenClaim(identity(), "agency");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    private static Object serviceTokenClaim(SecurityIdentity identity, String name) {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access != null && access.getToken() != null) {
            try {
                // quarkus-oidc has verified this token already (quarkus.oidc.roles.source=accesstoken): only read it
                return new JwtConsumerBuilder().setSkipSignatureVerification().setSkipAllValidators()
                        .setDisableRequireSignature().build().processToClaims(access.getToken()).getClaimValue(name);
            } catch (InvalidJwtException notAJwt) {
                return null;
            }
        }
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
    }

    /** The form field that carries the CSRF token (quarkus.rest-csrf.form-field-name). */
    public String csrfField() {
        return "csrf-token";
    }

    /**
     * The CSRF token for this page's forms and htmx requests: the one the CSRF filter set for this request, or, on a
     * page the filter never saw (an error page for an unknown path), the token of the browser's CSRF cookie.
     */
    public String csrfToken() {
        Object token = routing.get("csrf_token") != null ? routing.get("csrf_token") : routing.get("csrf-token");
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = request.getCookie("childplan-csrf");
        return cookie == null ? "" : cookie.getValue();
    }

    /** Whether sign-in is the development page (roles listed, dev key) rather than the identity provider. */
    public boolean devSignIn() {
        return devSignIn.enabled();
    }

    /**
     * Who is signed in. Pages run on worker threads, where the (lazy) identity may be resolved; an error page for an
     * unknown path is rendered on the event loop, where it may not: there only an identity already resolved counts.
     */
    private SecurityIdentity identity() {
        if (identity == null) {
            if (routing.user() instanceof QuarkusHttpUser user) {
                identity = user.getSecurityIdentity();
            } else if (!Context.isOnEventLoopThread()) {
                try {
                    identity = identities.getIdentity();
                } catch (AuthenticationFailedException unreadableSession) {
                    // the page still renders (sign-in, an error page): the person is a visitor until signed in again
                    identity = ANONYMOUS;
                }
            } else {
                identity = ANONYMOUS;
            }
        }
        return identity;
    }

    private static final SecurityIdentity ANONYMOUS = io.quarkus.security.runtime.QuarkusSecurityIdentity.builder()
            .setAnonymous(true).setPrincipal(new io.quarkus.security.runtime.QuarkusPrincipal("")).build();

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
