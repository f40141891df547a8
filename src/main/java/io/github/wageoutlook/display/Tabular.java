package io.github.wageoutlook.display;

/**
 * A library object that shows itself as a table: in text by its {@code toString()}, in HTML by {@link #toHtml()},
 * both from the same {@link DisplayTable}. Jupyter Java kernels show a cell whose value is {@code Tabular} as its
 * HTML table, with the text as the plain-text fallback (package {@code io.github.wageoutlook.notebook}).
 *
 * <pre>{@code
 * WageComparison similar = WageComparison.occupations(2018, "43-4051", "43-4171");
 * similar.toHtml();                    // <table><caption>OEWS national, May 2018: annual wages</caption>…
 * similar.toDisplayTable().rows();     // the cells as printed
 * }</pre>
 */
public interface Tabular {

    /**
     * The rows as they are printed.
     *
     * @return the table laid out for display
     */
    DisplayTable toDisplayTable();

    /**
     * An HTML table with a caption: the rule of {@link DisplayTable#toHtml()} (every column, the first
     * {@value DisplayTable#HEAD_ROWS} rows of a table longer than {@value DisplayTable#MAX_WHOLE_ROWS}).
     *
     * @return the HTML, text escaped
     */
    default String toHtml() {
        return toDisplayTable().toHtml();
    }
}
