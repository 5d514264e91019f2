package org.childplan.evaluation.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.util.Locale;

/** The print-ready HTML reports (Chinese first, English headings), checked against their data at build time. */
@CheckedTemplate(basePath = "reports")
public class ReportTemplates {

    public static native TemplateInstance annualReport(AnnualReportPage page);

    public static native TemplateInstance evaluationReport(EvaluationReportPage page);

    /** The one number the templates format themselves, a share as {str:percent(x)}: 0.885 as 88.5%. */
    @TemplateExtension(namespace = "str")
    public static class Formats {

        public static String percent(double share) {
            return String.format(Locale.ROOT, "%.1f%%", share * 100);
        }
    }
}
