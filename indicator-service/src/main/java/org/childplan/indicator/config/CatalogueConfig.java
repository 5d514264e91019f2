package org.childplan.indicator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "childplan.catalogue")
public interface CatalogueConfig {

    /** Classpath resources of plan documents imported at startup; importing one already loaded changes nothing. */
    Optional<List<String>> seedPlans();

    /** The time zone that decides which day "today" is, for as-of queries and new versions. */
    @WithDefault("Asia/Shanghai")
    String zone();
}
