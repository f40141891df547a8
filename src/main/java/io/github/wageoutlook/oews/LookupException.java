package io.github.wageoutlook.oews;

import java.util.List;
import java.util.Objects;

/**
 * What a user typed for an area, an industry or an ownership matches nothing in the table, or matches several: the
 * message names the text, where it was looked up and the nearest candidates (never an empty table instead).
 *
 * <pre>{@code
 * try { table.area("Alabma"); }
 * catch (LookupException e) { e.candidates(); }   // [Alabama (state 01), Alaska (state 02), …]
 * }</pre>
 */
public class LookupException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What was looked up. */
    public enum Dimension {
        /** An area: {@code AREA}. */
        AREA,
        /** An industry: {@code NAICS}. */
        INDUSTRY,
        /** An ownership: {@code OWN_CODE}. */
        OWNERSHIP
    }

    /** What was looked up. */
    private final Dimension dimension;
    /** The text as typed. */
    private final String query;
    /** True when the text matches several values. */
    private final boolean ambiguous;
    /** The matches or the nearest values, as printed. */
    private final List<String> candidates;

    /**
     * Creates the exception.
     *
     * @param dimension what was looked up
     * @param query the text as typed
     * @param ambiguous true when the text matches several values, false when it matches none
     * @param candidates the matches (ambiguous) or the nearest values (none), best first
     * @param message the full message
     */
    public LookupException(Dimension dimension, String query, boolean ambiguous, List<String> candidates,
                           String message) {
        super(message);
        this.dimension = Objects.requireNonNull(dimension, "dimension must not be null");
        this.query = Objects.requireNonNull(query, "query must not be null");
        this.ambiguous = ambiguous;
        this.candidates = List.copyOf(candidates);
    }

    /** @return what was looked up */
    public Dimension dimension() {
        return dimension;
    }

    /** @return the text as typed */
    public String query() {
        return query;
    }

    /** @return true when the text matches several values; false when it matches none */
    public boolean isAmbiguous() {
        return ambiguous;
    }

    /** @return the matching values (ambiguous) or the nearest ones (no match), best first, as printed */
    public List<String> candidates() {
        return candidates;
    }
}
