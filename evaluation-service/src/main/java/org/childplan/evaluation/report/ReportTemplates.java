package org.childplan.evaluation.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** The print-ready HTML reports (Chinese first, English headings), checked against their data at build time. */
@CheckedTemplate(basePath = "reports")
public class ReportTemplates {

    public static native TemplateInstance annualReport(AnnualReportPage page);

    public static native TemplateInstance evaluationReport(EvaluationReportPage page);

    /**
     * Number formatting the templates use as {str:num(x)}, {str:percent(x)}, {str:ratio(x)} and {str:decimal(x)};
     * dates as {str:dateZh(instant)} (the day in the plan's zone) and {str:dayZh(localDate)}, both 2026年12月4日.
     */
    @TemplateExtension(namespace = "str")
    public static class Formats {

        public static String num(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }

        public static String percent(double share) {
            return String.format(Locale.ROOT, "%.1f%%", share * 100);
        }

        public static String ratio(Double value) {
            return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
        }

        public static String decimal(Double value) {
            return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
        }

        public static String dateZh(OffsetDateTime instant) {
            return ReportDates.of(instant);
        }

        public static String dayZh(LocalDate day) {
            return ReportDates.of(day);
        }
    }
}
