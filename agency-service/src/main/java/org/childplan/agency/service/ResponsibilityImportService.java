package org.childplan.agency.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.AgencyAlias;
import org.childplan.agency.domain.GovernanceBody;
import org.childplan.agency.domain.PlanCatalogue;
import org.childplan.agency.domain.ResponsibilityDocument;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.idempotency.IdempotencyService;

/**
 * The one path every responsibility document takes, whether a user posts it or the seeder loads it: schema,
 * one catalogue fetch per plan ({@link #prepare}), then the rules (each error with its JSONPath) and the import
 * ({@link #apply}).
 */
@ApplicationScoped
public class ResponsibilityImportService {

    private final ResponsibilityDocumentValidator validator;
    private final ResponsibilityImporter importer;
    private final CatalogueService catalogues;

    public ResponsibilityImportService(ResponsibilityDocumentValidator validator, ResponsibilityImporter importer,
                                       CatalogueService catalogues) {
        this.validator = validator;
        this.importer = importer;
        this.catalogues = catalogues;
    }

    /** A parsed document with the catalogue of each of its plans (empty where indicator-service has no such plan). */
    public record Prepared(ResponsibilityDocument document, Map<String, Optional<CatalogueService.Read>> catalogues,
                           String documentHash) {
    }

    /**
     * Checks the schema and fetches each plan's catalogue, one request per plan. Deliberately outside any
     * transaction: a call to indicator-service must not hold a database transaction (and its connection) open.
     * 400 listing every schema error; 503 when indicator-service is unavailable.
     */
    public Prepared prepare(JsonNode raw) {
        ResponsibilityDocument doc = validator.parse(raw);
        Map<String, Optional<CatalogueService.Read>> fetched = new LinkedHashMap<>();
        for (ResponsibilityDocument.PlanEntry plan : doc.plans()) {
            if (!fetched.containsKey(plan.planCode())) {
                fetched.put(plan.planCode(), catalogues.fresh(plan.planCode()));
            }
        }
        return new Prepared(doc, fetched, IdempotencyService.sha256(raw.toString()));
    }

    /** Checks the rules against stored data and the catalogues (400 listing every error), then imports. */
    @Transactional
    public ImportReport apply(Prepared prepared, boolean dryRun, String origin, String source) {
        Map<String, Optional<PlanCatalogue>> byPlan = new LinkedHashMap<>();
        prepared.catalogues().forEach((plan, read) -> byPlan.put(plan, read.map(CatalogueService.Read::catalogue)));
        List<FieldError> errors = ResponsibilityDocumentValidator.ruleErrors(prepared.document(), storedAgencies(), storedBodies(), byPlan);
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
        Map<String, CatalogueService.Read> reads = new LinkedHashMap<>();
        prepared.catalogues().forEach((plan, read) -> reads.put(plan, read.orElseThrow()));
        return importer.run(prepared.document(), reads, dryRun, origin, source, prepared.documentHash());
    }

    private static List<ResponsibilityDocumentValidator.StoredAgency> storedAgencies() {
        Map<Long, List<String>> aliases = AgencyAlias.<AgencyAlias>listAll().stream()
                .collect(Collectors.groupingBy(a -> a.agency.id, Collectors.mapping(a -> a.aliasKey, Collectors.toList())));
        return Agency.<Agency>listAll().stream()
                .map(a -> new ResponsibilityDocumentValidator.StoredAgency(a.code, a.nameKey, aliases.getOrDefault(a.id, List.of())))
                .toList();
    }

    private static Set<String> storedBodies() {
        return GovernanceBody.<GovernanceBody>listAll().stream().map(b -> b.code).collect(Collectors.toSet());
    }
}
