package org.childplan.indicator.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a plan import did (or, for a dry run, would do), item by item. */
@Schema(name = "ImportReport", description = "What a plan import did, or for a dry run would do. 导入报告。")
public record ImportReport(
        String planCode,
        boolean dryRun,
        Outcome outcome,
        Map<String, Counts> counts,
        List<Change> changes,
        List<String> notInDocument) {

    @Schema(name = "ImportOutcome")
    public enum Outcome {
        /** The plan did not exist and was created. */
        CREATED,
        /** The plan existed and at least one item changed. */
        UPDATED,
        /** The document matches what is stored; nothing was written. */
        UNCHANGED
    }

    @Schema(name = "ImportAction")
    public enum Action {
        CREATED,
        UPDATED,
        NEW_VERSION
    }

    /** For indicators, "changed" counts new versions. */
    @Schema(name = "ImportCounts")
    public record Counts(int created, int changed, int unchanged) {
    }

    @Schema(name = "ImportChange")
    public record Change(String kind, String code, Action action) {
    }

    /** Collects the report while an import runs. */
    static final class Builder {
        private final String planCode;
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<String> notInDocument = new ArrayList<>();
        private boolean planCreated;

        Builder(String planCode) {
            this.planCode = planCode;
            for (String kind : List.of("plan", "reportingAreas", "domains", "goals", "measures", "indicators")) {
                counts.put(kind, new int[3]);
            }
        }

        void planCreated() {
            planCreated = true;
        }

        void created(String kind, String code) {
            counts.get(kind)[0]++;
            changes.add(new Change(kind, code, Action.CREATED));
        }

        void changed(String kind, String code, Action action) {
            counts.get(kind)[1]++;
            changes.add(new Change(kind, code, action));
        }

        void unchanged(String kind) {
            counts.get(kind)[2]++;
        }

        void record(String kind, String code, boolean changed) {
            if (changed) {
                changed(kind, code, Action.UPDATED);
            } else {
                unchanged(kind);
            }
        }

        void notInDocument(String kind, String code) {
            notInDocument.add(kind + ":" + code);
        }

        ImportReport build(boolean dryRun) {
            Outcome outcome = planCreated ? Outcome.CREATED : changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
            Map<String, Counts> result = new LinkedHashMap<>();
            counts.forEach((kind, c) -> result.put(kind, new Counts(c[0], c[1], c[2])));
            return new ImportReport(planCode, dryRun, outcome, result, List.copyOf(changes), List.copyOf(notInDocument));
        }
    }
}
