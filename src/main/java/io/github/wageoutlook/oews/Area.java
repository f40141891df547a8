package io.github.wageoutlook.oews;

import java.util.Objects;

/**
 * An OEWS area: the nation, a state, a territory, a metropolitan or a nonmetropolitan area, as the file names it.
 *
 * <pre>{@code
 * Area.NATIONAL;                                   // 99 U.S. (national)
 * new Area("01", "Alabama", AreaType.STATE, "AL"); // a state row's area
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code {@code AREA} as BLS writes it: {@code 99} for the U.S., the state FIPS code ({@code 01}), the MSA code
 *     ({@code 13820}) or the OEWS nonmetropolitan area code ({@code 0100001}); empty when the file names the area
 *     without its code (an export of the OEWS data query tool for one metropolitan area:
 *     "Area:Los Angeles-Long Beach-Anaheim, CA")
 * @param title {@code AREA_TITLE}, e.g. {@code Birmingham-Hoover, AL}
 * @param type {@code AREA_TYPE}
 * @param primaryState {@code PRIM_STATE}, the USPS code of the area's primary state ({@code US} for the nation);
 *     empty when the file does not say and the area is not a state
 */
public record Area(String code, String title, AreaType type, String primaryState) {

    /** The nation: the area of every national file, and the default of files without area columns. */
    public static final Area NATIONAL = new Area("99", "U.S.", AreaType.NATIONAL, "US");

    /**
     * Checks the parts.
     *
     * @param code {@code AREA} as BLS writes it, or empty when the file does not give it; never blanks
     * @param title {@code AREA_TITLE}
     * @param type {@code AREA_TYPE}
     * @param primaryState {@code PRIM_STATE}, or empty
     * @throws IllegalArgumentException if the code is blanks, or empty for the nation or a state
     */
    public Area {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(primaryState, "primaryState must not be null");
        boolean unknown = code.isEmpty() && (type == AreaType.METROPOLITAN || type == AreaType.NONMETROPOLITAN);
        if (code.isBlank() && !unknown) {
            throw new IllegalArgumentException("Invalid value for area code (valid values: BLS's AREA, e.g. 99, 01, "
                    + "13820; empty only for a metropolitan or nonmetropolitan area named without it): '" + code
                    + "'");
        }
    }

    /** @return true for the nation (area type 1) */
    public boolean isNational() {
        return type == AreaType.NATIONAL;
    }

    /** Prints the title, the type and the code, e.g. {@code Alabama (state 01)}; no code when the file gave none. */
    @Override
    public String toString() {
        return title + " (" + (type == AreaType.NATIONAL ? "national" : type.label().toLowerCase(java.util.Locale.ROOT))
                + (code.isEmpty() ? "" : " " + code) + ")";
    }
}
