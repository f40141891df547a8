package io.github.wageoutlook.projections;

import java.util.Arrays;
import java.util.Optional;

/**
 * Work experience in a related occupation typically needed for entry, in BLS's categories. NONE is a real answer, not a missing one.
 *
 * <p>Labels are BLS's own, compared ignoring case; "—" (a summary row) is unavailable and reads as empty.
 *
 * <pre>{@code WorkExperience.parse("None"); // Optional[NONE]}</pre>
 */
public enum WorkExperience {
    /** None. */
    NONE("None"),
    /** Less than 5 years. */
    LESS_THAN_5_YEARS("Less than 5 years"),
    /** 5 years or more. */
    FIVE_YEARS_OR_MORE("5 years or more");

    private final String label;

    WorkExperience(String label) {
        this.label = label;
    }

    /** @return the label as BLS prints it */
    public String label() {
        return label;
    }

    /**
     * Reads a cell of the "work experience" column.
     *
     * @param text the cell text
     * @return the value, or empty for "—"
     * @throws IllegalArgumentException for a label BLS does not use, naming the valid labels
     */
    public static Optional<WorkExperience> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(EpNumber.UNAVAILABLE_SYMBOL)) {
            return Optional.empty();
        }
        for (WorkExperience v : values()) {
            if (v.label.equalsIgnoreCase(t)) {
                return Optional.of(v);
            }
        }
        throw new IllegalArgumentException("Invalid value for work experience (valid values "
                + Arrays.stream(values()).map(WorkExperience::label).toList() + " or —): '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
