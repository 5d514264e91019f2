package org.childplan.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token issued in the future. SmallRye JWT checks the signature, the issuer and that the token has not
 * expired, but takes any issue time ({@code iat}) on trust, so a token minted an hour ahead (by a wrong clock or by
 * someone stretching a leaked key's reach) would be good for an hour longer than its issuer meant. Clocks drift a
 * little, so an issue time up to {@code childplan.security.issued-at-skew} (60 s) ahead of this server's clock is
 * accepted. Runs for every service, as part of authentication, so the refusal is the usual 401 problem.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private final Duration skew;
    private final InstantSource clock;

    @Inject
    public IssuedAtCheck(@ConfigProperty(name = "childplan.security.issued-at-skew", defaultValue = "60s") Duration skew) {
        this(skew, InstantSource.system());
    }

    IssuedAtCheck(Duration skew, InstantSource clock) {
        this.skew = skew;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            String refusal = refusal(token.getIssuedAtTime());
            if (refusal != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(new IssuedInTheFutureException(refusal)));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Why a token with this issue time (seconds since the epoch; 0 when it has none) is refused, or null when it is not. */
    String refusal(long issuedAtSeconds) {
        if (issuedAtSeconds <= 0) {
            return null;
        }
        Instant issuedAt = Instant.ofEpochSecond(issuedAtSeconds);
        Instant latest = clock.instant().plus(skew);
        return issuedAt.isAfter(latest) ? "token issued at " + issuedAt + ", after " + latest : null;
    }

    /** Why authentication failed: the token's issue time lies ahead of this server's clock by more than the allowed skew. */
    public static final class IssuedInTheFutureException extends RuntimeException {

        IssuedInTheFutureException(String message) {
            super(message);
        }
    }
}
