package io.github.wageoutlook.io;

/**
 * One row of raw cells as a reader sees it: a {@link TextRow} of strings, or a {@link ByteCsv} row that makes
 * strings only when asked and parses plain numbers straight from the file's bytes.
 */
public interface Cells {

    /** @return the 1-based row (or line) number, as a spreadsheet or editor shows it */
    int number();

    /**
     * The raw text of a cell.
     *
     * @param index 0-based column index
     * @return the text, {@code ""} past the row's last cell
     */
    String cell(int index);

    /** @return every cell's raw text */
    String[] cells();

    /** @return true when every cell is blank */
    boolean isBlank();

    /**
     * The common case of a number cell without making a string: the stripped text is {@code 123} or
     * {@code 123.45}, at most 15 digits.
     *
     * @param index 0-based column index
     * @return the value (exactly what {@link Double#parseDouble} gives), or NaN when the cell is not of that form;
     *     the caller then reads {@link #cell(int)}
     */
    default double simpleNumber(int index) {
        return simpleDecimal(cell(index).strip());
    }

    /**
     * {@code 123} or {@code 123.45} with at most 15 digits, without regex or allocation. The result is exact: an
     * integer below 2^53 divided by a power of ten up to 10^16 is one correctly rounded IEEE division, the same
     * double {@link Double#parseDouble} returns.
     *
     * @param s stripped text
     * @return the value, or NaN when the text is not of that simple form
     */
    public static double simpleDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 16) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        return decimal(mantissa, digits, decimals);
    }

    /**
     * The value of {@code digits} decimal digits read as {@code mantissa} with {@code decimals} of them after the
     * point (-1: no point).
     *
     * @param mantissa the digits as an integer
     * @param digits how many digits
     * @param decimals how many after the point, or -1
     * @return the value, or NaN for no digits or more than 15
     */
    public static double decimal(long mantissa, int digits, int decimals) {
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        return decimals <= 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    /** 10^0 … 10^16. */
    double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16};
}
