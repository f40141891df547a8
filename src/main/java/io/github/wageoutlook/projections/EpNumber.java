package io.github.wageoutlook.projections;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A number from an Employment Projections table that may be unavailable: BLS prints "—" where it has no figure
 * (self-employment shares of small occupations, some wages). Unavailable is a value of its own, never zero.
 *
 * <pre>{@code
 * EpNumber self = row.percentSelfEmployed();
 * if (self.isAvailable()) share = self.value();   // else "—"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param raw the number when available, otherwise {@code NaN}
 */
public record EpNumber(double raw) {

    /** The symbol BLS prints for an unavailable figure. */
    public static final String UNAVAILABLE_SYMBOL = "—";

    private static final EpNumber UNAVAILABLE = new EpNumber(Double.NaN);

    /**
     * Checks the number.
     *
     * @param raw the number when available, otherwise {@code NaN}
     * @throws IllegalArgumentException if it is infinite
     */
    public EpNumber {
        if (Double.isInfinite(raw)) {
            throw new IllegalArgumentException("Invalid value for raw (valid values finite, or NaN for unavailable): "
                    + raw);
        }
    }

    /**
     * An available number.
     *
     * @param value a finite number
     * @return the figure
     * @throws IllegalArgumentException if the value is not finite
     */
    public static EpNumber of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid value for value (valid values finite numbers): " + value);
        }
        return new EpNumber(value);
    }

    /** @return the unavailable figure ("—") */
    public static EpNumber unavailable() {
        return UNAVAILABLE;
    }

    /** @return true when the figure has a number */
    public boolean isAvailable() {
        return !Double.isNaN(raw);
    }

    /**
     * The number.
     *
     * @return the value
     * @throws IllegalStateException if the figure is unavailable
     */
    public double value() {
        if (!isAvailable()) {
            throw new IllegalStateException("Figure unavailable in the Employment Projections table (\"—\")");
        }
        return raw;
    }

    /** @return the number, or empty when unavailable */
    public OptionalDouble optional() {
        return isAvailable() ? OptionalDouble.of(raw) : OptionalDouble.empty();
    }

    /** Prints the number with one decimal and thousands separators, or "—". */
    @Override
    public String toString() {
        return isAvailable() ? String.format(Locale.US, "%,.1f", raw) : UNAVAILABLE_SYMBOL;
    }
}
