package org.childplan.evaluation.domain;

/** The plan's two evaluations: mid-term (for its middle year) and final (for its last year). */
public enum EvaluationType {
    MIDTERM("中期评估报告", "Mid-term Evaluation Report"),
    FINAL("终期评估报告", "Final Evaluation Report");

    private final String reportTitleZh;
    private final String reportTitleEn;

    EvaluationType(String reportTitleZh, String reportTitleEn) {
        this.reportTitleZh = reportTitleZh;
        this.reportTitleEn = reportTitleEn;
    }

    public String nameZh() {
        return Labels.zh(this);
    }

    public String nameEn() {
        return Labels.en(this);
    }

    public String reportTitleZh() {
        return reportTitleZh;
    }

    public String reportTitleEn() {
        return reportTitleEn;
    }
}
