package io.github.wageoutlook.cli;

import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;

/** The status codes machine output prints for a BLS figure: {@code published}, {@code top-coded}, {@code not-available}. */
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
     * @return {@code published}, {@code top-coded}, or {@code not-available} for BLS's {@code *}, {@code **} and
     *     {@code ~}
     */
    static String of(FigureStatus s) {
        return switch (s) {
            case PUBLISHED -> "published";
            case TOP_CODED -> "top-coded";
            default -> "not-available";
        };
    }
}
