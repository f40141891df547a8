package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Objects;

/**
 * One row of an OEWS table: an occupation's employment and wages in one area, industry and year.
 *
 * <pre>{@code
 * OccupationWages csr = Oews.national(2018).occupation("43-4051").orElseThrow();
 * csr.annual().median();   // $33,750
 * csr.hourly().p90();      // $26.59
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the May reference year of the survey
 * @param area the BLS area code ({@code 99} for the U.S.)
 * @param areaTitle the area name
 * @param industry the NAICS code ({@code 000000} cross-industry)
 * @param industryTitle the industry name
 * @param ownership the OWN_CODE ({@code 1235} all ownerships)
 * @param socCode the SOC code, e.g. {@code 43-4051}
 * @param title the occupation title
 * @param level the level in the SOC hierarchy
 * @param employment total employment (TOT_EMP), rounded to tens by BLS
 * @param employmentRse relative standard error of the employment estimate, percent (EMP_PRSE)
 * @param meanRse relative standard error of the mean wage, percent (MEAN_PRSE)
 * @param hourly the hourly figures
 * @param annual the annual figures
 * @param publishedBasis which bases BLS released (ANNUAL / HOURLY flags)
 */
public record OccupationWages(int year, String area, String areaTitle, String industry, String industryTitle,
                              String ownership, String socCode, String title, GroupLevel level, Figure employment,
                              Figure employmentRse, Figure meanRse, WageSummary hourly, WageSummary annual,
                              PublishedBasis publishedBasis) {

    /**
     * Checks the parts.
     *
     * @param year the May reference year of the survey
     * @param area the BLS area code ({@code 99} for the U.S.)
     * @param areaTitle the area name
     * @param industry the NAICS code ({@code 000000} cross-industry)
     * @param industryTitle the industry name
     * @param ownership the OWN_CODE ({@code 1235} all ownerships)
     * @param socCode the SOC code, e.g. {@code 43-4051}
     * @param title the occupation title
     * @param level the level in the SOC hierarchy
     * @param employment total employment (TOT_EMP), rounded to tens by BLS
     * @param employmentRse relative standard error of the employment estimate, percent (EMP_PRSE)
     * @param meanRse relative standard error of the mean wage, percent (MEAN_PRSE)
     * @param hourly the hourly figures
     * @param annual the annual figures
     * @param publishedBasis which bases BLS released (ANNUAL / HOURLY flags)
     * @throws IllegalArgumentException if the SOC code is not of the form 00-0000 or a summary is on the wrong basis
     */
    public OccupationWages {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(areaTitle, "areaTitle must not be null");
        Objects.requireNonNull(industry, "industry must not be null");
        Objects.requireNonNull(industryTitle, "industryTitle must not be null");
        Objects.requireNonNull(ownership, "ownership must not be null");
        Objects.requireNonNull(socCode, "socCode must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(employment, "employment must not be null");
        Objects.requireNonNull(employmentRse, "employmentRse must not be null");
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

    @Override
    public String toString() {
        return socCode + " " + title + " (" + level.code() + ", " + areaTitle + ", May " + year + "): employment "
                + employment + ", annual mean " + annual.mean() + ", median " + annual.median() + ", P10 "
                + annual.p10() + ", P90 " + annual.p90();
    }
}
