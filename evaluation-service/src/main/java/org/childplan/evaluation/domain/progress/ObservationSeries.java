package org.childplan.evaluation.domain.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's values by year, sorted by year, with at most one value per year. Two values for one year would
 * make "the base value" and "the latest value" ambiguous, so they are refused rather than silently picked from.
 */
public record ObservationSeries(List<DataPoint> observations) {

    private static final ObservationSeries EMPTY = new ObservationSeries(List.of());

    public ObservationSeries {
        Objects.requireNonNull(observations, "observations");
        List<DataPoint> sorted = new ArrayList<>(observations.size());
        for (DataPoint o : observations) {
            sorted.add(Objects.requireNonNull(o, "observation"));
        }
        sorted.sort(Comparator.comparingInt(DataPoint::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new IllegalArgumentException("two values for the year " + sorted.get(i).year());
            }
        }
        observations = List.copyOf(sorted);
    }

    public static ObservationSeries empty() {
        return EMPTY;
    }

    public static ObservationSeries of(DataPoint... observations) {
        return new ObservationSeries(Arrays.asList(observations));
    }

    public static ObservationSeries of(Map<Integer, BigDecimal> valuesByYear) {
        Objects.requireNonNull(valuesByYear, "valuesByYear");
        List<DataPoint> list = new ArrayList<>(valuesByYear.size());
        valuesByYear.forEach((year, value) -> list.add(new DataPoint(Objects.requireNonNull(year, "year"), value)));
        return new ObservationSeries(list);
    }

    public boolean isEmpty() {
        return observations.isEmpty();
    }

    public int size() {
        return observations.size();
    }

    /** The earliest observation; fails on an empty series. */
    public DataPoint first() {
        if (observations.isEmpty()) {
            throw new NoSuchElementException("the series is empty");
        }
        return observations.get(0);
    }

    /** The latest observation; fails on an empty series. */
    public DataPoint last() {
        if (observations.isEmpty()) {
            throw new NoSuchElementException("the series is empty");
        }
        return observations.get(observations.size() - 1);
    }

    public Optional<BigDecimal> valueIn(int year) {
        return observations.stream().filter(o -> o.year() == year).map(DataPoint::value).findFirst();
    }

    public List<Integer> years() {
        return observations.stream().map(DataPoint::year).toList();
    }

    /** The observations of {@code year} and later: the window the progress measure looks at. */
    public ObservationSeries from(int year) {
        return new ObservationSeries(observations.stream().filter(o -> o.year() >= year).toList());
    }

    /** The observations of {@code year} and earlier: the series as it stood when that year's data were in. */
    public ObservationSeries upTo(int year) {
        return new ObservationSeries(observations.stream().filter(o -> o.year() <= year).toList());
    }
}
