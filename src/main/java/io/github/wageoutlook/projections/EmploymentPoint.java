package io.github.wageoutlook.projections;

import java.util.Locale;
import java.util.Objects;

/**
 * Employment in one year on a projection's path, flagged when the year lies outside the projection period and the
 * figure is therefore an extrapolation BLS never made.
 *
 * <pre>{@code EmploymentPoint p = projection.employmentIn(2030); if (p.extrapolated()) …}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the calendar year
 * @param employment employment in the projection's unit (thousands for BLS rows)
 * @param method the path assumed between and beyond the end points
 * @param extrapolated true when the year is before the base year or after the projected year
 */
public record EmploymentPoint(int year, double employment, PathMethod method, boolean extrapolated) {

    /**
     * Checks the parts.
     *
     * @param year the calendar year
     * @param employment employment in the projection's unit (thousands for BLS rows)
     * @param method the path assumed between and beyond the end points
     * @param extrapolated true when the year is before the base year or after the projected year
     * @throws IllegalArgumentException if employment is negative or not finite
     */
    public EmploymentPoint {
        Objects.requireNonNull(method, "method must not be null");
        if (!Double.isFinite(employment) || employment < 0) {
            throw new IllegalArgumentException("Invalid value for employment (valid values 0 - finite): "
                    + employment);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.US, "%d: %,.1f (%s%s)", year, employment, method.name().toLowerCase(Locale.ROOT),
                extrapolated ? ", extrapolated" : "");
    }
}
