package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.wages.Wage;
import java.util.Locale;
import java.util.Objects;

/**
 * One Regional Price Parity as the U.S. Bureau of Economic Analysis publishes it: the price level of an area in one
 * year relative to the nation's in the same year, an index with U.S. = 100. California's all-items RPP of 2024,
 * 110.720, says that the goods and services BEA prices cost 10.72% more there than on average in the nation that
 * year. An RPP compares places within a year; it is not an index over time (see {@link PriceLevelAdjustment} for
 * combining it with CPI-U across years).
 *
 * <pre>{@code
 * PriceParity ca = PriceParities.bea().parity("CA", 2024);      // California (state 06) 2024 all items 110.720
 * ca.atNationalPrices(Wage.annual(136_800));                    // $123,554.91/yr = 136,800 × 100 / 110.720
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param area the area BEA prices: the nation ({@code 99}), a state or D.C. (its FIPS code, e.g. {@code 48}), a
 *     metropolitan statistical area (its CBSA code, e.g. {@code 26420}) or the nation's nonmetropolitan portion
 *     ({@code 00999}), titled as BEA titles it
 * @param year the year whose prices are compared, 2008 or later
 * @param line all items, or one of BEA's four parts
 * @param value the index, U.S. = 100 (e.g. {@code 97.057}), positive
 */
public record PriceParity(Area area, int year, Line line, double value) {

    /** The first year of BEA's Regional Price Parities as published now (the 2008–2024 tables). */
    public static final int FIRST_YEAR = 2008;

    /**
     * BEA's {@code LineCode}: what the parity prices, as the tables' definitions say (SARPP and MARPP
     * {@code __definition.xml}).
     */
    public enum Line {
        /** 1: all the consumption goods and services BEA prices. */
        ALL_ITEMS(1, "All items"),
        /** 2: durable and nondurable goods (apparel, food, housing, medical, recreation, transportation, other). */
        GOODS(2, "Goods"),
        /** 3: services, housing: rents, priced for tenant-occupied housing only. */
        HOUSING(3, "Services: Housing"),
        /** 4: services, utilities: water supply and sanitation, electricity and gas. */
        UTILITIES(4, "Services: Utilities"),
        /** 5: services other than rents (education, food, medical, recreation, transportation, other). */
        OTHER_SERVICES(5, "Services: Other");

        private final int lineCode;
        private final String description;

        Line(int lineCode, String description) {
            this.lineCode = lineCode;
            this.description = description;
        }

        /** @return BEA's {@code LineCode}, 1 – 5 */
        public int lineCode() {
            return lineCode;
        }

        /** @return BEA's description without its {@code RPPs:} prefix, e.g. {@code Services: Housing} */
        public String description() {
            return description;
        }

        /**
         * The line of a {@code LineCode}.
         *
         * @param lineCode 1 – 5
         * @return the line
         * @throws IllegalArgumentException for any other code
         */
        public static Line fromLineCode(int lineCode) {
            for (Line l : values()) {
                if (l.lineCode == lineCode) {
                    return l;
                }
            }
            throw new IllegalArgumentException("Invalid value for LineCode (valid values 1 - 5): " + lineCode);
        }
    }

    /**
     * Checks the parts.
     *
     * @param area the area
     * @param year the year, 2008 – 2099
     * @param line the line
     * @param value the index, U.S. = 100, positive and finite
     * @throws IllegalArgumentException for a year or value out of range
     */
    public PriceParity {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(line, "line must not be null");
        if (year < FIRST_YEAR || year > 2099) {
            throw new IllegalArgumentException("Invalid value for year (valid values " + FIRST_YEAR + " - 2099): "
                    + year);
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid value for RPP (valid values: a positive index, U.S. = 100): "
                    + value);
        }
    }

    /** @return 100 / RPP: what one dollar of the area's prices is worth at the national price level */
    public double toNationalFactor() {
        return 100 / value;
    }

    /**
     * A wage of the area at the national price level of the same year: wage × 100 / RPP, on the same basis, not
     * rounded.
     *
     * @param wage a wage paid in the area in {@link #year()}
     * @return what it buys at national average prices
     */
    public Wage atNationalPrices(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        return wage.multipliedBy(toNationalFactor());
    }

    /** Prints e.g. {@code Texas (state 48) 2024 all items 97.057 (U.S. = 100)}. */
    @Override
    public String toString() {
        return area + " " + year + " " + line.description().toLowerCase(Locale.ROOT) + " "
                + String.format(Locale.US, "%.3f", value) + " (U.S. = 100)";
    }
}
