package io.github.wageoutlook.io;

/**
 * One row of a sheet or text file as raw cell texts, with its 1-based row number as a spreadsheet shows it.
 *
 * @param number the 1-based row (or line) number
 * @param cells the raw cell texts; empty cells are {@code ""}, never null
 */
public record TextRow(int number, String[] cells) implements Cells {

    /**
     * The raw text of a cell.
     *
     * @param index 0-based column index
     * @return the text, {@code ""} past the row's last cell
     */
    @Override
    public String cell(int index) {
        return index < cells.length ? cells[index] : "";
    }

    /** @return true when every cell is blank */
    @Override
    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA.
     *
     * @param index 0-based column index
     * @return the letters
     */
    public static String columnLetter(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }
}
