package io.github.wageoutlook.oews;

import java.util.Objects;

/**
 * Where and when an OEWS estimate applies: one survey year, area, industry and ownership. Every aggregate of the
 * library (group distributions and medians, histories, comparisons, accuracy, audits, charts) works on the rows of
 * one context, or groups its result by context; {@link OewsTable#contexts()} lists those of a table.
 *
 * <pre>{@code
 * Context c = Oews.industries(2024).industry("56").contexts().get(0);
 * c;   // May 2024, U.S., Administrative and Support and Waste Management … (NAICS 56), Private (OWN_CODE 5)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the May reference year
 * @param area the area
 * @param industry the industry
 * @param ownership the ownership
 */
public record Context(int year, Area area, Industry industry, Ownership ownership) {

    /**
     * Checks the parts.
     *
     * @param year the May reference year
     * @param area the area
     * @param industry the industry
     * @param ownership the ownership
     */
    public Context {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(industry, "industry must not be null");
        Objects.requireNonNull(ownership, "ownership must not be null");
    }

    /**
     * The national cross-industry context of a year, every ownership: the context of BLS's national files.
     *
     * @param year the May reference year
     * @return the context
     */
    public static Context national(int year) {
        return new Context(year, Area.NATIONAL, Industry.CROSS_INDUSTRY, Ownership.ALL);
    }

    /** @return true for the nation, all industries and all ownerships (a national file's context) */
    public boolean isNationalCrossIndustry() {
        return area.isNational() && industry.isCrossIndustry() && ownership.isAll();
    }

    /**
     * A short label naming what differs from a national cross-industry estimate: the area's title, and the industry
     * and ownership when they are not all industries and all employers, e.g. {@code Alabama} or
     * {@code U.S., NAICS 56 Administrative and Support …, Private}.
     *
     * @return the label, without the year
     */
    public String label() {
        StringBuilder b = new StringBuilder(area.title());
        if (!industry.isCrossIndustry()) {
            b.append(", NAICS ").append(industry.naics()).append(' ').append(industry.title());
        }
        if (!ownership.isAll()) {
            b.append(", ").append(ownership.title());
        }
        return b.toString();
    }

    /** Prints every part: {@code May 2024, U.S. (national 99), Cross-industry (NAICS 000000), … (OWN_CODE 1235)}. */
    @Override
    public String toString() {
        return "May " + year + ", " + area + ", " + industry + ", " + ownership;
    }
}
