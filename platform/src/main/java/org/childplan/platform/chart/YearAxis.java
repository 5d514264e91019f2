package org.childplan.platform.chart;

/** Years spread evenly between two x positions, with half a step of margin at either end. */
record YearAxis(int from, int to, double left, double right) {

    double x(int year) {
        int count = to - from + 1;
        double step = (right - left) / count;
        return left + step * (year - from + 0.5);
    }

    /** Every how many years a label fits: a year is about 16 pt wide at 7 pt. */
    int labelEvery() {
        double step = (right - left) / (to - from + 1);
        int every = 1;
        while (step * every < 20) {
            every++;
        }
        return every;
    }
}
