package io.github.wageoutlook.fetch;

import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * A BLS time-series period: {@code M01}–{@code M12} months and {@code M13} the annual average; {@code Q01}–{@code Q04}
 * quarters and {@code Q05} the annual average; {@code S01}, {@code S02} half-years and {@code S03} the annual
 * average; {@code A01} an annual figure (OEWS series).
 *
 * <pre>{@code Period.parse("M13").isAnnualAverage();   // true}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type {@code M}, {@code Q}, {@code S} or {@code A}
 * @param number 1 – 13 for M, 1 – 5 for Q, 1 – 3 for S, 1 for A
 */
public record Period(char type, int number) implements Comparable<Period> {

    /**
     * Checks the type and number.
     *
     * @param type {@code M}, {@code Q}, {@code S} or {@code A}
     * @param number 1 – 13 for M, 1 – 5 for Q, 1 – 3 for S, 1 for A
     * @throws IllegalArgumentException for another type or a number out of its range
     */
    public Period {
        int max = switch (type) {
            case 'M' -> 13;
            case 'Q' -> 5;
            case 'S' -> 3;
            case 'A' -> 1;
            default -> throw new IllegalArgumentException("Invalid value for period type (valid values M, Q, S, A): '"
                    + type + "'");
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("Invalid value for period " + type + " (valid values " + type + "01 - "
                    + type + String.format("%02d", max) + "): " + type + String.format("%02d", number));
        }
    }

    /**
     * Reads a period as BLS writes it.
     *
     * @param text e.g. {@code M01}, {@code M13}, {@code Q05}, {@code S03}, {@code A01}
     * @return the period
     * @throws IllegalArgumentException for anything else
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.toString().strip();
        if (t.length() != 3 || !Character.isDigit(t.charAt(1)) || !Character.isDigit(t.charAt(2))) {
            throw new IllegalArgumentException("Invalid value for period (valid values M01 - M13, Q01 - Q05, S01 - S03, "
                    + "A01): '" + text + "'");
        }
        return new Period(t.charAt(0), Integer.parseInt(t.substring(1)));
    }

    /** @return true for M13, Q05 and S03 (BLS's annual averages of monthly, quarterly and half-year series) */
    public boolean isAnnualAverage() {
        return type == 'M' && number == 13 || type == 'Q' && number == 5 || type == 'S' && number == 3;
    }

    /** @return true for the one period of an annual series ({@code A01}) */
    public boolean isAnnual() {
        return type == 'A';
    }

    /** @return the month of M01 – M12; empty for other periods */
    public Optional<Month> month() {
        return type == 'M' && number <= 12 ? Optional.of(Month.of(number)) : Optional.empty();
    }

    /** Orders periods as a year runs: by type (A, M, Q, S), then number (the annual average last). */
    @Override
    public int compareTo(Period o) {
        return type != o.type ? Character.compare(type, o.type) : Integer.compare(number, o.number);
    }

    /** @return the period as BLS writes it, e.g. {@code M01} */
    @Override
    public String toString() {
        return type + String.format("%02d", number);
    }
}
