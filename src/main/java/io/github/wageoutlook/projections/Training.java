package io.github.wageoutlook.projections;

import java.util.Arrays;
import java.util.Optional;

/**
 * Typical on-the-job training needed to attain competency, in BLS's categories. NONE is a real answer, not a missing one.
 *
 * <p>Labels are BLS's own, compared ignoring case; "—" (a summary row) is unavailable and reads as empty.
 *
 * <pre>{@code Training.parse("None"); // Optional[NONE]}</pre>
 */
public enum Training {
    /** None. */
    NONE("None"),
    /** Short-term on-the-job training. */
    SHORT_TERM("Short-term on-the-job training"),
    /** Moderate-term on-the-job training. */
    MODERATE_TERM("Moderate-term on-the-job training"),
    /** Long-term on-the-job training. */
    LONG_TERM("Long-term on-the-job training"),
    /** Apprenticeship. */
    APPRENTICESHIP("Apprenticeship"),
    /** Internship/residency. */
    INTERNSHIP_RESIDENCY("Internship/residency");

    private final String label;

    Training(String label) {
        this.label = label;
    }

    /** @return the label as BLS prints it */
    public String label() {
        return label;
    }

    /**
     * Reads a cell of the "on-the-job training" column.
     *
     * @param text the cell text
     * @return the value, or empty for "—"
     * @throws IllegalArgumentException for a label BLS does not use, naming the valid labels
     */
    public static Optional<Training> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(EpNumber.UNAVAILABLE_SYMBOL)) {
            return Optional.empty();
        }
        for (Training v : values()) {
            if (v.label.equalsIgnoreCase(t)) {
                return Optional.of(v);
            }
        }
        throw new IllegalArgumentException("Invalid value for on-the-job training (valid values "
                + Arrays.stream(values()).map(Training::label).toList() + " or —): '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
