package io.github.wageoutlook.careers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How closely O*NET relates one occupation to another, in the tiers of its Related Occupations file (O*NET 29.3):
 * each occupation has 20 related occupations, ranked by an index from 1 (most related) to 20; indexes 1–5 are
 * {@link #PRIMARY_SHORT}, 6–10 {@link #PRIMARY_LONG}, 11–20 {@link #SUPPLEMENTAL} (as in every row of the shipped
 * file).
 *
 * <pre>{@code Relatedness.parse("Primary-Short");   // PRIMARY_SHORT: label Primary-Short, code primary-short}</pre>
 */
public enum Relatedness {
    /** O*NET's "Primary-Short": the five most closely related occupations (index 1 - 5). */
    PRIMARY_SHORT("Primary-Short"),
    /** O*NET's "Primary-Long": the next five (index 6 - 10). */
    PRIMARY_LONG("Primary-Long"),
    /** O*NET's "Supplemental": the other ten (index 11 - 20). */
    SUPPLEMENTAL("Supplemental");

    private final String label;

    Relatedness(String label) {
        this.label = label;
    }

    /** @return the tier as O*NET writes it, e.g. {@code Primary-Short} */
    public String label() {
        return label;
    }

    /** @return the documented lower-case code of machine output, e.g. {@code primary-short} */
    public String code() {
        return label.toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a tier as O*NET writes it, or as {@link #code()} or {@link #toString()} prints it.
     *
     * @param text e.g. {@code Primary-Short}, ignoring case and surrounding spaces
     * @return the tier
     * @throws IllegalArgumentException naming the valid tiers and the text
     */
    public static Relatedness parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.strip();
        for (Relatedness r : values()) {
            if (r.label.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Invalid value for relatedness tier (valid values "
                + Arrays.stream(values()).map(Relatedness::label).toList() + "): '" + text + "'");
    }

    /** Prints the tier as O*NET writes it, {@code Primary-Short}. */
    @Override
    public String toString() {
        return label;
    }
}
