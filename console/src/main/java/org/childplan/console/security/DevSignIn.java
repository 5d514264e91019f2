package org.childplan.console.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childplan.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development sign-in: a token for a chosen role (and agency) minted with the dev key, with exactly the claims of
 * deploy/mint-token.sh (iss childplan-dev, kid childplan-dev, groups, agency, upn and sub). Only where the dev key is
 * allowed, by the services' rule: never in the prod profile unless CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true says so.
 */
@ApplicationScoped
public class DevSignIn {

    /** The roles the services know (docs/security.md), in the order the sign-in page lists them. */
    public static final List<String> ROLES = List.of("reporter", "statistics", "evaluator", "leadership", "viewer", "admin");
    /** The HttpOnly cookie holding the dev sign-in's token; SmallRye JWT reads it (mp.jwt.token.cookie). */
    public static final String SESSION_COOKIE = "childplan-session";
    public static final Duration LIFETIME = Duration.ofHours(8);
    /** Who reads the agency list for the sign-in page (never a visitor's token: they have none yet). */
    static final String AGENCY_LIST_READER = "dev-sign-in-page";

    private final boolean enabled;
    private final Optional<String> keyLocation;
    private volatile PrivateKey key;

    public DevSignIn(@ConfigProperty(name = "childplan.console.dev-sign-in", defaultValue = "false") boolean enabled,
                     @ConfigProperty(name = "childplan.console.dev-private-key") Optional<String> keyLocation) {
        this.enabled = enabled;
        this.keyLocation = keyLocation;
    }

    void check(@Observes StartupEvent event,
               @ConfigProperty(name = "childplan.security.allow-dev-key", defaultValue = "false") boolean allowDevKey) {
        boolean prod = LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod");
        if (enabled && prod && !allowDevKey) {
            throw new IllegalStateException("The development sign-in (CHILDPLAN_CONSOLE_DEV_SIGN_IN=true) is refused in the prod "
                    + "profile: configure OpenID Connect (docs/console.md), or set CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true for a local run");
        }
        if (enabled && keyLocation.isEmpty()) {
            throw new IllegalStateException("The development sign-in needs the dev private key: set CHILDPLAN_CONSOLE_DEV_PRIVATE_KEY "
                    + "to deploy/dev-keys/dev-private-key.pem");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** A token for one role, with the agency for agency staff, as deploy/mint-token.sh mints it. */
    public String mint(String role, String agency) {
        if (!enabled) {
            throw new IllegalStateException("the development sign-in is off");
        }
        String subject = "dev-" + role + (agency == null ? "" : "-" + agency);
        var claims = Jwt.issuer("childplan-dev").subject(subject).upn(subject).groups(Set.of(role)).expiresIn(LIFETIME);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims.jws().keyId("childplan-dev").sign(key());
    }

    /**
     * A token for the sign-in page's own reading of the agency list, which agency-service gives only to signed-in
     * callers: the read-only viewer role, no agency, one minute; used for that one call, never given to the visitor.
     */
    public String mintAgencyListReader() {
        if (!enabled) {
            throw new IllegalStateException("the development sign-in is off");
        }
        return Jwt.issuer("childplan-dev").subject(AGENCY_LIST_READER).upn(AGENCY_LIST_READER).groups(Set.of(Roles.VIEWER))
                .expiresIn(Duration.ofMinutes(1)).jws().keyId("childplan-dev").sign(key());
    }

    private PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.decodePrivateKey(Files.readString(Path.of(keyLocation.orElseThrow())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the dev private key " + keyLocation.orElseThrow(), e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot decode the dev private key " + keyLocation.orElseThrow(), e);
            }
        }
        return key;
    }
}
