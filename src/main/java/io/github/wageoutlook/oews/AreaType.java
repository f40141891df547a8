package io.github.wageoutlook.oews;

import java.util.Optional;

/**
 * The OEWS area type ({@code AREA_TYPE}), as the Field Descriptions sheet of every OEWS workbook since May 2019
 * defines it: 1 = U.S.; 2 = State; 3 = U.S. Territory; 4 = Metropolitan Statistical Area (MSA; until May 2024 also
 * New England City and Town Area, NECTA); 6 = Nonmetropolitan Area. No other code is documented.
 *
 * <pre>{@code AreaType.parse("4");   // Optional[METROPOLITAN]}</pre>
 */
public enum AreaType {
    /** 1: the nation ({@code AREA} 99, {@code U.S.}). */
    NATIONAL("1", "U.S."),
    /** 2: a state or the District of Columbia ({@code AREA} its FIPS code). */
    STATE("2", "State"),
    /** 3: a U.S. territory (Guam, Puerto Rico, the Virgin Islands). */
    TERRITORY("3", "U.S. Territory"),
    /** 4: a Metropolitan Statistical Area (and, before May 2025, a NECTA). */
    METROPOLITAN("4", "Metropolitan Statistical Area"),
    /** 6: a nonmetropolitan area (an OEWS-specific group of counties of one state). */
    NONMETROPOLITAN("6", "Nonmetropolitan Area");

    private final String code;
    private final String label;

    AreaType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the {@code AREA_TYPE} code as BLS writes it, e.g. {@code 2} */
    public String code() {
        return code;
    }

    /** @return the name the Field Descriptions sheet gives the code, e.g. {@code State} */
    public String label() {
        return label;
    }

    /**
     * The area type of an {@code AREA_TYPE} cell, or of the constant's name that {@link #toString()} prints.
     *
     * @param code the cell text, e.g. {@code 2} (a spreadsheet's {@code 2.0} is read as 2), or e.g. {@code STATE}
     * @return the type, or empty for a code the Field Descriptions sheet does not document
     */
    public static Optional<AreaType> parse(String code) {
        String c = code.strip();
        if (c.endsWith(".0")) {
            c = c.substring(0, c.length() - 2);
        }
        for (AreaType t : values()) {
            if (t.code.equals(c) || t.name().equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
