package org.childplan.evaluation.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.evaluation.domain.GovernanceBody;

/**
 * The body that issues a report, named as a title page names it: from the top of its governance chain down to it,
 * 常宁市人民政府妇女儿童工作委员会监测评估领导小组评估组; in English from it upwards.
 */
public record Issuer(String nameZh, String nameEn) {

    /** The named body with its parents, or empty when the governance bodies do not include it. */
    public static Optional<Issuer> of(List<GovernanceBody> bodies, String code) {
        Map<String, GovernanceBody> byCode = bodies.stream().collect(Collectors.toMap(GovernanceBody::code, Function.identity(),
                (a, b) -> a));
        List<GovernanceBody> chain = new ArrayList<>();
        for (GovernanceBody b = byCode.get(code); b != null && !chain.contains(b); b = byCode.get(b.parentCode())) {
            chain.add(b);
        }
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        String en = chain.stream().map(b -> b.nameEn() == null ? b.nameZh() : b.nameEn()).collect(Collectors.joining(", "));
        Collections.reverse(chain);
        return Optional.of(new Issuer(chain.stream().map(GovernanceBody::nameZh).collect(Collectors.joining()), en));
    }
}
