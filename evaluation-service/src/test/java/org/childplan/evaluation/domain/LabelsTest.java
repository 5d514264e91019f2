package org.childplan.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.childplan.evaluation.domain.progress.GapTrend;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /**
     * Enums no reader sees as a label: the progress method's internals (shown as codes in the method appendix and the
     * API's explanation fields) and the webhook machinery, which integrators read as codes.
     */
    private static final Map<String, String> UNLABELLED = Map.of(
            "org.childplan.evaluation.domain.progress.AssessmentBasis", "the method's rule names, explained in prose",
            "org.childplan.evaluation.domain.progress.WarningCriterion", "the method's test names, explained in prose",
            "org.childplan.evaluation.webhook.WebhookEvent", "event names integrators subscribe to",
            "org.childplan.evaluation.webhook.WebhookDelivery$Status", "delivery states of the webhook admin API",
            "org.childplan.evaluation.webhook.WebhookService$Outcome", "private to the delivery loop",
            "org.childplan.platform.chart.Drawing$Anchor", "how an SVG label is anchored, inside the chart code",
            "org.childplan.evaluation.domain.ObservationXlsx$Column", "template columns, whose headers carry their own words");

    @Test
    void everyShownEnumValueHasAChineseAndAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : Labels.LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                try {
                    Labels.Label label = Labels.of(value);
                    if (label.zh().isBlank() || label.en().isBlank() || !label.zh().codePoints().anyMatch(LabelsTest::isHan)
                            && !label.zh().matches("[0-9—岁]+")) {
                        missing.add(type.getSimpleName() + "." + value + " = " + label);
                    }
                } catch (IllegalArgumentException e) {
                    missing.add(type.getSimpleName() + "." + value);
                }
            }
        }
        assertThat(missing).as("values without a proper label").isEmpty();
    }

    @Test
    void everyEnumOfTheServiceIsLabelledOrDeliberatelyLeftAsACode() throws IOException {
        Set<String> labelled = new HashSet<>();
        Labels.LABELLED.forEach(t -> labelled.add(t.getName()));
        List<String> neither = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("org.childplan.evaluation.") || name.contains(".client.")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isEnum() && !labelled.contains(name) && !UNLABELLED.containsKey(name)) {
                    neither.add(name);
                }
            }
        }
        assertThat(neither).as("enums neither in Labels.LABELLED nor in UNLABELLED").isEmpty();
    }

    @Test
    void oneWordPerStatusEverywhere() {
        // the summary, the rows and the charts all call it this; the words must not drift apart again
        assertThat(Labels.zh(ProgressStatus.TARGET_ACHIEVED)).isEqualTo(ProgressStatus.TARGET_ACHIEVED.labelZh()).isEqualTo("已达标");
        assertThat(GoalRatingValue.PROGRESSING.nameZh()).isEqualTo("正在推进");
        assertThat(Labels.zh(GapTrend.class, "NARROWING")).isEqualTo("差距缩小");
    }

    @Test
    void aNameFromAnOlderReportStaysReadable() {
        assertThat(Labels.zh(GapTrend.class, "SHRINKING")).isEqualTo("SHRINKING");
        assertThat(Labels.zh(GapTrend.class, null)).isNull();
    }

    @Test
    void anUnlabelledValueIsAnError() {
        assertThatThrownBy(() -> Labels.of(org.childplan.evaluation.domain.progress.AssessmentBasis.SIGN_CHANGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AssessmentBasis.SIGN_CHANGE");
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
