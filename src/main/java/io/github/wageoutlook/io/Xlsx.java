package io.github.wageoutlook.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the sheets of an .xlsx workbook as raw text rows, on fastexcel-reader.
 *
 * <p>Numbers come back as their stored text ({@code "33750"}, {@code "16.23"}), booleans as {@code TRUE}/{@code
 * FALSE}, formulas as their cached value, so that every reader parses one kind of input whatever the source. A file
 * that is not a workbook, or is truncated, becomes a {@link FileFormatException} naming the source.
 */
public final class Xlsx implements AutoCloseable {
    private final String source;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private Xlsx(String source, ReadableWorkbook workbook) {
        this.source = source;
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
    }

    /**
     * Opens a workbook. The caller closes it.
     *
     * @param source the name used in error messages
     * @param in the bytes of the workbook
     * @return the open workbook
     * @throws FileFormatException if the bytes are not an .xlsx workbook, or more than {@link ReadLimits#maxBytes()}
     */
    public static Xlsx open(String source, InputStream in) {
        // fastexcel takes the whole workbook into memory: never more than a file may hold.
        BufferedInputStream buffered = new BufferedInputStream(ReadLimits.bounded(source, in));
        try {
            buffered.mark(8);
            byte[] head = buffered.readNBytes(8);
            buffered.reset();
            if (head.length == 0) {
                throw FileFormatException.in(source).problem("the file is empty");
            }
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw FileFormatException.in(source)
                        .problem("this is a legacy .xls (OLE2) workbook; save it as .xlsx or CSV");
            }
            if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw FileFormatException.in(source).problem("not an .xlsx workbook (no zip header)");
            }
            return new Xlsx(source, new ReadableWorkbook(buffered));
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileFormatException f) {
                throw f;
            }
            throw FileFormatException.in(source).cause(e)
                    .problem("cannot open the workbook (truncated or damaged): " + e.getMessage());
        }
    }

    /** @return the sheet names, in workbook order */
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    /**
     * The first sheet whose leading rows satisfy a test, e.g. "has an OCC_CODE header".
     *
     * @param lookAhead how many leading rows to offer the test
     * @param test the test on those rows
     * @return the sheet name
     */
    public Optional<String> findSheet(int lookAhead, Predicate<List<TextRow>> test) {
        for (Sheet sheet : sheets) {
            List<TextRow> head = new ArrayList<>();
            forEachRow(sheet.getName(), row -> {
                head.add(row);
                return head.size() < lookAhead;
            });
            if (test.test(head)) {
                return Optional.of(sheet.getName());
            }
        }
        return Optional.empty();
    }

    /** Receives rows; returning false stops the reading. */
    public interface RowVisitor {
        /**
         * @param row the next row
         * @return true to go on reading
         */
        boolean visit(TextRow row);
    }

    /**
     * Streams a sheet's rows in order. Rows absent from the file (wholly empty) are skipped; numbering follows the
     * sheet, not the count.
     *
     * @param sheetName the sheet
     * @param visitor receives each row
     * @throws FileFormatException if the sheet's XML cannot be read
     */
    public void forEachRow(String sheetName, RowVisitor visitor) {
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst()
                .orElseThrow(() -> FileFormatException.in(source).sheet(sheetName)
                        .problem("no such sheet; the workbook has " + sheetNames()));
        try (Stream<Row> rows = sheet.openStream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                if (!visitor.visit(toText(it.next()))) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw FileFormatException.in(source).sheet(sheetName).cause(e)
                    .problem("cannot read the sheet (truncated or damaged workbook): " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof FileFormatException f) {
                throw f;
            }
            throw FileFormatException.in(source).sheet(sheetName).cause(e)
                    .problem("cannot read the sheet: " + e);
        }
    }

    private static TextRow toText(Row row) {
        int n = row.getCellCount();
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            cells[i] = text(row.getCell(i));
        }
        return new TextRow(row.getRowNum(), cells);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case STRING -> cell.getText();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
