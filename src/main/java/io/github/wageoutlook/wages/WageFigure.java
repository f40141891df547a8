package io.github.wageoutlook.wages;

import java.util.Objects;
import java.util.Optional;

/**
 * One published wage cell: a wage, a top-coded lower bound, or a wage BLS did not release ({@code *}, or
 * {@link FigureStatus#NOT_RELEASED} in an export of the OEWS data query tool), or one the file does not have
 * ({@link FigureStatus#ABSENT}: an export without that column). A missing wage keeps why it is missing.
 *
 * <p>A top-coded ({@code #}) figure is not missing and is not the threshold itself: the true value is at or above
 * {@link #wage()}, which {@link #isLowerBound()} reports and {@code toString()} prints as {@code ≥ $239,200/yr}.
 *
 * <pre>{@code
 * WageFigure p90 = row.annual().p90();
 * if (p90.isLowerBound()) System.out.println("at least " + p90.wage());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param basis the basis of the cell (known even when the value is not)
 * @param status what the cell holds
 * @param amount dollars when the status has a value (the bound when top-coded), else {@code NaN}
 */
public record WageFigure(WageBasis basis, FigureStatus status, double amount) {

    /**
     * Checks that the amount agrees with the status.
     *
     * @param basis the basis of the cell (known even when the value is not)
     * @param status what the cell holds
     * @param amount dollars when the status has a value (the bound when top-coded), else {@code NaN}
     * @throws IllegalArgumentException if a value is missing or present against the status, or is negative, or the
     *     status is not one a wage cell can have ({@code **}, {@code ~}, {@code blank})
     */
    public WageFigure {
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(status, "status must not be null");
        if (status == FigureStatus.EMPLOYMENT_NOT_AVAILABLE || status == FigureStatus.UNDER_HALF_PERCENT
                || status == FigureStatus.BLANK) {
            throw new IllegalArgumentException("Invalid value for status (valid values for a wage PUBLISHED, "
                    + "TOP_CODED, WAGE_NOT_AVAILABLE, ABSENT, NOT_RELEASED): " + status);
        }
        if (status.hasValue() != Double.isFinite(amount)) {
            throw new IllegalArgumentException("Invalid value for amount (valid values " + (status.hasValue()
                    ? "0 - finite dollars" : "NaN") + " when the status is " + status + "): " + amount);
        }
        if (status.hasValue() && amount < 0) {
            throw new IllegalArgumentException("Invalid value for amount (valid values 0 - finite dollars): " + amount);
        }
    }

    /**
     * A plainly published wage.
     *
     * @param wage the wage
     * @return the figure
     */
    public static WageFigure published(Wage wage) {
        return new WageFigure(wage.basis(), FigureStatus.PUBLISHED, wage.amount());
    }

    /**
     * A top-coded wage: the true value is at or above {@code bound}.
     *
     * @param bound the year's top-code on this basis
     * @return the figure
     */
    public static WageFigure topCoded(Wage bound) {
        return new WageFigure(bound.basis(), FigureStatus.TOP_CODED, bound.amount());
    }

    /**
     * A wage BLS did not release ({@code *}).
     *
     * @param basis the cell's basis
     * @return the figure
     */
    public static WageFigure notAvailable(WageBasis basis) {
        return new WageFigure(basis, FigureStatus.WAGE_NOT_AVAILABLE, Double.NaN);
    }

    /** @return true when the cell holds a number (exact or a lower bound) */
    public boolean isAvailable() {
        return status.hasValue();
    }

    /** @return true when the number is exact (published, not top-coded) */
    public boolean isExact() {
        return status == FigureStatus.PUBLISHED;
    }

    /** @return true when the number is the top-code, a lower bound of the true value */
    public boolean isLowerBound() {
        return status == FigureStatus.TOP_CODED;
    }

    /**
     * The wage, exact or, when {@link #isLowerBound()}, the bound.
     *
     * @return the wage
     * @throws IllegalStateException if BLS did not release this wage
     */
    public Wage wage() {
        if (!isAvailable()) {
            throw new IllegalStateException("Wage not available (BLS code '" + status.code() + "')");
        }
        return Wage.of(amount, basis);
    }

    /** @return the exact wage, empty when not available or only a lower bound */
    public Optional<Wage> exact() {
        return isExact() ? Optional.of(Wage.of(amount, basis)) : Optional.empty();
    }

    /**
     * Prints {@code $33,750}, {@code ≥ $239,200} for a top-coded figure, or {@code n/a} (basis suffix omitted,
     * as in BLS tables).
     */
    @Override
    public String toString() {
        return switch (status) {
            case PUBLISHED -> Wage.format(amount, basis);
            case TOP_CODED -> "≥ " + Wage.format(amount, basis);
            default -> "n/a";
        };
    }
}
