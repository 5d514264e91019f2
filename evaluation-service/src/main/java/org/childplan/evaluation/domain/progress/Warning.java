package org.childplan.evaluation.domain.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One early warning for one indicator.
 *
 * @param rule      which warning
 * @param severity  how urgent
 * @param criteria  the tests that fired (at least one, all belonging to {@code rule})
 * @param evidence  the numbers behind it, in a stable order, keyed by the names in {@link EarlyWarningRules}
 *                  (years as Integer, observed values as BigDecimal, derived numbers as Double)
 * @param messageZh a one-line explanation in Chinese
 * @param messageEn the same in English
 */
public record Warning(WarningRule rule, WarningSeverity severity, List<WarningCriterion> criteria,
                      Map<String, Number> evidence, String messageZh, String messageEn) {

    public Warning {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a warning needs at least one criterion");
        }
        for (WarningCriterion c : criteria) {
            if (c.rule() != rule) {
                throw new IllegalArgumentException(c + " does not belong to " + rule);
            }
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public boolean firedBy(WarningCriterion criterion) {
        return criteria.contains(criterion);
    }
}
