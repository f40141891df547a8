package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Locale;
import java.util.Objects;

/**
 * An OEWS row's wages as published beside the same wages at the national price level (and, when asked for, in
 * dollars of another year): what the pay buys where it is paid, by BEA's Regional Price Parities. The nominal row
 * is kept whole; the adjusted figures are computed on demand from it and never replace it.
 *
 * <pre>{@code
 * RealWages r = PriceParities.bea().atNationalPrices(californiaDataScientists);
 * r.nominal().annual().median();   // $136,800
 * r.annual().median();             // $123,554.91 at national prices (RPP 2024 110.720)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param nominal the row as published
 * @param adjustment what puts its wages at national prices, or why nothing can
 */
public record RealWages(OccupationWages nominal, PriceLevelAdjustment adjustment) {

    /**
     * Checks that the adjustment is the row's: same area and year.
     *
     * @param nominal the row
     * @param adjustment its adjustment
     * @throws IllegalArgumentException if the adjustment is of another area or year
     */
    public RealWages {
        Objects.requireNonNull(nominal, "nominal must not be null");
        Objects.requireNonNull(adjustment, "adjustment must not be null");
        if (adjustment.wageYear() != nominal.year() || !adjustment.area().equals(nominal.area())) {
            throw new IllegalArgumentException("Invalid value for adjustment (valid values: one of " + nominal.area()
                    + ", " + nominal.year() + "): " + adjustment.area() + ", " + adjustment.wageYear());
        }
    }

    /** @return true when BEA publishes an RPP for the row's area, so {@link #hourly()} and {@link #annual()} exist */
    public boolean isAvailable() {
        return adjustment.isAvailable();
    }

    /**
     * @return the hourly mean and percentiles at national prices
     * @throws IllegalStateException if BEA publishes no RPP for the area, saying why
     */
    public WageSummary hourly() {
        return adjustment.apply(nominal.hourly());
    }

    /**
     * @return the annual mean and percentiles at national prices
     * @throws IllegalStateException if BEA publishes no RPP for the area, saying why
     */
    public WageSummary annual() {
        return adjustment.apply(nominal.annual());
    }

    /**
     * The figures on one basis at national prices.
     *
     * @param basis hourly or annual
     * @return {@link #hourly()} or {@link #annual()}
     * @throws IllegalStateException if BEA publishes no RPP for the area
     */
    public WageSummary wages(WageBasis basis) {
        return basis == WageBasis.HOURLY ? hourly() : annual();
    }

    /**
     * Prints the row's occupation, area and year, the mean and median as published and at national prices (each in
     * its own column; the adjusted figures rounded for print to the dollar, or the cent for hourly wages), and the
     * adjustment; or, without an RPP, the published figures and why.
     */
    @Override
    public String toString() {
        OccupationWages r = nominal;
        WageBasis basis = r.publishedBasis().includes(WageBasis.ANNUAL) ? WageBasis.ANNUAL : WageBasis.HOURLY;
        String where = r.title() + " (" + r.socCode() + "), " + r.area().title() + ", OEWS May " + r.year();
        String head = isAvailable() ? "at U.S. prices" + (adjustment.dollarsOf() != r.year() ? ", "
                + adjustment.dollarsOf() + " dollars" : "") : "";
        StringBuilder b = new StringBuilder(where).append(System.lineSeparator());
        String row = "%-8s %14s  %" + Math.max(14, head.length()) + "s%n";
        b.append(String.format(Locale.US, row, "", "as published", head));
        String[] labels = {"Mean", "Median"};
        WageFigure[] published = {r.wages(basis).mean(), r.wages(basis).median()};
        WageFigure[] real = isAvailable() ? new WageFigure[] {wages(basis).mean(), wages(basis).median()} : null;
        for (int i = 0; i < labels.length; i++) {
            b.append(String.format(Locale.US, row, labels[i], published[i], real == null ? "" : shown(real[i])));
        }
        return b.append(isAvailable() ? adjustment + " (" + adjustment.note() + ")" : adjustment.note()).toString();
    }

    /** An adjusted figure for print: to the dollar (annual) or the cent (hourly), a bound marked {@code ≥}. */
    private static String shown(WageFigure f) {
        if (!f.isAvailable()) {
            return f.toString();
        }
        String amount = String.format(Locale.US, f.basis() == WageBasis.HOURLY ? "$%,.2f" : "$%,.0f", f.amount());
        return f.isLowerBound() ? "≥ " + amount : amount;
    }
}
