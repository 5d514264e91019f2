package org.childplan.platform.chart;

/** The colour of a progress status (the codes of domain.progress.ProgressStatus), the same in every chart. */
public final class StatusColour {

    public static final String GREEN = "#2e7d32";
    public static final String AMBER = "#e69a00";
    public static final String RED = "#c62828";
    public static final String GREY = "#9e9e9e";

    private StatusColour() {
    }

    /** Unknown or missing codes are grey: a chart must not suggest progress nobody assessed. */
    public static String of(String status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case "TARGET_ACHIEVED", "SUBSTANTIAL_PROGRESS" -> GREEN;
            case "MODERATE_PROGRESS" -> AMBER;
            case "LIMITED_PROGRESS", "DETERIORATION" -> RED;
            default -> GREY;
        };
    }

    /**
     * The shade of a status in a stacked status bar, where neighbouring statuses must be told apart: achieved darker
     * than on track, deterioration darker than limited progress; a line keeps the three colours of {@link #of}.
     */
    public static String segment(String status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case "TARGET_ACHIEVED" -> "#1b5e20";
            case "SUBSTANTIAL_PROGRESS" -> "#66bb6a";
            case "MODERATE_PROGRESS" -> AMBER;
            case "LIMITED_PROGRESS" -> "#e57373";
            case "DETERIORATION" -> "#b71c1c";
            default -> GREY;
        };
    }
}
