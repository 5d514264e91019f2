package org.childplan.console.client;

import java.util.Locale;
import java.util.Optional;

/** The formats evaluation-service offers a published report in (getEvaluationReport and its .html/.pdf/.xlsx twins). */
public enum ReportFormat {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("text/html;charset=UTF-8"),
    JSON("application/json");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file extension, also the format's name in the console's download URL. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> ofExtension(String extension) {
        for (ReportFormat format : values()) {
            if (format.extension().equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
