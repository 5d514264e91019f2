package org.childplan.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.indicator.domain.AreaLevel;
import org.childplan.indicator.domain.IndicatorRules;
import org.childplan.indicator.domain.PlanDocument;
import org.childplan.indicator.domain.PlanRules;
import org.childplan.platform.document.SchemaCheckedReader;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;

/**
 * Checks a plan document against its JSON Schema and then against the rules the schema can not express
 * (unique codes, references between goals and indicators, target consistency), reporting every error with its path.
 */
@ApplicationScoped
public class PlanDocumentValidator {

    public static final String SCHEMA_RESOURCE = "plan-document.schema.json";

    private final SchemaCheckedReader reader;

    public PlanDocumentValidator(ObjectMapper mapper) {
        this.reader = new SchemaCheckedReader(mapper, SCHEMA_RESOURCE);
    }

    /** The JSON Schema of plan documents, as served to clients. */
    public String schemaText() {
        return reader.schemaText();
    }

    /** Returns the typed document, or throws {@link InputValidationException} listing every error. */
    public PlanDocument validate(JsonNode raw) {
        PlanDocument document = reader.read(raw, PlanDocument.class, "plan document", "规划文件");
        List<FieldError> errors = ruleErrors(document);
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
        return document;
    }

    /** The rules beyond the schema. Paths are JSONPath, like the schema's. Pure, so it is unit-tested directly. */
    public static List<FieldError> ruleErrors(PlanDocument doc) {
        List<FieldError> errors = new ArrayList<>();
        PlanDocument.Header plan = doc.plan();
        PlanRules.check(plan).forEach(e -> errors.add(e.under("$.plan")));

        Map<String, AreaLevel> areas = new HashMap<>();
        for (int i = 0; i < doc.reportingAreas().size(); i++) {
            PlanDocument.AreaEntry area = doc.reportingAreas().get(i);
            String path = "$.reportingAreas[" + i + "]";
            if (areas.put(area.code(), area.level()) != null) {
                errors.add(FieldError.of(path + ".code", "repeats area code " + area.code(), "地区代码" + area.code() + "重复"));
            }
            if (area.level() == AreaLevel.JURISDICTION && !area.code().equals(plan.jurisdictionCode())) {
                errors.add(FieldError.of(path + ".code", "the JURISDICTION area must have the plan's jurisdictionCode "
                        + plan.jurisdictionCode(), "辖区级地区代码必须与规划的 jurisdictionCode（" + plan.jurisdictionCode() + "）一致"));
            }
        }
        for (int i = 0; i < doc.reportingAreas().size(); i++) {
            String parent = doc.reportingAreas().get(i).parentCode();
            if (parent != null && !areas.containsKey(parent)) {
                errors.add(FieldError.of("$.reportingAreas[" + i + "].parentCode", "names no area of this document: " + parent,
                        "上级地区" + parent + "不在本文件中"));
            }
        }

        Set<String> domainCodes = new HashSet<>();
        Set<Integer> ordinals = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (int d = 0; d < doc.domains().size(); d++) {
            PlanDocument.DomainEntry domain = doc.domains().get(d);
            String path = "$.domains[" + d + "]";
            if (!domainCodes.add(domain.code())) {
                errors.add(FieldError.of(path + ".code", "repeats domain code " + domain.code(), "领域代码" + domain.code() + "重复"));
            }
            if (!ordinals.add(domain.ordinal())) {
                errors.add(FieldError.of(path + ".ordinal", "repeats ordinal " + domain.ordinal(), "领域序号" + domain.ordinal() + "重复"));
            }
            Set<Integer> goals = numbers(domain.goals().stream().map(PlanDocument.GoalEntry::number).toList(),
                    path + ".goals", "goal", "目标", errors);
            Set<Integer> measures = numbers(domain.measures().stream().map(PlanDocument.MeasureEntry::number).toList(),
                    path + ".measures", "strategy measure", "策略措施", errors);
            for (int i = 0; i < domain.indicators().size(); i++) {
                PlanDocument.IndicatorEntry indicator = domain.indicators().get(i);
                String at = path + ".indicators[" + i + "]";
                if (!indicatorCodes.add(indicator.code())) {
                    errors.add(FieldError.of(at + ".code", "repeats indicator code " + indicator.code(),
                            "指标代码" + indicator.code() + "重复"));
                }
                if ((indicator.goalNumber() == null) == (indicator.measureNumber() == null)) {
                    errors.add(FieldError.of(at + ".goalNumber", "exactly one of goalNumber and measureNumber must be given",
                            "goalNumber 与 measureNumber 必须且只能填写一个"));
                } else if (indicator.goalNumber() != null && !goals.contains(indicator.goalNumber())) {
                    errors.add(FieldError.of(at + ".goalNumber", "the domain has no goal " + indicator.goalNumber(),
                            "本领域中没有第" + indicator.goalNumber() + "项目标"));
                } else if (indicator.measureNumber() != null && !measures.contains(indicator.measureNumber())) {
                    errors.add(FieldError.of(at + ".measureNumber", "the domain has no strategy measure " + indicator.measureNumber(),
                            "本领域中没有第" + indicator.measureNumber() + "项策略措施"));
                }
                // a path gives the position only; the code lets a reader find the indicator in a 100-item document
                IndicatorRules.check(indicator.definition(), plan.periodStart(), plan.periodEnd())
                        .forEach(e -> errors.add(new FieldError(null, e.under(at).field(),
                                "indicator " + indicator.code() + ": " + e.message(),
                                "指标" + indicator.code() + "：" + e.messageZh())));
            }
        }
        return errors;
    }

    private static Set<Integer> numbers(List<Integer> numbers, String path, String kindEn, String kindZh, List<FieldError> errors) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (!seen.add(numbers.get(i))) {
                errors.add(FieldError.of(path + "[" + i + "].number", "repeats " + kindEn + " number " + numbers.get(i),
                        kindZh + "编号" + numbers.get(i) + "重复"));
            }
        }
        return seen;
    }
}
