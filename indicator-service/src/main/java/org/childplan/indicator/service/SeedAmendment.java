package org.childplan.indicator.service;

import java.util.List;

/**
 * A correction to a shipped seed plan: the indicators of the seed document it adds or changes, and why. The seed
 * document already holds the corrected indicators; the amendment tells a database loaded from an earlier edition
 * which of them to take, so that nothing else a user has edited since is touched.
 *
 * @param code         unique within the plan, recorded once applied
 * @param changeReason the reason every new indicator version it makes carries, in Chinese and English
 * @param indicators   codes of indicators in the seed document: created when absent, otherwise given a new version
 */
public record SeedAmendment(String code, String changeReason, List<String> indicators) {

    public SeedAmendment {
        if (code == null || code.isBlank() || changeReason == null || changeReason.isBlank()) {
            throw new IllegalArgumentException("a seed amendment needs a code and a change reason");
        }
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
