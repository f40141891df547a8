package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether an OEWS estimate is small: its employment or its mean wage rests on so few survey responses that the
 * relative standard error BLS publishes for it (EMP_PRSE, MEAN_PRSE; "Employment percent relative standard error" and
 * "Wage percent relative standard error" in the OEWS data query tool's exports) is
 * {@value #RSE_THRESHOLD_PERCENT} percent or more.
 *
 * <p>The relative standard error (RSE) is the standard error of an estimate as a percent of the estimate: at 30%, a
 * 95% confidence interval runs from about 40% to 160% of the figure. BLS publishes the RSEs of every OEWS estimate but
 * no threshold ("The smaller the relative standard error, the more precise the estimate", the exports' footnote 3).
 * The threshold of 30% is this library's choice, following a common convention of U.S. statistical agencies: the
 * National Center for Health Statistics presents estimates with an RSE of 30 percent or more as not to be assumed
 * reliable (NCHS presentation standards; Klein et al., "Healthy People 2010 criteria for data suppression", NCHS
 * Statistical Notes no. 24, 2002). A row without a published RSE (not released, or a column the file lacks) is not
 * called small: nothing is known of it.
 *
 * <pre>{@code
 * OccupationWages vt = Oews.read(Path.of("OES_Report.csv")).area("VT").row(0);   // data scientists, May 2024
 * EstimateReliability.isSmall(vt);      // true: employment RSE 37.3%
 * EstimateReliability.reasons(vt);      // [employment RSE 37.3%]
 * }</pre>
 */
public final class EstimateReliability {
    /** The relative standard error, in percent, at and above which an estimate is called small: 30. */
    public static final double RSE_THRESHOLD_PERCENT = 30;

    private EstimateReliability() {
    }

    /**
     * Whether a row's employment or mean wage has a relative standard error of {@value #RSE_THRESHOLD_PERCENT}% or
     * more.
     *
     * @param row a row of an OEWS table
     * @return true for a small estimate
     */
    public static boolean isSmall(OccupationWages row) {
        Objects.requireNonNull(row, "row must not be null");
        return isHigh(row.employmentRse()) || isHigh(row.meanRse());
    }

    /**
     * Why a row is a small estimate: each relative standard error at or above the threshold, e.g.
     * {@code employment RSE 48.5%}.
     *
     * @param row a row of an OEWS table
     * @return the reasons, empty when the row is not small
     */
    public static List<String> reasons(OccupationWages row) {
        Objects.requireNonNull(row, "row must not be null");
        List<String> reasons = new ArrayList<>();
        if (isHigh(row.employmentRse())) {
            reasons.add("employment RSE " + percent(row.employmentRse()));
        }
        if (isHigh(row.meanRse())) {
            reasons.add("wage RSE " + percent(row.meanRse()));
        }
        return reasons;
    }

    private static boolean isHigh(Figure rse) {
        return rse.isExact() && rse.value() >= RSE_THRESHOLD_PERCENT;
    }

    private static String percent(Figure rse) {
        return String.format(Locale.US, "%.1f%%", rse.value());
    }
}
