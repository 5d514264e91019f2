package org.childplan.agency.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "childplan.agency")
public interface AgencyConfig {

    /** Classpath resources of responsibility documents loaded once, at first start, through the import path. */
    Optional<List<String>> seedDocuments();

    /** How long the seeder waits before trying again while indicator-service can not validate its document. */
    @WithDefault("30s")
    Duration seedRetryInterval();

    /** The Retry-After a caller is given when indicator-service is unavailable; about the circuit breaker's delay. */
    @WithDefault("10s")
    Duration peerRetryAfter();

    /**
     * How long the catalogue a prepared read (the matrix, indicator-responsibilities) was made from is used before it
     * is checked with indicator-service again: the bound on how long a change in indicator-service's catalogue takes
     * to reach those reads. 0 checks on every request.
     */
    @WithDefault("1s")
    Duration catalogueRevalidateAfter();

    /** The time zone that decides which day "today" is, for as-of queries. */
    @WithDefault("Asia/Shanghai")
    String zone();
}
