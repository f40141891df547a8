package io.github.wageoutlook.oews;

import java.util.Objects;

/**
 * An OEWS industry: a NAICS code as BLS writes it, its title and its level.
 *
 * <pre>{@code
 * Industry.CROSS_INDUSTRY;                        // 000000 Cross-industry
 * Oews.industries(2024).industries();             // the 20 sectors, e.g. 56 Administrative and Support and …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param naics {@code NAICS} as BLS writes it: {@code 000000} for all industries, {@code 56} for a sector in the
 *     sector file, {@code 31-33} for a sector spanning codes, {@code 561400} for a 4-digit industry in the 4-digit
 *     file
 * @param title {@code NAICS_TITLE}
 * @param level {@code I_GROUP}
 */
public record Industry(String naics, String title, IndustryLevel level) {

    /** All industries: the industry of every cross-industry file, and the default of files without industry columns. */
    public static final Industry CROSS_INDUSTRY = new Industry("000000", "Cross-industry", IndustryLevel.CROSS_INDUSTRY);

    /**
     * Checks the parts.
     *
     * @param naics the code, not blank
     * @param title the title
     * @param level the level
     * @throws IllegalArgumentException if the code is blank
     */
    public Industry {
        Objects.requireNonNull(naics, "naics must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(level, "level must not be null");
        if (naics.isBlank()) {
            throw new IllegalArgumentException("Invalid value for naics (valid values: BLS's NAICS, e.g. 000000, 56, "
                    + "31-33, 561400): '" + naics + "'");
        }
    }

    /** @return true for all industries together ({@code 000000}) */
    public boolean isCrossIndustry() {
        return level == IndustryLevel.CROSS_INDUSTRY;
    }

    /** Prints the title and the code, e.g. {@code Administrative and Support … (NAICS 56)}. */
    @Override
    public String toString() {
        return title + " (NAICS " + naics + ")";
    }
}
