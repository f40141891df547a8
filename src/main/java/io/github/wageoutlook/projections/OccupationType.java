package io.github.wageoutlook.projections;

/**
 * The occupation type column of the National Employment Matrix: a group total or a detailed occupation.
 *
 * <pre>{@code OccupationType.parse("Line item"); // LINE_ITEM}</pre>
 */
public enum OccupationType {
    /** "Summary": a total over the occupations below it (e.g. 43-4000, 00-0000). */
    SUMMARY("Summary"),
    /** "Line item": a detailed occupation, the level BLS projects. */
    LINE_ITEM("Line item");

    private final String label;

    OccupationType(String label) {
        this.label = label;
    }

    /** @return the label as BLS prints it */
    public String label() {
        return label;
    }

    /**
     * Reads BLS's label, ignoring case and surrounding blanks.
     *
     * @param text {@code Summary} or {@code Line item}
     * @return the type
     * @throws IllegalArgumentException for any other text
     */
    public static OccupationType parse(String text) {
        String t = text == null ? "" : text.strip();
        for (OccupationType type : values()) {
            if (type.label.equalsIgnoreCase(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Invalid value for occupation type (valid values Summary, Line item): '"
                + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
