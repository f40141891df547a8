package io.github.wageoutlook.experience;

import io.github.wageoutlook.wages.Wage;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A point inside the bracketed range where a fitted curve changes direction: a peak (pay rises, then falls) or a
 * trough. A survey bracket reports one average for everyone in it, so it cannot show a turn inside itself; a turn
 * there comes from the formula, and {@link ExperienceCurve#turns()} reports it so that output can flag it.
 *
 * <pre>{@code
 * curve.turns();   // [peak at 20.0 years, $148,090/yr, inside the 10–40 yrs bracket] for a Mincer fit of a wide last bracket
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param years where, in years of experience (to the nearest 0.01 year)
 * @param pay the curve's pay there
 * @param peak true for a maximum, false for a minimum
 * @param bracket the bracket it lies in, empty in a gap between brackets
 */
public record CurveTurn(double years, Wage pay, boolean peak, Optional<ExperienceBracket> bracket) {

    /**
     * Checks the parts.
     *
     * @param years where, 0 - 60 years
     * @param pay the pay there
     * @param peak whether it is a maximum
     * @param bracket the bracket it lies in, if any
     * @throws IllegalArgumentException for years outside 0 - 60
     */
    public CurveTurn {
        Objects.requireNonNull(pay, "pay must not be null");
        Objects.requireNonNull(bracket, "bracket must not be null");
        if (!(years >= 0 && years <= ExperienceBracket.MAX_YEARS)) {
            throw new IllegalArgumentException("Invalid value for years (valid values 0 - 60): " + years);
        }
    }

    /** Prints {@code peak at 20.0 years, $148,090/yr, inside the 10–40 yrs bracket}. */
    @Override
    public String toString() {
        return (peak ? "peak" : "trough") + String.format(Locale.US, " at %.1f years, ", years) + pay.rounded()
                + bracket.map(b -> ", inside the " + b.label() + " bracket").orElse(", between brackets");
    }
}
