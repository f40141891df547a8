package io.github.wageoutlook.projections;

import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.Objects;

/**
 * One cycle's projection of an occupation, under its own code or a code BLS's SOC tables link to it: software
 * developers (15-1252, SOC 2018) are 15-1132 and 15-1133 in the 2016–26 cycle (SOC 2010; each overlaps 15-1252)
 * and 15-1256 in 2019–29 (the OEWS hybrid code, which contains it).
 *
 * <pre>{@code Projections.linkedAcrossCycles("15-1252");   // 2016-26: 15-1132, 15-1133; 2019-29: 15-1256; …}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the cycle's row
 * @param relation how the row's occupation relates to the one asked for ({@code SAME_OCCUPATION} for its own code)
 * @param note why the row stands in for the code asked for; empty for the code itself
 */
public record LinkedProjection(OccupationProjection row, SocCrosswalk.Relation relation, String note) {
    /**
     * Checks the parts.
     *
     * @param row the cycle's row
     * @param relation how it relates to the occupation asked for
     * @param note why it stands in, or empty
     */
    public LinkedProjection {
        Objects.requireNonNull(row, "row must not be null");
        Objects.requireNonNull(relation, "relation must not be null");
        Objects.requireNonNull(note, "note must not be null");
    }

    /** @return true when the row is the code asked for, or the same occupation under another code */
    public boolean isComparable() {
        return relation == SocCrosswalk.Relation.SAME_OCCUPATION;
    }

    /**
     * The row and, when it stands in for another code, how it relates.
     *
     * @return e.g. {@code 15-1132 Software developers, applications (2016-26, …): … [overlaps it: …]}
     */
    @Override
    public String toString() {
        return row + (note.isEmpty() ? "" : " [" + relation.label() + ": " + note + "]");
    }
}
