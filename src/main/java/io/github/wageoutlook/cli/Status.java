package io.github.wageoutlook.cli;

import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;

/**
 * The status codes machine output prints for a BLS figure: {@code published}, {@code top-coded},
 * {@code not-available}, and for an export of the OEWS data query tool {@code not-released} and {@code absent}.
 */
final class Status {
    private Status() {
    }

    /**
     * @param f a figure
     * @return its status code
     */
    static String of(WageFigure f) {
        return of(f.status());
    }

    /**
     * @param s a status
     * @return {@code published}, {@code top-coded}, {@code not-released} (the query tool's footnote 8),
     *     {@code absent} (no such column in the file), or {@code not-available} for BLS's {@code *}, {@code **} and
     *     {@code ~}
     */
    static String of(FigureStatus s) {
        return switch (s) {
            case PUBLISHED -> "published";
            case TOP_CODED -> "top-coded";
            case NOT_RELEASED -> "not-released";
            case ABSENT -> "absent";
            default -> "not-available";
        };
    }
}
