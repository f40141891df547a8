package io.github.wageoutlook.wages;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a published BLS figure is: a plain number, one of the OEWS special codes, or a cell the file leaves empty.
 *
 * <p>Unknown is not zero: a figure that BLS did not release keeps its status, a top-coded wage keeps the bound it is
 * known to reach ({@code #}: at least the year's top-code), and {@code ~} keeps the bound it is known to stay under
 * (fewer than 0.5% of establishments report the occupation). Two statuses say why a cell has no figure although BLS
 * printed no symbol: {@link #BLANK} (the column is in the file, the cell is empty because BLS publishes the figure
 * only for other kinds of estimates, e.g. {@code JOBS_1000} only for state and metropolitan estimates) and
 * {@link #ABSENT} (the file has no such column at all, e.g. {@code PCT_RPT} in the May 2020 national file, or an
 * export of BLS's OEWS data query tool without the percentiles). {@link #NOT_RELEASED} is the query tool's own mark,
 * its footnote "(8) Estimate not released."
 *
 * <pre>{@code
 * FigureStatus.special("~");           // UNDER_HALF_PERCENT: an upper bound of 0.5 (percent)
 * FigureStatus.parse("absent");         // ABSENT, as the _STATUS columns of an OewsTable write it
 * }</pre>
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
    /**
     * {@code ~}: fewer than 0.5% of establishments report the occupation (a {@code PCT_RPT} cell); the figure holds
     * {@link #UNDER_HALF_PERCENT_BOUND} as an upper bound, never as the share itself.
     */
    UNDER_HALF_PERCENT("~"),
    /**
     * The file has the column but leaves this cell empty: BLS publishes the figure only for some kinds of estimates
     * (the file's Field Descriptions sheet says which, e.g. "only available for the state and MSA estimates").
     */
    BLANK("blank"),
    /**
     * The file has no such column (files before May 2019 lack the area columns; May 2019 and 2020 lack PCT_RPT; an
     * export of the OEWS data query tool holds only the columns its user chose).
     */
    ABSENT("absent"),
    /**
     * {@code (8) -} in an export of BLS's OEWS data query tool: the estimate was not released, as the export's
     * footnote (8) says ("Estimate not released."); the query tool's counterpart of the workbooks' {@code *} and
     * {@code **}.
     */
    NOT_RELEASED("not released");

    /** The bound a {@code ~} cell holds: fewer than 0.5 percent of establishments report the occupation. */
    public static final double UNDER_HALF_PERCENT_BOUND = 0.5;

    private final String code;

    FigureStatus(String code) {
        this.code = code;
    }

    /**
     * The text of the status: the symbol BLS prints in the cell ({@code *}, {@code **}, {@code #}, {@code ~}), empty
     * for a plain number, the words {@code blank} and {@code absent} for the two statuses BLS prints no symbol
     * for, and {@code not released} for the query tool's footnote (8). {@link #parse(String)} reads it back.
     *
     * @return the text
     */
    public String code() {
        return code;
    }

    /**
     * Whether the figure carries a number: the published value, or a bound ({@link #TOP_CODED}: at least it;
     * {@link #UNDER_HALF_PERCENT}: under it).
     *
     * @return true for {@link #PUBLISHED}, {@link #TOP_CODED} and {@link #UNDER_HALF_PERCENT}
     */
    public boolean hasValue() {
        return this == PUBLISHED || this == TOP_CODED || this == UNDER_HALF_PERCENT;
    }

    /** @return true when the number is a bound rather than the figure itself ({@code #} and {@code ~}) */
    public boolean isBound() {
        return this == TOP_CODED || this == UNDER_HALF_PERCENT;
    }

    /**
     * The status a BLS special code in a data cell stands for ({@code *}, {@code **}, {@code #}, {@code ~}). The
     * words {@code blank}, {@code absent} and {@code not released} are not codes BLS prints, so a cell holding them is
     * not a status; to read them, and what {@link #code()} and {@link #toString()} write, use {@link #parse(String)}.
     *
     * @param cell the cell text, surrounding blanks ignored
     * @return the status, or empty if the text is not a special code (a number, say)
     */
    public static Optional<FigureStatus> special(String cell) {
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

    /**
     * Reads the text {@link #code()} writes, as the {@code _STATUS} columns of an OEWS table hold it, or the
     * constant's name that {@link #toString()} prints.
     *
     * @param text a code: empty, {@code *}, {@code **}, {@code #}, {@code ~}, {@code blank}, {@code absent} or
     *     {@code not released}; or a name such as {@code TOP_CODED}
     * @return the status, or empty if the text is none of them
     */
    public static Optional<FigureStatus> parse(String text) {
        return switch (text) {
            case "" -> Optional.of(PUBLISHED);
            case "*" -> Optional.of(WAGE_NOT_AVAILABLE);
            case "**" -> Optional.of(EMPLOYMENT_NOT_AVAILABLE);
            case "#" -> Optional.of(TOP_CODED);
            case "~" -> Optional.of(UNDER_HALF_PERCENT);
            case "blank" -> Optional.of(BLANK);
            case "absent" -> Optional.of(ABSENT);
            case "not released" -> Optional.of(NOT_RELEASED);
            default -> Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
        };
    }
}
