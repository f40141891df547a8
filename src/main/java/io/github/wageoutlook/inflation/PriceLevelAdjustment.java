package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What puts wages paid in an area in one year at the national price level, and optionally in dollars of another
 * year: BEA's real-income method, factor = (100 / RPP) × I(dollarsOf) / I(wageYear), with the area's all-items
 * Regional Price Parity of the wages' year or the nearest earlier year BEA publishes, and a national price index
 * (CPI-U here; BEA uses the PCE price index) from the wages' own year. Without an index the factor is 100 / RPP and
 * the dollars stay those of the wages' year.
 *
 * <p>When BEA publishes no RPP for the area (a territory, an OEWS nonmetropolitan area, a year before 2008) the
 * adjustment is not available and {@link #note()} says why; nothing is ever filled in from a neighbouring area.
 *
 * <pre>{@code
 * PriceLevelAdjustment a = PriceParities.bea().adjustment(texas, 2024, Cpi.u(), 2025);
 * a.factor();      // 1.058918 = (100 / 97.057) × 321.943 / 313.689
 * a.note();        // RPP 2024 for 2024 wages
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param area the area the wages are paid in, as the wages' table names it
 * @param wageYear the year of the wages
 * @param parity the all-items RPP applied (U.S. = 100), empty when BEA publishes none for the area
 * @param inflation the national index values of the wages' year and of {@code dollarsOf}, empty for dollars of the
 *     wages' year
 * @param dollarsOf the year of the dollars of the result
 * @param note which RPP year serves the wages' year (e.g. {@code RPP 2024 for 2025 wages: BEA's newest RPPs are of
 *     2024 …}), or why there is no RPP
 */
public record PriceLevelAdjustment(Area area, int wageYear, Optional<PriceParity> parity,
                                   Optional<Adjustment> inflation, int dollarsOf, String note) {

    /**
     * Checks the parts.
     *
     * @param area the area the wages are paid in
     * @param wageYear the year of the wages
     * @param parity the RPP applied, or empty
     * @param inflation the index values, or empty
     * @param dollarsOf the year of the dollars of the result: {@code wageYear} without an index
     * @param note which RPP year serves the wages, or why there is none
     * @throws IllegalArgumentException if the parity is not all items, is of a later year than the wages, or the
     *     dollars' year disagrees with the index values
     */
    public PriceLevelAdjustment {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(parity, "parity must not be null");
        Objects.requireNonNull(inflation, "inflation must not be null");
        Objects.requireNonNull(note, "note must not be null");
        if (parity.isPresent() && parity.get().line() != PriceParity.Line.ALL_ITEMS) {
            throw new IllegalArgumentException("Invalid value for parity (valid values: an all-items RPP): "
                    + parity.get());
        }
        if (parity.isPresent() && parity.get().year() > wageYear) {
            throw new IllegalArgumentException("Invalid value for parity (valid values: an RPP of " + wageYear
                    + " or earlier): " + parity.get());
        }
        if (inflation.isPresent() && (!inflation.get().from().period().equals(String.valueOf(wageYear))
                || !inflation.get().to().period().equals(String.valueOf(dollarsOf)))) {
            throw new IllegalArgumentException("Invalid value for inflation (valid values: annual averages of "
                    + wageYear + " and " + dollarsOf + "): " + inflation.get());
        }
        if (inflation.isEmpty() && dollarsOf != wageYear) {
            throw new IllegalArgumentException("Invalid value for dollarsOf (valid values without an index: the "
                    + "wages' year " + wageYear + "): " + dollarsOf);
        }
    }

    static PriceLevelAdjustment of(Area area, int wageYear, PriceParity parity, String note) {
        return new PriceLevelAdjustment(area, wageYear, Optional.of(parity), Optional.empty(), wageYear, note);
    }

    static PriceLevelAdjustment none(Area area, int wageYear, String why) {
        return new PriceLevelAdjustment(area, wageYear, Optional.empty(), Optional.empty(), wageYear, why);
    }

    /**
     * This adjustment, also restating the dollars by a national index from the wages' year.
     *
     * @param byIndex the index values of the wages' year and of the year wanted, e.g.
     *     {@code Cpi.u().adjustment(2024, 2025)}
     * @return the combined adjustment
     * @throws IllegalArgumentException if the index values are not of the wages' year
     */
    public PriceLevelAdjustment withInflation(Adjustment byIndex) {
        Objects.requireNonNull(byIndex, "byIndex must not be null");
        String to = byIndex.to().period();
        if (!to.matches("\\d{4}")) {
            throw new IllegalArgumentException("Invalid value for byIndex (valid values: annual averages): " + byIndex);
        }
        return new PriceLevelAdjustment(area, wageYear, parity, Optional.of(byIndex), Integer.parseInt(to), note);
    }

    /** @return true when BEA publishes an RPP for the area, so the wages can be put at national prices */
    public boolean isAvailable() {
        return parity.isPresent();
    }

    /**
     * The factor: (100 / RPP) × I(dollarsOf) / I(wageYear), or 100 / RPP without an index.
     *
     * @return the factor
     * @throws IllegalStateException if there is no RPP for the area, with {@link #note()}
     */
    public double factor() {
        return requireParity().toNationalFactor() * inflation.map(Adjustment::factor).orElse(1.0);
    }

    /**
     * A wage of the area and year at the national price level (in dollars of {@link #dollarsOf()}), not rounded.
     *
     * @param wage the wage as paid
     * @return wage × {@link #factor()}
     * @throws IllegalStateException if there is no RPP for the area
     */
    public Wage apply(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        return wage.multipliedBy(factor());
    }

    /**
     * A published wage cell at the national price level, keeping what it is: a top-coded bound becomes the adjusted
     * bound (still a lower bound), a figure BLS did not release stays not released.
     *
     * @param figure the cell as published
     * @return the adjusted cell
     * @throws IllegalStateException if there is no RPP for the area
     */
    public WageFigure apply(WageFigure figure) {
        Objects.requireNonNull(figure, "figure must not be null");
        double f = factor();
        return figure.isAvailable() ? new WageFigure(figure.basis(), figure.status(), figure.amount() * f) : figure;
    }

    /**
     * The mean and percentiles of one basis at the national price level (see {@link #apply(WageFigure)}).
     *
     * @param summary the figures as published
     * @return the adjusted figures
     * @throws IllegalStateException if there is no RPP for the area
     */
    public WageSummary apply(WageSummary summary) {
        Objects.requireNonNull(summary, "summary must not be null");
        return new WageSummary(summary.basis(), apply(summary.mean()), apply(summary.p10()), apply(summary.p25()),
                apply(summary.median()), apply(summary.p75()), apply(summary.p90()));
    }

    /**
     * Prints the RPP, the index values and the factor, e.g. {@code Texas (state 48) 2024 all items 97.057 (U.S. =
     * 100); CUUR0000SA0: 2025 321.943 / 2024 313.689 = 1.026313: × 1.057434}, or the reason there is none.
     */
    @Override
    public String toString() {
        if (parity.isEmpty()) {
            return note;
        }
        return parity.get() + inflation.map(a -> "; " + a).orElse("") + String.format(Locale.US, ": × %.6f",
                factor());
    }

    private PriceParity requireParity() {
        return parity.orElseThrow(() -> new IllegalStateException(note));
    }
}
