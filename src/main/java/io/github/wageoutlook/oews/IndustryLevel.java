package io.github.wageoutlook.oews;

import java.util.Optional;

/**
 * The OEWS industry level ({@code I_GROUP}), as the Field Descriptions sheet defines it: cross-industry, NAICS
 * sector, 3-digit, 4-digit, 5-digit or 6-digit industry. (For industries OEWS no longer publishes at the 4-digit
 * level, BLS marks the most detailed breakdown it has "4-digit", and an industry aggregated to 3 digits appears twice,
 * once per designation.)
 *
 * <pre>{@code IndustryLevel.parse("sector");   // Optional[SECTOR]}</pre>
 */
public enum IndustryLevel {
    /** All industries together ({@code NAICS 000000}). */
    CROSS_INDUSTRY("cross-industry"),
    /** A NAICS sector, e.g. 56 or 31-33. */
    SECTOR("sector"),
    /** A 3-digit NAICS subsector, e.g. 561000. */
    THREE_DIGIT("3-digit"),
    /** A 4-digit NAICS industry group or an OEWS combination, e.g. 561400. */
    FOUR_DIGIT("4-digit"),
    /** A 5-digit NAICS industry. */
    FIVE_DIGIT("5-digit"),
    /** A 6-digit national industry, e.g. 561420 (telephone call centers). */
    SIX_DIGIT("6-digit");

    private final String code;

    IndustryLevel(String code) {
        this.code = code;
    }

    /** @return the {@code I_GROUP} text as BLS writes it, e.g. {@code sector} */
    public String code() {
        return code;
    }

    /**
     * The level of an {@code I_GROUP} cell, or of the constant's name that {@link #toString()} prints.
     *
     * @param text the cell, any case, e.g. {@code 4-digit}; or a name such as {@code FOUR_DIGIT}
     * @return the level, or empty for a value the Field Descriptions sheet does not document
     */
    public static Optional<IndustryLevel> parse(String text) {
        String t = text.strip();
        for (IndustryLevel l : values()) {
            if (l.code.equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The level a NAICS code implies, for files without an {@code I_GROUP} column: {@code 000000} is cross-industry,
     * a two-digit code or a range ({@code 31-33}) a sector, a six-character code by how many of its digits are
     * significant ({@code 561000} 3-digit, {@code 561400} 4-digit, {@code 561420} 6-digit).
     *
     * @param naics the code as BLS writes it
     * @return the level
     */
    public static IndustryLevel implied(String naics) {
        String n = naics.strip();
        if (n.chars().allMatch(c -> c == '0')) {
            return CROSS_INDUSTRY;
        }
        if (n.length() <= 2 || n.contains("-")) {
            return SECTOR;
        }
        String significant = n.replaceAll("0+$", "");
        return switch (Math.max(3, significant.length())) {
            case 3 -> THREE_DIGIT;
            case 4 -> FOUR_DIGIT;
            case 5 -> FIVE_DIGIT;
            default -> SIX_DIGIT;
        };
    }
}
