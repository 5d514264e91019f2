package org.childplan.agency.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childplan.agency.domain.Names;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.ResponsibilityDocument;
import org.childplan.agency.domain.ResponsibilityDocument.AgencyEntry;
import org.childplan.agency.domain.ResponsibilityDocument.AssignmentEntry;
import org.childplan.agency.domain.ResponsibilityDocument.BodyEntry;
import org.childplan.agency.domain.ResponsibilityDocument.DomainEntry;
import org.childplan.agency.domain.ResponsibilityDocument.PlanEntry;
import org.childplan.agency.domain.Role;
import org.childplan.agency.domain.ScopeType;
import org.childplan.platform.document.SchemaCheckedReader;
import org.childplan.platform.error.FieldError;

/**
 * Checks a responsibility document against its JSON Schema, then against the rules the schema can not express:
 * unique codes, every unit name leading to exactly one agency, references between bodies, and every scope
 * existing in indicator-service's catalogue. Every error is reported with its JSONPath.
 */
@ApplicationScoped
public class ResponsibilityDocumentValidator {

    public static final String SCHEMA_RESOURCE = "responsibility-document.schema.json";

    private final SchemaCheckedReader reader;

    public ResponsibilityDocumentValidator(ObjectMapper mapper) {
        this.reader = new SchemaCheckedReader(mapper, SCHEMA_RESOURCE);
    }

    public String schemaText() {
        return reader.schemaText();
    }

    /** The typed document, or {@link InputValidationException} listing every schema error. */
    public ResponsibilityDocument parse(JsonNode raw) {
        return reader.read(raw, ResponsibilityDocument.class, "responsibility document", "责任分工文件");
    }

    /** An agency as stored: its code, and the keys of its name and aliases. */
    public record StoredAgency(String code, String nameKey, List<String> aliasKeys) {
    }

    /**
     * Which agency each name leads to once the document is imported: stored agencies keep their aliases (an
     * import adds aliases, never removes them), and the document's agencies take its names.
     */
    public static final class Directory {
        private final Map<String, String> owners = new HashMap<>();
        private final Map<String, String> conflicts = new HashMap<>();

        static Directory of(ResponsibilityDocument doc, List<StoredAgency> stored, List<FieldError> errors) {
            Directory dir = new Directory();
            Set<String> inDocument = new HashSet<>();
            doc.agencies().forEach(a -> inDocument.add(a.code()));
            for (StoredAgency s : stored) {
                if (!inDocument.contains(s.code())) {
                    dir.owners.put(s.nameKey(), s.code());
                }
                s.aliasKeys().forEach(k -> dir.owners.put(k, s.code()));
            }
            for (int i = 0; i < doc.agencies().size(); i++) {
                AgencyEntry a = doc.agencies().get(i);
                String at = "$.agencies[" + i + "]";
                dir.claim(a.nameZh(), a.code(), at + ".nameZh", errors);
                Set<String> own = new HashSet<>();
                own.add(Names.key(a.nameZh()));
                for (int j = 0; j < a.aliases().size(); j++) {
                    String alias = a.aliases().get(j);
                    if (!own.add(Names.key(alias))) {
                        errors.add(FieldError.of(at + ".aliases[" + j + "]", "repeats the name or another alias: " + alias,
                                "与名称或其他别名重复：" + alias));
                    } else {
                        dir.claim(alias, a.code(), at + ".aliases[" + j + "]", errors);
                    }
                }
            }
            return dir;
        }

        private void claim(String name, String code, String path, List<FieldError> errors) {
            String key = Names.key(name);
            String owner = owners.putIfAbsent(key, code);
            if (owner != null && !owner.equals(code)) {
                errors.add(FieldError.of(path, "'" + name + "' already names agency " + owner,
                        "“" + name + "”已是单位" + owner + "的名称或别名"));
            }
        }

        public Optional<String> resolve(String name) {
            return Optional.ofNullable(owners.get(Names.key(name)));
        }
    }

