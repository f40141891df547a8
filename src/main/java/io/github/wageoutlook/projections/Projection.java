package io.github.wageoutlook.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A projection of employment between two years, and the calculations on it. BLS rows give one through
 * {@link OccupationProjection#projection()}; a user builds a scenario with {@link #of(String, double, double, int)}.
 *
 * <ul>
 *   <li>Compound annual growth rate: CAGR = (E₁ / E₀)^(1 / years) − 1.</li>
 *   <li>Employment in year t: compound E₀ × (1 + CAGR)^(t − t₀), or linear E₀ + (E₁ − E₀)(t − t₀)/years;
 *       outside [t₀, t₁] the point is flagged as an extrapolation.</li>
 *   <li>Total openings over the period: annual average openings × years.</li>
 *   <li>Comparison with a reference (the all-occupations total of the cycle): {@link #compareWith(Projection)}.</li>
 *   <li>The Occupational Outlook Handbook descriptor: {@link #descriptor(DescriptorScale)}.</li>
 * </ul>
 *
 * <pre>{@code
 * Projection callCenters = Projection.of("call centers", 100, 136, Cycle.of(2016, 2026));
 * callCenters.growthRate();                    // 0.0312…, a fraction: +3.12% a year
 * callCenters.employmentIn(2021).employment();   // 116.6…
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label what is projected, for printing
 * @param cycle the base and projected years
 * @param baseEmployment employment in the base year, greater than zero (thousands for BLS rows)
 * @param projectedEmployment employment in the projected year, not negative, same unit
 * @param annualOpenings average annual openings over the period, same unit, or unavailable
 */
public record Projection(String label, Cycle cycle, double baseEmployment, double projectedEmployment,
                         EpNumber annualOpenings) {

    /**
     * Checks the parts.
     *
     * @param label what is projected, for printing
     * @param cycle the base and projected years
     * @param baseEmployment employment in the base year, greater than zero (thousands for BLS rows)
     * @param projectedEmployment employment in the projected year, not negative, same unit
     * @param annualOpenings average annual openings over the period, same unit, or unavailable
     * @throws IllegalArgumentException naming the field, valid range and value
     */
    public Projection {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(cycle, "cycle must not be null");
        Objects.requireNonNull(annualOpenings, "annualOpenings must not be null");
        if (!Double.isFinite(baseEmployment) || baseEmployment <= 0) {
            throw new IllegalArgumentException("Invalid value for baseEmployment (valid values > 0, finite): "
                    + baseEmployment);
        }
        if (!Double.isFinite(projectedEmployment) || projectedEmployment < 0) {
            throw new IllegalArgumentException("Invalid value for projectedEmployment (valid values 0 - finite): "
                    + projectedEmployment);
        }
        if (annualOpenings.isAvailable() && annualOpenings.value() < 0) {
            throw new IllegalArgumentException("Invalid value for annualOpenings (valid values 0 - finite): "
                    + annualOpenings);
        }
    }

    /**
     * A user-defined projection (a scenario) without openings.
     *
     * @param label what is projected
     * @param base employment in the base year, greater than zero
     * @param target employment in the target year, not negative
     * @param cycle the base and target years
     * @return the projection
     */
    public static Projection of(String label, double base, double target, Cycle cycle) {
        return new Projection(label, cycle, base, target, EpNumber.unavailable());
    }

    /**
     * A user-defined projection from a base year and a number of years.
     *
     * @param label what is projected
     * @param base employment in the base year, greater than zero
     * @param target employment at the end, not negative
     * @param years the length of the period, 1 - 100
     * @return the projection, on the nominal years 2000 to 2000 + years (use {@link #of(String, double, double,
     *         Cycle)} to give calendar years)
     */
    public static Projection of(String label, double base, double target, int years) {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("Invalid value for years (valid values 1 - 100): " + years);
        }
        return of(label, base, target, Cycle.of(2000, 2000 + years));
    }

    /**
     * A projection given as a percent change on an index of 100 in the base year, for published figures that
     * come without levels (such as "+36% in telephone call centers").
     *
     * @param label what is projected
     * @param percentChange the change over the period, percent, above −100
     * @param cycle the base and projected years
     * @return the projection on an index (base = 100)
     */
    public static Projection ofPercent(String label, double percentChange, Cycle cycle) {
        if (!Double.isFinite(percentChange) || percentChange < -100) {
            throw new IllegalArgumentException("Invalid value for percentChange (valid values -100 - finite): "
                    + percentChange);
        }
        return of(label, 100, 100 + percentChange, cycle);
    }

    /**
     * The same projection with annual average openings.
     *
     * @param annual openings per year, not negative
     * @return a new projection
     */
    public Projection withAnnualOpenings(double annual) {
        return new Projection(label, cycle, baseEmployment, projectedEmployment, EpNumber.of(annual));
    }

    /** @return the length of the period in years */
    public int years() {
        return cycle.years();
    }

    /** @return projected minus base employment */
    public double change() {
        return projectedEmployment - baseEmployment;
    }

    /** @return 100 × change ÷ base employment (unrounded; BLS prints one decimal) */
    public double percentChange() {
        return 100 * change() / baseEmployment;
    }

    /**
     * The compound annual growth rate (CAGR), (E₁ / E₀)^(1/years) − 1: a fraction per year, where
     * {@link #percentChange()} is percent over the whole period.
     *
     * @return e.g. 0.00479 for +0.479% a year; −1 when projected employment is zero
     */
    public double growthRate() {
        return Math.pow(projectedEmployment / baseEmployment, 1.0 / years()) - 1;
    }

    /**
     * Employment in a year on the compound path.
     *
     * @param year any year; outside the period the point is flagged as extrapolated
     * @return the point
     */
    public EmploymentPoint employmentIn(int year) {
        return employmentIn(year, PathMethod.COMPOUND);
    }

    /**
     * Employment in a year on the chosen path.
     *
     * @param year any year within 100 years of the base year; outside the period the point is flagged
     * @param method compound or linear
     * @return the point
     * @throws IllegalArgumentException if the year is more than 100 years from the base, or a linear path falls
     *                                  below zero in that year
     */
    public EmploymentPoint employmentIn(int year, PathMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        int t = year - cycle.baseYear();
        if (Math.abs(t) > 100) {
            throw new IllegalArgumentException("Invalid value for year (valid values " + (cycle.baseYear() - 100)
                    + " - " + (cycle.baseYear() + 100) + "): " + year);
        }
        double e = switch (method) {
            case COMPOUND -> t == 0 ? baseEmployment : baseEmployment * Math.pow(projectedEmployment / baseEmployment,
                    (double) t / years());
            case LINEAR -> baseEmployment + change() * t / years();
        };
        if (!Double.isFinite(e) || e < 0) {
            throw new IllegalArgumentException("Invalid value for year (the " + method.name().toLowerCase(Locale.ROOT)
                    + " path of " + label + " has no non-negative employment in " + year + "): " + year);
        }
        boolean outside = year < cycle.baseYear() || year > cycle.endYear();
        return new EmploymentPoint(year, e, method, outside);
    }

    /**
     * Employment in every year of the period, base to projected year inclusive.
     *
     * @param method compound or linear
     * @return years + 1 points, none extrapolated
     */
    public List<EmploymentPoint> path(PathMethod method) {
        List<EmploymentPoint> points = new ArrayList<>();
        for (int y = cycle.baseYear(); y <= cycle.endYear(); y++) {
            points.add(employmentIn(y, method));
        }
        return List.copyOf(points);
    }

    /**
     * Total openings over the period: annual average openings × years.
     *
     * @return the total, unavailable when openings are
     */
    public EpNumber totalOpenings() {
        return annualOpenings.isAvailable() ? EpNumber.of(annualOpenings.value() * years()) : EpNumber.unavailable();
    }

    /**
     * Compares growth with a reference, such as the all-occupations total of the same cycle.
     *
     * @param reference the reference projection
     * @return the comparison
     */
    public GrowthComparison compareWith(Projection reference) {
        return new GrowthComparison(this, reference);
    }

    /**
     * The Occupational Outlook Handbook descriptor of this projection's percent change.
     *
     * @param scale the thresholds of the cycle (see {@link DescriptorScale#of(Cycle, double)})
     * @return e.g. {@link GrowthDescriptor#AS_FAST_AS_AVERAGE}
     */
    public GrowthDescriptor descriptor(DescriptorScale scale) {
        return scale.describe(percentChange());
    }

    @Override
    public String toString() {
        return String.format(Locale.US, "%s, %s: %,.1f → %,.1f (%+,.1f, %+.1f%%, CAGR %+.2f%%/yr)%s", label, cycle,
                baseEmployment, projectedEmployment, change(), percentChange(), 100 * growthRate(),
                annualOpenings.isAvailable() ? ", openings " + annualOpenings + "/yr" : "");
    }
}
