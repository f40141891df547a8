package io.github.wageoutlook.soc;

import java.util.Locale;

/**
 * The level of an occupation code in the SOC hierarchy, from the OEWS {@code O_GROUP} (formerly {@code OCC_GROUP})
 * column. Ordered from the most aggregate to the most detailed.
 */
public enum GroupLevel {
    /** All occupations (00-0000). */
    TOTAL,
    /** A major group, e.g. 43-0000 Office and Administrative Support. */
    MAJOR,
    /** A minor group, e.g. 43-4000. */
    MINOR,
    /** A broad occupation, e.g. 43-4050. */
    BROAD,
    /** A detailed occupation, e.g. 43-4051 Customer Service Representatives. */
    DETAILED;

    /**
     * Reads the OEWS spelling ({@code total}, {@code major}, {@code minor}, {@code broad}, {@code detailed}),
     * case-insensitively.
     *
     * @param text the text
     * @return the level
     * @throws IllegalArgumentException if the text is not a level
     */
    public static GroupLevel parse(String text) {
        if (text != null) {
            switch (text) {
                case "detailed": return DETAILED;
                case "broad": return BROAD;
                case "minor": return MINOR;
                case "major": return MAJOR;
                case "total": return TOTAL;
                default: break;
            }
        }
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (GroupLevel level : values()) {
            if (level.name().equals(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "Invalid value for group level (valid values total, major, minor, broad, detailed): '" + text + "'");
    }

    private final String code = name().toLowerCase(Locale.ROOT);

    /** @return the OEWS spelling, lower case */
    public String code() {
        return code;
    }
}
