package io.github.wageoutlook.inflation;

import io.github.wageoutlook.wages.Wage;
import java.util.Locale;
import java.util.Objects;

/**
 * An inflation adjustment between two periods of one index: factor = I(to) / I(from), exactly 1 when the periods
 * are the same. It names the series, both index values (and whether one was interpolated) and the factor, so that
 * a result can always be checked by hand.
 *
 * <pre>{@code
 * Adjustment a = Cpi.u().adjustment(2017, 2025);   // 321.943 / 245.120 = 1.313410
 * a.apply(Wage.annual(32_890));                     // $43,198.04695659269/yr, not rounded
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the index value of the period the dollars are of
 * @param to the index value of the period of the dollars wanted
 */
public record Adjustment(IndexValue from, IndexValue to) {

    /**
     * Checks the parts.
     *
     * @param from the index value of the period the dollars are of
     * @param to the index value of the period of the dollars wanted
     * @throws IllegalArgumentException if the two values are of different series, or one is annual and the other
     *         monthly
     */
    public Adjustment {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (!from.seriesId().equals(to.seriesId())) {
            throw new IllegalArgumentException("Invalid value for to (valid values: a value of series "
                    + from.seriesId() + ", as from is): series " + to.seriesId());
        }
        if (from.isAnnual() != to.isAnnual()) {
            throw new IllegalArgumentException("Invalid value for to (valid values: " + (from.isAnnual()
                    ? "an annual average" : "a month") + ", as from " + from.period() + " is): " + to.period());
        }
    }

    /** @return I(to) / I(from); exactly 1 when both are the same period */
    public double factor() {
        return from.period().equals(to.period()) ? 1.0 : to.value() / from.value();
    }

    /** @return true when either value was interpolated */
    public boolean isInterpolated() {
        return from.isInterpolated() || to.isInterpolated();
    }

    /**
     * An amount of dollars of {@code from} in dollars of {@code to}; not rounded.
     *
     * @param dollars the amount
     * @return dollars × factor
     */
    public double apply(double dollars) {
        return dollars * factor();
    }

    /**
     * A wage of {@code from} in dollars of {@code to}, on the same basis; not rounded.
     *
     * @param wage the wage
     * @return the adjusted wage
     */
    public Wage apply(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        return wage.multipliedBy(factor());
    }

    /** Prints e.g. {@code CUUR0000SA0: 2025 321.943 / 2017 245.120 = 1.313410}. */
    @Override
    public String toString() {
        return String.format(Locale.US, "%s: %s / %s = %.6f", from.seriesId(), to, from, factor());
    }
}
