package org.childplan.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who answers for each indicator of a plan (agency-service's matrix resolved down to indicators, indicator-level
 * assignments winning), read in one request per plan.
 */
public record Responsibilities(String planCode, List<IndicatorAgencies> indicators) {

    public record AgencyRef(String code, String nameZh, @Schema(nullable = true) String nameEn) {
    }

    public record IndicatorAgencies(String indicatorCode, String domainCode, List<AgencyRef> leads,
                                    List<AgencyRef> responsible, List<AgencyRef> dataProviders) {

        /** The agencies that owe the indicator's data: its data providers, or else its lead agencies. */
        public List<AgencyRef> reporters() {
            return dataProviders.isEmpty() ? leads : dataProviders;
        }
    }

    public Optional<IndicatorAgencies> of(String indicatorCode) {
        return indicators.stream().filter(i -> i.indicatorCode().equals(indicatorCode)).findFirst();
    }

    public Map<String, IndicatorAgencies> byIndicator() {
        return indicators.stream().collect(Collectors.toMap(IndicatorAgencies::indicatorCode, Function.identity()));
    }
}
