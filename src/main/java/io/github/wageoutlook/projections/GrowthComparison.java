package io.github.wageoutlook.projections;

import java.util.Locale;
import java.util.Objects;

/**
 * One projection's growth set against a reference, usually the all-occupations total of the same cycle (the
 * "average" the Occupational Outlook Handbook compares with) or the all-industries figure for a scenario.
 *
 * <p>Growth is compared as rates, never as levels: percent change over each period and compound annual growth
 * rates, so that projections of different lengths or units (thousands, an index) compare fairly.
 *
 * <pre>{@code
 * GrowthComparison c = csr.projection().compareWith(total.projection());
 * c.percentPoints();   // 4.9 − 7.4 = −2.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject the projection compared
 * @param reference the projection compared with
 */
public record GrowthComparison(Projection subject, Projection reference) {

    /**
     * Checks the parts.
     *
     * @param subject the projection compared
     * @param reference the projection compared with
     * @throws NullPointerException if either is null
     */
    public GrowthComparison {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
    }

    /** @return subject percent change minus reference percent change, in percentage points */
    public double percentPoints() {
        return subject.percentChange() - reference.percentChange();
    }

    /** @return subject CAGR minus reference CAGR, in percentage points per year */
    public double annualPercentPoints() {
        return 100 * (subject.growthRate() - reference.growthRate());
    }

    /** @return true when the subject grows faster per year than the reference */
    public boolean isFaster() {
        return subject.growthRate() > reference.growthRate();
    }

    @Override
    public String toString() {
        return String.format(Locale.US, "%s: %+.1f%% (%+.2f%%/yr) vs %s: %+.1f%% (%+.2f%%/yr); difference %+.1f points "
                        + "(%+.2f points/yr)", subject.label(), subject.percentChange(), 100 * subject.growthRate(),
                reference.label(), reference.percentChange(), 100 * reference.growthRate(), percentPoints(),
                annualPercentPoints());
    }
}