    /**
     * The rules beyond the schema. {@code catalogues} holds, per plan code, the catalogue indicator-service gave
     * (empty when it has no such plan). Pure, so it is unit-tested directly.
     */
    public static List<FieldError> ruleErrors(ResponsibilityDocument doc, List<StoredAgency> storedAgencies,
                                              Set<String> storedBodies, Map<String, Optional<PlanCatalogue>> catalogues) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> agencyCodes = new HashSet<>();
        for (int i = 0; i < doc.agencies().size(); i++) {
            String code = doc.agencies().get(i).code();
            if (!agencyCodes.add(code)) {
                errors.add(FieldError.of("$.agencies[" + i + "].code", "repeats agency code " + code, "单位代码" + code + "重复"));
            }
            if (AgencyService.RESERVED_CODE.equals(code)) {
                errors.add(FieldError.of("$.agencies[" + i + "].code", "'" + code + "' is reserved", "“" + code + "”为保留字"));
            }
        }
        Directory units = Directory.of(doc, storedAgencies, errors);
        bodyErrors(doc, units, storedBodies, errors);
        Set<String> planCodes = new HashSet<>();
        for (int p = 0; p < doc.plans().size(); p++) {
            PlanEntry plan = doc.plans().get(p);
            String at = "$.plans[" + p + "]";
            if (!planCodes.add(plan.planCode())) {
                errors.add(FieldError.of(at + ".planCode", "repeats plan " + plan.planCode(), "规划" + plan.planCode() + "重复"));
                continue;
            }
            Optional<PlanCatalogue> catalogue = catalogues.getOrDefault(plan.planCode(), Optional.empty());
            if (catalogue.isEmpty()) {
                errors.add(FieldError.of(at + ".planCode", PLAN_NOT_IN_CATALOGUE + plan.planCode(),
                        "指标目录（indicator-service）中不存在规划" + plan.planCode()));
            }
            planErrors(plan, at, catalogue.orElse(null), units, errors);
        }
        return errors;
    }

    /** The start of the message for a plan indicator-service does not know (yet); the seeder waits on it. */
    public static final String PLAN_NOT_IN_CATALOGUE = "indicator-service's catalogue has no plan ";

    private static void bodyErrors(ResponsibilityDocument doc, Directory units, Set<String> storedBodies, List<FieldError> errors) {
        Set<String> codes = new HashSet<>(storedBodies);
        Map<String, String> parents = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < doc.governanceBodies().size(); i++) {
            BodyEntry b = doc.governanceBodies().get(i);
            if (!seen.add(b.code())) {
                errors.add(FieldError.of("$.governanceBodies[" + i + "].code", "repeats body code " + b.code(), "机构代码" + b.code() + "重复"));
            }
            codes.add(b.code());
            if (b.parentCode() != null) {
                parents.put(b.code(), b.parentCode());
            }
        }
        for (int i = 0; i < doc.governanceBodies().size(); i++) {
            BodyEntry b = doc.governanceBodies().get(i);
            String at = "$.governanceBodies[" + i + "]";
            if (b.parentCode() != null) {
                if (!codes.contains(b.parentCode())) {
                    errors.add(FieldError.of(at + ".parentCode", "names no governance body: " + b.parentCode(), "不存在机构" + b.parentCode()));
                } else if (cycles(b.code(), parents)) {
                    errors.add(FieldError.of(at + ".parentCode", "makes the body its own ancestor", "上级机构关系形成循环"));
                }
            }
            if (b.leadUnit() != null && b.leadBodyCode() != null) {
                errors.add(FieldError.of(at + ".leadBodyCode", "give leadUnit or leadBodyCode, not both",
                        "leadUnit 与 leadBodyCode 只能填写一个"));
            }
            if (b.leadUnit() != null) {
                unit(units, b.leadUnit(), at + ".leadUnit", errors);
            }
            if (b.housedAtUnit() != null) {
                unit(units, b.housedAtUnit(), at + ".housedAtUnit", errors);
            }
            if (b.leadBodyCode() != null && !codes.contains(b.leadBodyCode())) {
                errors.add(FieldError.of(at + ".leadBodyCode", "names no governance body: " + b.leadBodyCode(), "不存在机构" + b.leadBodyCode()));
            }
            Set<String> members = new HashSet<>();
            for (int j = 0; j < b.memberUnits().size(); j++) {
                String mAt = at + ".memberUnits[" + j + "]";
                unit(units, b.memberUnits().get(j), mAt, errors).ifPresent(code -> {
                    if (!members.add(code)) {
                        errors.add(FieldError.of(mAt, "names agency " + code + " twice", "重复列出单位" + code));
                    }
                });
            }
            for (int j = 0; j < b.memberBodyCodes().size(); j++) {
                String member = b.memberBodyCodes().get(j);
                if (!codes.contains(member) || member.equals(b.code())) {
                    errors.add(FieldError.of(at + ".memberBodyCodes[" + j + "]", "names no other governance body: " + member,
                            "不存在其他机构" + member));
                }
            }
        }
    }

    private static boolean cycles(String start, Map<String, String> parents) {
        Set<String> visited = new HashSet<>();
        String at = start;
        while (at != null) {
            if (!visited.add(at)) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    private static void planErrors(PlanEntry plan, String at, PlanCatalogue catalogue, Directory units, List<FieldError> errors) {
        Set<String> keys = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (int d = 0; d < plan.domains().size(); d++) {
            DomainEntry domain = plan.domains().get(d);
            String dAt = at + ".domains[" + d + "]";
            if (!domains.add(domain.domainCode())) {
                errors.add(FieldError.of(dAt + ".domainCode", "repeats domain " + domain.domainCode(), "领域" + domain.domainCode() + "重复"));
            }
            if (catalogue != null && catalogue.domain(domain.domainCode()).isEmpty()) {
                errors.add(FieldError.of(dAt + ".domainCode", "the plan has no domain " + domain.domainCode(),
                        "规划中没有领域" + domain.domainCode()));
            }
            for (Role role : Role.values()) {
                List<String> names = domain.units(role);
                for (int u = 0; u < names.size(); u++) {
                    String uAt = dAt + "." + DomainEntry.field(role) + "[" + u + "]";
                    unit(units, names.get(u), uAt, errors).ifPresent(code -> {
                        if (!keys.add(key(ScopeType.DOMAIN, domain.domainCode(), role, code, plan.validFrom()))) {
                            errors.add(FieldError.of(uAt, "names agency " + code + " a second time for this role",
                                    "该单位在此角色中重复出现：" + code));
                        }
                    });
                }
            }
        }
        for (int i = 0; i < plan.assignments().size(); i++) {
            AssignmentEntry a = plan.assignments().get(i);
            String aAt = at + ".assignments[" + i + "]";
            LocalDate from = a.validFrom() == null ? plan.validFrom() : a.validFrom();
            if (a.validTo() != null && a.validTo().isBefore(from)) {
                errors.add(FieldError.of(aAt + ".validTo", "must not be before validFrom " + from, "不能早于生效日期" + from));
            }
            if (a.scopeType() == ScopeType.PLAN && !Objects.equals(a.scopeCode(), plan.planCode())) {
                errors.add(FieldError.of(aAt + ".scopeCode", "a PLAN scope must be the plan itself, " + plan.planCode(),
                        "范围为 PLAN 时，scopeCode 必须是本规划代码" + plan.planCode()));
            } else if (catalogue != null && catalogue.domainOf(a.scopeType(), a.scopeCode()).isEmpty()) {
                errors.add(FieldError.of(aAt + ".scopeCode", "the plan has no " + a.scopeType().name().toLowerCase(Locale.ROOT)
                        + " " + a.scopeCode(), "规划中没有" + scopeZh(a.scopeType()) + a.scopeCode()));
            }
            unit(units, a.unit(), aAt + ".unit", errors).ifPresent(code -> {
                if (!keys.add(key(a.scopeType(), a.scopeCode(), a.role(), code, from))) {
                    errors.add(FieldError.of(aAt, "repeats an assignment of this document", "与本文件中的另一项分工重复"));
                }
            });
        }
    }

    private static String scopeZh(ScopeType type) {
        return switch (type) {
            case PLAN -> "规划";
            case DOMAIN -> "领域";
            case GOAL -> "目标";
            case INDICATOR -> "指标";
        };
    }

    private static String key(ScopeType type, String scope, Role role, String agency, LocalDate from) {
        return type + "|" + scope + "|" + role + "|" + agency + "|" + from;
    }

    private static Optional<String> unit(Directory units, String name, String path, List<FieldError> errors) {
        Optional<String> code = units.resolve(name);
        if (code.isEmpty()) {
            errors.add(FieldError.of(path, "names no agency, by name or alias: " + name, "没有名称或别名为“" + name + "”的单位"));
        }
        return code;
    }
}
