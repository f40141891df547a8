package io.github.wageoutlook.fetch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One value of one series in a BLS Public Data API answer, as published: the value stays text, and a {@code -}
 * (or any text that is not a number) is missing, never zero.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesId the series, e.g. {@code CUUR0000SA0}
 * @param year the year
 * @param period the period (M13 is the annual average)
 * @param periodName BLS's name of the period, e.g. {@code January}, {@code Annual}; empty when not given
 * @param value the value as published, e.g. {@code 313.689} or {@code -}
 * @param footnotes the footnotes, e.g. {@code P} preliminary
 * @param latest true when BLS marks this the series' latest value
 * @param calculations net and percent changes when asked for, e.g. {@code pct_changes.12 → 2.9}
 */
public record Observation(String seriesId, int year, Period period, String periodName, String value,
                          List<Footnote> footnotes, boolean latest, Map<String, String> calculations) {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?");

    /**
     * Checks the fields and copies the lists.
     *
     * @param seriesId the series, e.g. {@code CUUR0000SA0}
     * @param year the year
     * @param period the period (M13 is the annual average)
     * @param periodName BLS's name of the period, e.g. {@code January}, {@code Annual}; empty when not given
     * @param value the value as published, e.g. {@code 313.689} or {@code -}
     * @param footnotes the footnotes, e.g. {@code P} preliminary
     * @param latest true when BLS marks this the series' latest value
     * @param calculations net and percent changes when asked for, e.g. {@code pct_changes.12 → 2.9}
     * @throws IllegalArgumentException for a year outside 1000 – 2999
     */
    public Observation {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(periodName, "periodName must not be null");
        Objects.requireNonNull(value, "value must not be null");
        footnotes = List.copyOf(footnotes);
        calculations = Map.copyOf(calculations);
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("Invalid value for year (valid values 1000 - 2999): " + year);
        }
    }

    /** @return the value as a number; empty when BLS published {@code -} or other text that is not a number */
    public OptionalDouble number() {
        String v = value.strip().replace(",", "");
        if (!NUMBER.matcher(v).matches()) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(v);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /**
     * Whether a footnote has a code.
     *
     * @param code e.g. {@code P}
     * @return true if one does
     */
    public boolean hasFootnote(String code) {
        return footnotes.stream().anyMatch(f -> f.code().equalsIgnoreCase(code));
    }

    /** @return true when BLS marks the value preliminary (footnote {@code P}) */
    public boolean isPreliminary() {
        return hasFootnote("P");
    }

    /** @return e.g. {@code CUUR0000SA0 2024 M13 313.689} */
    @Override
    public String toString() {
        return seriesId + " " + year + " " + period + " " + value + (footnotes.isEmpty() ? "" : " " + footnotes);
    }
}
