package org.childplan.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Feedback from readers without an account: how much one client address may send, and who may vouch for addresses. */
@ConfigMapping(prefix = "childplan.public-feedback")
public interface PublicFeedbackConfig {

    /** How many pieces of feedback one client address may leave within {@link #window()}. */
    @WithDefault("5")
    int perAddress();

    /** The sliding window {@link #perAddress()} counts over. */
    @WithDefault("1h")
    Duration window();

    /**
     * Addresses or CIDR ranges of the reverse proxies in front of the service. Only a request whose direct peer is one of
     * them has its X-Forwarded-For believed (as far back as the chain of trusted proxies reaches); by default none is, and
     * the client is the direct peer of the connection.
     */
    Optional<List<String>> trustedProxies();

    /** The largest body the public operation reads; far above what the field limits allow, far below the bulk limit. */
    @WithDefault("16384")
    long maxBodyBytes();
}
