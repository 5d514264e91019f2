package org.childplan.evaluation.domain;

/** The plan's two evaluations: mid-term (for its middle year) and final (for its last year). */
public enum EvaluationType {
    MIDTERM("中期评估", "Mid-term evaluation", "中期评估报告", "Mid-term Evaluation Report"),
    FINAL("终期评估", "Final evaluation", "终期评估报告", "Final Evaluation Report");

    private final String nameZh;
    private final String nameEn;
    private final String reportTitleZh;
    private final String reportTitleEn;

    EvaluationType(String nameZh, String nameEn, String reportTitleZh, String reportTitleEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.reportTitleZh = reportTitleZh;
        this.reportTitleEn = reportTitleEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String reportTitleZh() {
        return reportTitleZh;
    }

    public String reportTitleEn() {
        return reportTitleEn;
    }
}
