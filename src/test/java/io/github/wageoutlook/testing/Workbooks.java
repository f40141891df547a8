package io.github.wageoutlook.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds small .xlsx workbooks in memory for reader tests. */
public final class Workbooks {
    private Workbooks() {
    }

    /**
     * A one-sheet workbook; cells that parse as numbers are written as numbers, others as text, null as empty; a
     * leading apostrophe forces text, as in Excel ({@code "'06"} is the text 06).
     *
     * @param sheet the sheet name
     * @param rows the rows, header first
     * @return the .xlsx bytes
     */
    public static byte[] of(String sheet, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "wage-outlook-test", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    if (v.startsWith("'")) {
                        ws.value(r, c, v.substring(1));
                    } else if (r > 0 && v.matches("-?\\d+(\\.\\d+)?")) {
                        ws.value(r, c, Double.parseDouble(v));
                    } else {
                        ws.value(r, c, v);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
