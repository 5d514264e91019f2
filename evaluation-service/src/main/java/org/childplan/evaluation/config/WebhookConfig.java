package org.childplan.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where webhook deliveries may go, beyond the hosts administrators allow (docs/security.md, "Webhooks"). */
@ConfigMapping(prefix = "childplan.webhooks")
public interface WebhookConfig {

    /**
     * Deliver to private addresses too (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7): for an intranet deployment
     * whose receivers have no public address. Loopback, link-local, metadata and the like stay refused.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /**
     * TEST ONLY: deliver to loopback, for a test whose receiver listens on this machine. Honoured only when the
     * service runs as a test (Quarkus launch mode TEST); a packaged or dev-mode service ignores it and says so.
     */
    @WithDefault("false")
    boolean testOnlyAllowLoopback();
}
