package org.childplan.agency.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a responsibility import did (or, for a dry run, would do), item by item. */
@Schema(name = "ResponsibilityImportReport", description = "What a responsibility import did, or for a dry run would do. 导入报告。")
public record ImportReport(
        boolean dryRun,
        Outcome outcome,
        @Schema(description = "Per kind (agencies, aliases, governanceBodies, assignments): created, changed, unchanged")
        Map<String, Counts> counts,
        List<Change> changes,
        @Schema(description = "Stored items the document does not mention; an import deletes nothing")
        List<String> notInDocument,
        @Schema(description = "The catalogue each plan's scopes were checked against, one fetch per plan")
        List<CatalogueUsed> catalogues) {

    @Schema(name = "ResponsibilityImportOutcome")
    public enum Outcome {
        /** Nothing in the document existed before. */
        CREATED,
        /** At least one item was created or changed. */
        UPDATED,
        /** The document matches what is stored; nothing was written. */
        UNCHANGED
    }

    @Schema(name = "ResponsibilityImportAction")
    public enum Action {
        CREATED,
        UPDATED
    }

    @Schema(name = "ResponsibilityImportCounts")
    public record Counts(int created, int changed, int unchanged) {
    }

    @Schema(name = "ResponsibilityImportChange")
    public record Change(String kind, String code, Action action) {
    }

    @Schema(name = "ResponsibilityImportCatalogue")
    public record CatalogueUsed(String planCode, CatalogueService.Source source, OffsetDateTime fetchedAt) {
    }

    static final class Builder {
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<String> notInDocument = new ArrayList<>();
        private final List<CatalogueUsed> catalogues = new ArrayList<>();

        Builder() {
            for (String kind : List.of("agencies", "aliases", "governanceBodies", "assignments")) {
                counts.put(kind, new int[3]);
            }
        }

        void created(String kind, String code) {
            counts.get(kind)[0]++;
            changes.add(new Change(kind, code, Action.CREATED));
        }

        void record(String kind, String code, boolean changed) {
            if (changed) {
                counts.get(kind)[1]++;
                changes.add(new Change(kind, code, Action.UPDATED));
            } else {
                counts.get(kind)[2]++;
            }
        }

        void notInDocument(String kind, String code) {
            notInDocument.add(kind + ":" + code);
        }

        void catalogue(CatalogueUsed used) {
            catalogues.add(used);
        }

        ImportReport build(boolean dryRun) {
            boolean nothingExisted = counts.values().stream().allMatch(c -> c[1] == 0 && c[2] == 0);
            Outcome outcome = changes.isEmpty() ? Outcome.UNCHANGED : nothingExisted ? Outcome.CREATED : Outcome.UPDATED;
            Map<String, Counts> result = new LinkedHashMap<>();
            counts.forEach((kind, c) -> result.put(kind, new Counts(c[0], c[1], c[2])));
            return new ImportReport(dryRun, outcome, result, List.copyOf(changes), List.copyOf(notInDocument), List.copyOf(catalogues));
        }
    }
}
