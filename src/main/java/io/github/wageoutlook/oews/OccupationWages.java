package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Objects;

/**
 * One row of an OEWS table: an occupation's employment and wages in one year, area, industry and ownership (its
 * {@link #context()}), with every figure BLS publishes for it.
 *
 * <pre>{@code
 * OccupationWages csr = Oews.national(2018).occupation("43-4051").orElseThrow();
 * csr.annual().median();   // $33,750
 * csr.hourly().p90();      // $26.59
 * }</pre>
 *
 * <p>The figures BLS publishes only for some kinds of estimates are {@link Figure}s whose status says when they are
 * not there: {@code JOBS_1000} and {@code LOC_QUOTIENT} for state and metropolitan estimates, {@code PCT_TOTAL} and
 * {@code PCT_RPT} for national industry estimates ({@link io.github.wageoutlook.wages.FigureStatus#BLANK} in other
 * files that have the column, {@link io.github.wageoutlook.wages.FigureStatus#ABSENT} in files without it, such as
 * the national files before May 2019 and {@code PCT_RPT} in May 2019–2020). {@code PCT_RPT} {@code ~} is an upper
 * bound: fewer than 0.5% of establishments report the occupation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the May reference year of the survey
 * @param area the area ({@code AREA}, {@code AREA_TITLE}, {@code AREA_TYPE}, {@code PRIM_STATE})
 * @param industry the industry ({@code NAICS}, {@code NAICS_TITLE}, {@code I_GROUP})
 * @param ownership the ownership ({@code OWN_CODE}, named by the file's Field Descriptions)
 * @param socCode the SOC code, e.g. {@code 43-4051}
 * @param title the occupation title
 * @param level the level in the SOC hierarchy
 * @param employment total employment (TOT_EMP), rounded to tens by BLS
 * @param employmentRse relative standard error of the employment estimate, percent (EMP_PRSE)
 * @param jobsPer1000 jobs in the occupation per 1,000 jobs in the area (JOBS_1000)
 * @param locationQuotient the occupation's share of the area's employment over its share of the nation's
 *     (LOC_QUOTIENT)
 * @param percentOfIndustry percent of the industry's employment in the occupation (PCT_TOTAL)
 * @param percentReporting percent of establishments reporting the occupation (PCT_RPT; {@code ~}: under 0.5)
 * @param meanRse relative standard error of the mean wage, percent (MEAN_PRSE)
 * @param hourly the hourly figures
 * @param annual the annual figures
 * @param publishedBasis which bases BLS released (ANNUAL / HOURLY flags)
 */
public record OccupationWages(int year, Area area, Industry industry, Ownership ownership, String socCode,
                              String title, GroupLevel level, Figure employment, Figure employmentRse,
                              Figure jobsPer1000, Figure locationQuotient, Figure percentOfIndustry,
                              Figure percentReporting, Figure meanRse, WageSummary hourly, WageSummary annual,
                              PublishedBasis publishedBasis) {

    /**
     * Checks the parts.
     *
     * @param year the May reference year of the survey
     * @param area the area
     * @param industry the industry
     * @param ownership the ownership
     * @param socCode the SOC code, e.g. {@code 43-4051}
     * @param title the occupation title
     * @param level the level in the SOC hierarchy
     * @param employment total employment (TOT_EMP)
     * @param employmentRse relative standard error of the employment estimate, percent (EMP_PRSE)
     * @param jobsPer1000 jobs per 1,000 jobs in the area (JOBS_1000)
     * @param locationQuotient location quotient (LOC_QUOTIENT)
     * @param percentOfIndustry percent of the industry's employment (PCT_TOTAL)
     * @param percentReporting percent of establishments reporting (PCT_RPT)
     * @param meanRse relative standard error of the mean wage, percent (MEAN_PRSE)
     * @param hourly the hourly figures
     * @param annual the annual figures
     * @param publishedBasis which bases BLS released (ANNUAL / HOURLY flags)
     * @throws IllegalArgumentException if the SOC code is not of the form 00-0000 or a summary is on the wrong basis
     */
    public OccupationWages {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(industry, "industry must not be null");
        Objects.requireNonNull(ownership, "ownership must not be null");
        Objects.requireNonNull(socCode, "socCode must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(employment, "employment must not be null");
        Objects.requireNonNull(employmentRse, "employmentRse must not be null");
        Objects.requireNonNull(jobsPer1000, "jobsPer1000 must not be null");
        Objects.requireNonNull(locationQuotient, "locationQuotient must not be null");
        Objects.requireNonNull(percentOfIndustry, "percentOfIndustry must not be null");
        Objects.requireNonNull(percentReporting, "percentReporting must not be null");
        Objects.requireNonNull(meanRse, "meanRse must not be null");
        Objects.requireNonNull(hourly, "hourly must not be null");
        Objects.requireNonNull(annual, "annual must not be null");
        Objects.requireNonNull(publishedBasis, "publishedBasis must not be null");
        if (!SocCode.isValid(socCode)) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values 00-0000 - 99-9999): '"
                    + socCode + "'");
        }
        if (hourly.basis() != WageBasis.HOURLY) {
            throw new BasisMismatchException("use hourly figures", WageBasis.HOURLY, hourly.basis());
        }
        if (annual.basis() != WageBasis.ANNUAL) {
            throw new BasisMismatchException("use annual figures", WageBasis.ANNUAL, annual.basis());
        }
    }

    /** @return the year, area, industry and ownership the row's figures apply to */
    public Context context() {
        return new Context(year, area, industry, ownership);
    }

    /** @return the area's name ({@code AREA_TITLE}), e.g. {@code U.S.} */
    public String areaTitle() {
        return area.title();
    }

    /**
     * The figures on one basis.
     *
     * @param basis hourly or annual
     * @return {@link #hourly()} or {@link #annual()}
     */
    public WageSummary wages(WageBasis basis) {
        return basis == WageBasis.HOURLY ? hourly : annual;
    }

    /** @return the two-digit major group, e.g. {@code 43} for 43-4051 */
    public String majorGroup() {
        return socCode.substring(0, 2);
    }

    /**
     * Prints the code, title and level, the context (the area always; the industry and ownership when they are not
     * all industries and all employers) and the main figures.
     */
    @Override
    public String toString() {
        return socCode + " " + title + " (" + level.code() + ", " + context().label() + ", May " + year
                + "): employment " + employment + ", annual mean " + annual.mean() + ", median " + annual.median()
                + ", P10 " + annual.p10() + ", P90 " + annual.p90();
    }
}
