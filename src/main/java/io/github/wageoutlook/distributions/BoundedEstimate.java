package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A model estimate made fit to be shown beside the figure BLS published for the same statistic, so that the two never
 * contradict each other.
 *
 * <p>A top-coded BLS figure ({@code #}, printed {@code ≥ $208,000}) says the true value is at least the top-code. An
 * estimate below it contradicts BLS, so it is <em>clamped</em>: shown as {@code ≥ $208,000}, a lower bound, with
 * a note saying the model's own figure was lower. An estimate at or above the bound agrees with it; no difference
 * can be computed against a bound. Only beside an exact published figure is there a difference, estimate /
 * published − 1.
 *
 * <pre>{@code
 * // SOC 11-0000, May 2018: the employment-weighted mixture gives P90 $200,350; BLS publishes ≥ $208,000.
 * BoundedEstimate p90 = BoundedEstimate.of(group.wageAt(90), row.annual().p90());
 * p90.shown();        // $208,000/yr, p90.isLowerBound() true, p90.comparison() CLAMPED_TO_BOUND
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param estimate the model's figure, as computed
 * @param estimateIsLowerBound true when the model itself returned a lower bound
 * @param published BLS's figure for the same statistic, or empty when the file has none
 * @param shown what to show: the estimate, or the published bound when the estimate fell below it
 * @param lowerBound true when {@code shown} is a lower bound (print it with {@code ≥})
 * @param comparison how the estimate relates to the published figure
 */
public record BoundedEstimate(Wage estimate, boolean estimateIsLowerBound, Optional<WageFigure> published, Wage shown,
                              boolean lowerBound, Comparison comparison) {

    /**
     * Checks the parts.
     *
     * @param estimate the model's figure
     * @param estimateIsLowerBound whether the model returned a bound
     * @param published BLS's figure, if any
     * @param shown what to show
     * @param lowerBound whether {@code shown} is a bound
     * @param comparison how the two relate
     * @throws IllegalArgumentException if {@code shown} is below a published lower bound
     */
    public BoundedEstimate {
        Objects.requireNonNull(estimate, "estimate must not be null");
        Objects.requireNonNull(published, "published must not be null");
        Objects.requireNonNull(shown, "shown must not be null");
        Objects.requireNonNull(comparison, "comparison must not be null");
        if (published.isPresent() && published.get().isLowerBound() && shown.amount() < published.get().amount()) {
            throw new IllegalArgumentException("Invalid value for shown (valid values: at least the published lower "
                    + "bound " + published.get() + "): " + shown);
        }
    }

    /**
     * The estimate of a percentile beside BLS's figure for it.
     *
     * @param estimate the model's wage at the percentile
     * @param published BLS's figure for that percentile (exact, top-coded, or not available)
     * @return the estimate as it may be shown
     * @throws io.github.wageoutlook.wages.BasisMismatchException if the two are on different bases
     */
    public static BoundedEstimate of(WageAtPercentile estimate, WageFigure published) {
        Objects.requireNonNull(estimate, "estimate must not be null");
        return of(estimate.wage(), estimate.isLowerBound(), Optional.of(published));
    }

    /**
     * Any estimate (a mean, a percentile) beside BLS's figure for the same statistic.
     *
     * @param estimate the model's figure
     * @param estimateIsLowerBound true when the model itself returned a lower bound
     * @param published BLS's figure, or empty when the file has no row for it
     * @return the estimate as it may be shown
     * @throws io.github.wageoutlook.wages.BasisMismatchException if the two are on different bases
     */
    public static BoundedEstimate of(Wage estimate, boolean estimateIsLowerBound, Optional<WageFigure> published) {
        Objects.requireNonNull(estimate, "estimate must not be null");
        Objects.requireNonNull(published, "published must not be null");
        if (published.isEmpty() || !published.get().isAvailable()) {
            return new BoundedEstimate(estimate, estimateIsLowerBound, published, estimate, estimateIsLowerBound,
                    Comparison.NO_PUBLISHED_FIGURE);
        }
        WageFigure p = published.get();
        estimate.requireSameBasis("compare an estimate with BLS's figure", p.wage());
        if (p.isExact()) {
            return new BoundedEstimate(estimate, estimateIsLowerBound, published, estimate, estimateIsLowerBound,
                    estimateIsLowerBound ? Comparison.ESTIMATE_IS_BOUND : Comparison.DIFFERENCE);
        }
        if (estimate.amount() < p.amount()) {
            return new BoundedEstimate(estimate, estimateIsLowerBound, published, p.wage(), true,
                    Comparison.CLAMPED_TO_BOUND);
        }
        return new BoundedEstimate(estimate, estimateIsLowerBound, published, estimate, estimateIsLowerBound,
                Comparison.WITHIN_BOUND);
    }

    /** @return true when {@link #shown()} is a lower bound */
    public boolean isLowerBound() {
        return lowerBound;
    }

    /** @return true when the estimate fell below BLS's published lower bound and is shown at the bound */
    public boolean isClamped() {
        return comparison == Comparison.CLAMPED_TO_BOUND;
    }

    /** @return estimate / published − 1 as a fraction, only beside an exact published figure and exact estimate */
    public OptionalDouble difference() {
        return comparison == Comparison.DIFFERENCE
                ? OptionalDouble.of(estimate.amount() / published.orElseThrow().amount() - 1) : OptionalDouble.empty();
    }

    /**
     * What a reader must be told beside the figure: for a clamped estimate, the model's own figure and the bound.
     *
     * @return the note, e.g. "the model's $200,350/yr is below BLS's published lower bound ≥ $208,000/yr; shown at
     *     the bound"; empty when nothing needs saying
     */
    public Optional<String> note() {
        if (comparison != Comparison.CLAMPED_TO_BOUND) {
            return Optional.empty();
        }
        return Optional.of("the model's " + estimate.rounded() + " is below BLS's published lower bound "
                + published.orElseThrow() + "; shown at the bound");
    }

    /** Prints {@code ≥ $208,000/yr} or {@code $104,390/yr}. */
    @Override
    public String toString() {
        return (lowerBound ? "≥ " : "") + shown.rounded();
    }

    /** How an estimate relates to BLS's figure; {@link #code()} is what machine output prints. */
    public enum Comparison {
        /** BLS published the figure exactly: the difference is estimate / published − 1. */
        DIFFERENCE,
        /** BLS published a lower bound and the estimate is at or above it: they agree, no difference. */
        WITHIN_BOUND,
        /** BLS published a lower bound and the estimate was below it: shown at the bound, as a lower bound. */
        CLAMPED_TO_BOUND,
        /** The model itself gives only a lower bound, so no difference is computed. */
        ESTIMATE_IS_BOUND,
        /** BLS has no figure for the statistic (not released, or no row). */
        NO_PUBLISHED_FIGURE;

        /** @return the documented lower-case code, e.g. {@code clamped-to-bound} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
