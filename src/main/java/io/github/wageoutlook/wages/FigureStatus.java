package io.github.wageoutlook.wages;

import java.util.Optional;

/**
 * What a published BLS figure is: a plain number, or one of the OEWS special codes.
 *
 * <p>Unknown is not zero: a figure that BLS did not release keeps its status, and a top-coded wage keeps the
 * bound it is known to reach.
 */
public enum FigureStatus {
    /** A plain published number. */
    PUBLISHED(""),
    /** {@code *}: the wage estimate is not available. */
    WAGE_NOT_AVAILABLE("*"),
    /** {@code **}: the employment estimate is not available. */
    EMPLOYMENT_NOT_AVAILABLE("**"),
    /** {@code #}: the wage is at or above the year's top-code; the figure holds that top-code as a lower bound. */
    TOP_CODED("#"),
    /** {@code ~}: fewer than 0.5% of establishments report the occupation. */
    UNDER_HALF_PERCENT("~");

    private final String code;

    FigureStatus(String code) {
        this.code = code;
    }

    /** @return the symbol BLS prints in the cell, empty for a plain number */
    public String code() {
        return code;
    }

    /** @return true when the figure carries a number (published or a top-code lower bound) */
    public boolean hasValue() {
        return this == PUBLISHED || this == TOP_CODED;
    }

    /**
     * The status a BLS special code stands for.
     *
     * @param cell the cell text, surrounding blanks ignored
     * @return the status, or empty if the text is not a special code
     */
    public static Optional<FigureStatus> fromCode(String cell) {
        if (cell.isEmpty() || cell.length() > 4 && cell.charAt(0) != ' ' && cell.charAt(0) != '\t') {
            return Optional.empty();
        }
        String t = cell.strip();
        return switch (t) {
            case "*" -> Optional.of(WAGE_NOT_AVAILABLE);
            case "**" -> Optional.of(EMPLOYMENT_NOT_AVAILABLE);
            case "#" -> Optional.of(TOP_CODED);
            case "~" -> Optional.of(UNDER_HALF_PERCENT);
            default -> Optional.empty();
        };
    }
}
