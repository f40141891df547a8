package io.github.wageoutlook.fetch;

import io.github.wageoutlook.wages.WageBasis;
import java.util.Arrays;
import java.util.Optional;

/**
 * The data type of an OEWS series id (its last two digits), as BLS's {@code oe.datatype} table lists them, with the
 * OEWS file column that holds the same figure.
 *
 * <pre>{@code OewsDataType.ANNUAL_MEDIAN.code();   // "13" (column A_MEDIAN)}</pre>
 */
public enum OewsDataType {
    /** 01 Employment ({@code TOT_EMP}). */
    EMPLOYMENT("01", "TOT_EMP", null),
    /** 02 Employment percent relative standard error ({@code EMP_PRSE}). */
    EMPLOYMENT_RSE("02", "EMP_PRSE", null),
    /** 03 Hourly mean wage ({@code H_MEAN}). */
    HOURLY_MEAN("03", "H_MEAN", WageBasis.HOURLY),
    /** 04 Annual mean wage ({@code A_MEAN}). */
    ANNUAL_MEAN("04", "A_MEAN", WageBasis.ANNUAL),
    /** 05 Wage percent relative standard error ({@code MEAN_PRSE}). */
    WAGE_RSE("05", "MEAN_PRSE", null),
    /** 06 Hourly 10th percentile wage ({@code H_PCT10}). */
    HOURLY_P10("06", "H_PCT10", WageBasis.HOURLY),
    /** 07 Hourly 25th percentile wage ({@code H_PCT25}). */
    HOURLY_P25("07", "H_PCT25", WageBasis.HOURLY),
    /** 08 Hourly median wage ({@code H_MEDIAN}). */
    HOURLY_MEDIAN("08", "H_MEDIAN", WageBasis.HOURLY),
    /** 09 Hourly 75th percentile wage ({@code H_PCT75}). */
    HOURLY_P75("09", "H_PCT75", WageBasis.HOURLY),
    /** 10 Hourly 90th percentile wage ({@code H_PCT90}). */
    HOURLY_P90("10", "H_PCT90", WageBasis.HOURLY),
    /** 11 Annual 10th percentile wage ({@code A_PCT10}). */
    ANNUAL_P10("11", "A_PCT10", WageBasis.ANNUAL),
    /** 12 Annual 25th percentile wage ({@code A_PCT25}). */
    ANNUAL_P25("12", "A_PCT25", WageBasis.ANNUAL),
    /** 13 Annual median wage ({@code A_MEDIAN}). */
    ANNUAL_MEDIAN("13", "A_MEDIAN", WageBasis.ANNUAL),
    /** 14 Annual 75th percentile wage ({@code A_PCT75}). */
    ANNUAL_P75("14", "A_PCT75", WageBasis.ANNUAL),
    /** 15 Annual 90th percentile wage ({@code A_PCT90}). */
    ANNUAL_P90("15", "A_PCT90", WageBasis.ANNUAL),
    /** 16 Employment per 1,000 jobs ({@code JOBS_1000}). */
    JOBS_PER_1000("16", "JOBS_1000", null),
    /** 17 Location quotient ({@code LOC_QUOTIENT}). */
    LOCATION_QUOTIENT("17", "LOC_QUOTIENT", null);

    private final String code;
    private final String column;
    private final WageBasis basis;

    OewsDataType(String code, String column, WageBasis basis) {
        this.code = code;
        this.column = column;
        this.basis = basis;
    }

    /** @return the two digits in the series id, e.g. {@code 13} */
    public String code() {
        return code;
    }

    /** @return the OEWS file column holding the same figure, e.g. {@code A_MEDIAN} */
    public String column() {
        return column;
    }

    /** @return the wage basis for wage data types; empty for employment, errors, jobs per 1,000, location quotient */
    public Optional<WageBasis> basis() {
        return Optional.ofNullable(basis);
    }

    /**
     * The data type of two digits.
     *
     * @param code {@code 01} – {@code 17}
     * @return the data type
     * @throws IllegalArgumentException for another code
     */
    public static OewsDataType of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid value for OEWS data type (valid values 01 - "
                        + "17): '" + code + "'"));
    }
}
