package io.github.wageoutlook.projections;

import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an Employment Projections occupation table (Table 1.7 of 2016–26 and 2019–29, Table 1.2 from 2023–33):
 * an occupation's employment in the base and projected years, the change, openings, and worker characteristics.
 *
 * <p>Employment, change and openings are in thousands, as BLS publishes them. A "—" in the table is
 * {@link EpNumber#unavailable()}, {@link WageFigure#notAvailable(WageBasis)} or an empty optional, never zero; a
 * median wage printed as {@code >=$208,000} is a top-coded lower bound ({@link WageFigure#isLowerBound()}).
 *
 * <pre>{@code
 * OccupationProjection csr = Projections.cycle("2016-26").occupation("43-4051").orElseThrow();
 * csr.baseEmployment();            // 2784.5 (thousands, 2016)
 * csr.percentChange().value();     // 4.9
 * csr.projection().growthRate();  // 0.00479…, a fraction (percentChange() is percent)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cycle the projection cycle
 * @param code the National Employment Matrix code (SOC form 00-0000)
 * @param title the title, without the indentation BLS uses to show hierarchy
 * @param type summary (a group total) or line item (a detailed occupation)
 * @param depth the level in the hierarchy: 0 for all occupations, 1 for a major group, and one more per group
 *              the row is nested in
 * @param baseEmployment employment in the base year, thousands, not negative
 * @param projectedEmployment employment in the projected year, thousands, not negative
 * @param change the employment change over the period, thousands, as published
 * @param percentChange the employment change over the period, percent, as published
 * @param percentSelfEmployed the share of employment that is self-employed in the base year, percent
 * @param annualOpenings occupational openings, annual average over the period, thousands
 * @param medianWage the median annual wage (OEWS, wage and salary workers only)
 * @param wageYear the May reference year of the median wage
 * @param education typical education needed for entry; empty where BLS prints "—"
 * @param experience work experience in a related occupation; empty where BLS prints "—"
 * @param training typical on-the-job training; empty where BLS prints "—"
 */
public record OccupationProjection(Cycle cycle, String code, String title, OccupationType type, int depth,
                                   double baseEmployment, double projectedEmployment, EpNumber change,
                                   EpNumber percentChange, EpNumber percentSelfEmployed, EpNumber annualOpenings,
                                   WageFigure medianWage, int wageYear, Optional<Education> education,
                                   Optional<WorkExperience> experience, Optional<Training> training) {

    /**
     * Checks the parts.
     *
     * @param cycle the projection cycle
     * @param code the National Employment Matrix code (SOC form 00-0000)
     * @param title the title, without the indentation BLS uses to show hierarchy
     * @param type summary (a group total) or line item (a detailed occupation)
     * @param depth the level in the hierarchy: 0 for all occupations, 1 for a major group, and one more per group the row is nested in
     * @param baseEmployment employment in the base year, thousands, not negative
     * @param projectedEmployment employment in the projected year, thousands, not negative
     * @param change the employment change over the period, thousands, as published
     * @param percentChange the employment change over the period, percent, as published
     * @param percentSelfEmployed the share of employment that is self-employed in the base year, percent
     * @param annualOpenings occupational openings, annual average over the period, thousands
     * @param medianWage the median annual wage (OEWS, wage and salary workers only)
     * @param wageYear the May reference year of the median wage
     * @param education typical education needed for entry; empty where BLS prints "—"
     * @param experience work experience in a related occupation; empty where BLS prints "—"
     * @param training typical on-the-job training; empty where BLS prints "—"
     * @throws IllegalArgumentException naming the field, its valid range and the value
     */
    public OccupationProjection {
        Objects.requireNonNull(cycle, "cycle must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(change, "change must not be null");
        Objects.requireNonNull(percentChange, "percentChange must not be null");
        Objects.requireNonNull(percentSelfEmployed, "percentSelfEmployed must not be null");
        Objects.requireNonNull(annualOpenings, "annualOpenings must not be null");
        Objects.requireNonNull(medianWage, "medianWage must not be null");
        Objects.requireNonNull(education, "education must not be null");
        Objects.requireNonNull(experience, "experience must not be null");
        Objects.requireNonNull(training, "training must not be null");
        if (!SocCode.isValid(code)) {
            throw new IllegalArgumentException("Invalid value for code (valid values 00-0000 - 99-9999): '" + code + "'");
        }
        if (depth < 0 || depth > 9) {
            throw new IllegalArgumentException("Invalid value for depth (valid values 0 - 9): " + depth);
        }
        checkEmployment("baseEmployment", baseEmployment);
        checkEmployment("projectedEmployment", projectedEmployment);
        if (medianWage.basis() != WageBasis.ANNUAL) {
            throw new IllegalArgumentException("Invalid value for medianWage (valid basis annual): " + medianWage);
        }
        if (wageYear < 1990 || wageYear > 2200) {
            throw new IllegalArgumentException("Invalid value for wageYear (valid values 1990 - 2200): " + wageYear);
        }
    }

    private static void checkEmployment(String field, double thousands) {
        if (!Double.isFinite(thousands) || thousands < 0) {
            throw new IllegalArgumentException("Invalid value for " + field + " (valid values 0 - finite thousands): "
                    + thousands);
        }
    }

    /** @return true for a detailed occupation ("Line item") */
    public boolean isLineItem() {
        return type == OccupationType.LINE_ITEM;
    }

    /**
     * This row as a projection, for the calculations: CAGR, employment in any year, total openings, comparisons.
     *
     * @return the projection, employment in thousands, labelled with code and title
     */
    public Projection projection() {
        return new Projection(code + " " + title, cycle, baseEmployment, projectedEmployment, annualOpenings);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.US, "%s %s (%s, %s): %,.1fk → %,.1fk, %s%%, openings %sk/yr",
                code, title, cycle, type, baseEmployment, projectedEmployment, percentChange, annualOpenings);
    }
}
