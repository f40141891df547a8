package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.testing.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input gets the one documented exception, naming file, sheet, row, column and raw value. */
class OewsReaderBadInputTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("OCC_CODE", "OCC_TITLE", "OCC_GROUP", "TOT_EMP", "EMP_PRSE",
            "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10",
            "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY");
    private static final List<String> CSR_2018 = List.of("43-4051", "Customer Service Representatives", "detailed",
            "2871400", "0.5", "17.53", "36470", "0.2", "10.65", "12.85", "16.23", "20.66", "26.59", "22140", "26730",
            "33750", "42970", "55310", "", "");

    private Path workbook(List<String> header, List<String>... rows) throws IOException {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(Arrays.asList(rows));
        Path p = dir.resolve("national_M2018_dl.xlsx");
        Files.write(p, Workbooks.of("national_dl", all));
        return p;
    }

    private static List<String> with(List<String> row, int column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column, value);
        return copy;
    }

    private static FileFormatException fails(Path p) {
        return assertThrows(FileFormatException.class, () -> Oews.read(p));
    }

    @Test
    void nonNumericWage_namesFileSheetRowColumnAndRawValue() throws IOException {
        Path p = workbook(HEADER, CSR_2018, with(CSR_2018, 15, "abc"));
        FileFormatException e = fails(p);
        assertEquals("national_M2018_dl.xlsx, sheet 'national_dl', row 3, column A_MEDIAN (P): raw value 'abc': "
                + "not a number (nor a BLS code *, **, #, ~)", e.getMessage());
        assertEquals("national_dl", e.sheet().orElseThrow());
        assertEquals(3, e.row().getAsInt());
        assertEquals("A_MEDIAN (P)", e.column().orElseThrow());
        assertEquals("abc", e.rawValue().orElseThrow());
    }

    @Test
    void negativeWage_isRejected() throws IOException {
        FileFormatException e = fails(workbook(HEADER, with(CSR_2018, 8, "-10.65")));
        assertTrue(e.getMessage().contains("row 2, column H_PCT10 (I): raw value '-10.65': negative wage"),
                e.getMessage());
    }

    @Test
    void missingColumn_isNamed() throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        header.set(15, "A_MEDIAN_X");
        FileFormatException e = fails(workbook(header, CSR_2018));
        assertTrue(e.getMessage().contains("row 1: missing column [A_MEDIAN]"), e.getMessage());
    }

    @Test
    void duplicatedHeader_namesBothColumns() throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        header.set(19, "ANNUAL");
        FileFormatException e = fails(workbook(header, CSR_2018));
        assertTrue(e.getMessage().contains("row 1, column ANNUAL (T): raw value 'ANNUAL': duplicated header: "
                + "column ANNUAL also at ANNUAL (S)"), e.getMessage());
    }

    @Test
    void badSocCodeAndGroupLevel_areNamed() throws IOException {
        assertTrue(fails(workbook(HEADER, with(CSR_2018, 0, "'434051"))).getMessage()
                .contains("column OCC_CODE (A): raw value '434051': not a SOC code"));
        assertTrue(fails(workbook(HEADER, with(CSR_2018, 2, "tiny"))).getMessage()
                .contains("column OCC_GROUP (C): raw value 'tiny': not a group level"));
    }

    @Test
    void emptyWageCell_isNotSilentlyMissing() throws IOException {
        FileFormatException e = fails(workbook(HEADER, with(CSR_2018, 17, "")));
        assertTrue(e.getMessage().contains("column A_PCT90 (R): raw value '': empty cell"), e.getMessage());
    }

    @Test
    void truncatedWorkbook_isAFormatError() throws IOException {
        byte[] real;
        try (InputStream in = Datasets.open("oews/national_M2018_dl.xlsx")) {
            real = in.readAllBytes();
        }
        Path p = dir.resolve("national_M2018_dl.xlsx");
        Files.write(p, Arrays.copyOf(real, real.length / 2));
        FileFormatException e = fails(p);
        assertTrue(e.getMessage().startsWith("national_M2018_dl.xlsx"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
    }

    @Test
    void emptyFile_isAFormatError() throws IOException {
        Path p = dir.resolve("national_M2018_dl.xlsx");
        Files.write(p, new byte[0]);
        assertEquals("national_M2018_dl.xlsx: the file is empty", fails(p).getMessage());
    }

    @Test
    void notAWorkbook_norOewsText_isAFormatError() throws IOException {
        Path p = dir.resolve("report_2018.pdf");
        Files.write(p, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        FileFormatException e = fails(p);
        assertTrue(e.getMessage().contains("no OCC_CODE header"), e.getMessage());
    }

    @Test
    void legacyXlsWorkbook_isNamedAsSuch() throws IOException {
        Path p = dir.resolve("national_M2010_dl.xls");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Files.write(p, ole2);
        assertTrue(fails(p).getMessage().contains("legacy .xls"));
    }

    @Test
    void missingFile_isAFormatErrorNamingThePath() {
        Path p = dir.resolve("nope.xlsx");
        assertTrue(fails(p).getMessage().endsWith("nope.xlsx: no such file"));
    }

    @Test
    void csvUnterminatedQuote_namesTheLine() throws IOException {
        Path p = dir.resolve("national_M2018_dl.csv");
        Files.writeString(p, String.join(",", HEADER) + "\n" + String.join(",", CSR_2018) + "\n\"43-4171,oops\n");
        FileFormatException e = fails(p);
        assertTrue(e.getMessage().contains("row 3"), e.getMessage());
        assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
    }

    @Test
    void topCodeInAYearWithoutKnownThreshold_isRefusedRatherThanGuessed() throws IOException {
        Path p = dir.resolve("national_M2010_dl.csv");
        Files.writeString(p, String.join(",", HEADER) + "\n" + String.join(",", with(CSR_2018, 17, "#")) + "\n");
        FileFormatException e = fails(p);
        assertTrue(e.getMessage().contains("top-code of 2010 is unknown"), e.getMessage());
    }

    @Test
    void headerOnlyCsv_isAFormatErrorSayingTheFileHoldsNoDataRows() throws IOException {
        Path p = dir.resolve("national_M2018_dl.csv");
        Files.writeString(p, String.join(",", HEADER) + "\n");
        FileFormatException e = fails(p);
        assertEquals("national_M2018_dl.csv", e.source());
        assertEquals("national_M2018_dl.csv, row 1: the file holds no data rows: only the header "
                + "(OCC_CODE, OCC_TITLE, …); an OEWS file has one row per occupation below it", e.getMessage());
        // the streamed path (a reader of characters) says the same
        FileFormatException streamed = assertThrows(FileFormatException.class, () -> OewsReader.readCsv(
                "national_M2018_dl.csv", new java.io.StringReader(String.join(",", HEADER) + "\r\n\r\n"),
                java.util.OptionalInt.empty()));
        assertEquals(e.getMessage(), streamed.getMessage());
    }

    @Test
    void headerOnlyWorkbook_isAFormatErrorSayingTheFileHoldsNoDataRows() throws IOException {
        FileFormatException e = fails(workbook(HEADER));
        assertEquals("national_M2018_dl.xlsx, sheet 'national_dl', row 1: the file holds no data rows: only the "
                + "header (OCC_CODE, OCC_TITLE, …); an OEWS file has one row per occupation below it",
                e.getMessage());
    }

    /** A workbook of several sheets, each a list of rows (header first); cells that look like numbers are numbers. */
    private Path workbookOfSheets(java.util.Map<String, List<List<String>>> sheets) throws IOException {
        Path p = dir.resolve("national_M2018_dl.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(p)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "wage-outlook-test", "1.0");
            sheets.forEach((name, rows) -> {
                org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String v = rows.get(r).get(c);
                        if (v.isEmpty()) {
                            continue;
                        }
                        if (r > 0 && v.matches("\\d+(\\.\\d+)?")) {
                            ws.value(r, c, Double.parseDouble(v));
                        } else {
                            ws.value(r, c, v);
                        }
                    }
                }
            });
            wb.finish();
        }
        return p;
    }

    @Test
    void emptyOrHeaderOnlyFirstSheet_beforeTheDataSheet_theDataSheetIsRead() throws IOException {
        java.util.Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Sheet1", List.of());
        sheets.put("template", List.of(HEADER));
        sheets.put("national_dl", List.of(HEADER, CSR_2018));
        OewsTable t = Oews.read(workbookOfSheets(sheets));
        assertEquals(1, t.size());
        assertEquals(33_750, t.occupation("43-4051").orElseThrow().annual().median().amount());
    }

    /**
     * A stream has no size to check up front: 64 MB of CSV rows (generated, no file) with the byte limit set to 16 MB
     * are cut where they pass it.
     */
    @Test
    void streamPastTheByteLimit_isRefusedWhereItPassesIt_namingTheSourceAndTheLimit() {
        byte[] header = (String.join(",", HEADER) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] row = (String.join(",", CSR_2018) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        InputStream rows = new InputStream() {
            private long position;

            @Override
            public int read() {
                long p = position++;
                if (p >= 64 << 20) {
                    return -1;
                }
                return p < header.length ? header[(int) p] : row[(int) ((p - header.length) % row.length)];
            }
        };
        FileFormatException e = withProperty(io.github.wageoutlook.io.ReadLimits.MAX_BYTES_PROPERTY,
                Long.toString(16 << 20), () -> OewsReader.read("stream_M2018.csv", rows,
                        java.util.OptionalInt.empty()));
        assertEquals("stream_M2018.csv: holds more than 16,777,216 bytes, the most one file or zip entry may hold "
                + "(system property wageoutlook.read.maxBytes; BLS's largest OEWS file is under 100 MB): not read",
                e.getMessage());
    }

    /** 150 data rows with the row limit set to 100: refused at the 101st, line 102, whether read whole or in parts. */
    @Test
    void tableOfMoreRowsThanTheLimit_isRefusedAtTheFirstRowPastIt() throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int i = 0; i < 150; i++) {
            csv.append(String.join(",", CSR_2018)).append('\n');
        }
        Path p = dir.resolve("national_M2018_dl.csv");
        Files.writeString(p, csv);
        String expected = "national_M2018_dl.csv, row 102: more than 100 data rows, the most one table may hold "
                + "(system property wageoutlook.read.maxRows; BLS's largest OEWS file has about 400,000): not read";
        String property = io.github.wageoutlook.io.ReadLimits.MAX_ROWS_PROPERTY;
        assertEquals(expected, withProperty(property, "100", () -> Oews.read(p)).getMessage());
        byte[] bytes = Files.readAllBytes(p);
        assertEquals(expected, withProperty(property, "100", () -> OewsReader.readCsv("national_M2018_dl.csv", bytes,
                java.util.OptionalInt.empty(), 64)).getMessage());
        assertEquals(150, Oews.read(p).size());
    }

    /** The failure of a read run with a system property set, the property restored after. */
    private static FileFormatException withProperty(String property, String value,
                                                    org.junit.jupiter.api.function.Executable read) {
        String before = System.setProperty(property, value);
        try {
            return assertThrows(FileFormatException.class, read);
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    /** A CSV of the header and one row, read back; its failure, if any, is the caller's to assert. */
    private Path csv(List<String> row) throws IOException {
        Path p = dir.resolve("national_M2018_dl.csv");
        Files.writeString(p, String.join(",", HEADER) + "\n" + String.join(",", row) + "\n");
        return p;
    }

    /**
     * BLS writes thousands separators in whole numbers only (annual wages, employment: "33,750", "2,871,400") and
     * hourly wages with two decimals and no separator ("16.23"): a grouped number with a fraction, or separators
     * in the wrong places (a decimal-comma file, a mistyped cell), is refused, naming the cell.
     */
    @Test
    void groupedNumberWithAFraction_orMisplacedSeparators_isRefusedNamingTheCell() throws IOException {
        FileFormatException fraction = fails(csv(with(CSR_2018, 15, "\"1,234.5\"")));
        assertEquals("national_M2018_dl.csv, row 2, column A_MEDIAN (field 16): raw value '1,234.5': thousands "
                + "separators with a decimal fraction, which BLS never writes (it groups whole numbers only, as in "
                + "33,750 and 2,871,400, and writes hourly wages as 16.23); is the file written with decimal commas?",
                fraction.getMessage());
        assertEquals("1,234.56", fails(csv(with(CSR_2018, 15, "\"1,234.56\""))).rawValue().orElseThrow());
        for (String misplaced : List.of("1,23", "12,34,567", "1,2345", "16,23")) {
            FileFormatException e = fails(csv(with(CSR_2018, 15, "\"" + misplaced + "\"")));
            assertEquals(misplaced, e.rawValue().orElseThrow());
            assertTrue(e.problem().startsWith("misplaced thousands separators or a decimal comma"), e::getMessage);
        }
        assertEquals(2_871_400, Oews.read(csv(with(CSR_2018, 3, "\"2,871,400\""))).row(0).employment().value());
    }

    /** "-0" and "-0.00" are zero: read as +0, so that nothing prints "-$0". */
    @Test
    void negativeZero_isReadAsZero_andNeverPrintsAMinus() throws IOException {
        List<String> row = with(with(CSR_2018, 8, "-0.00"), 13, "-0");
        OccupationWages w = Oews.read(csv(row)).row(0);
        assertEquals(0, Double.doubleToRawLongBits(w.hourly().p10().amount()));
        assertEquals(0, Double.doubleToRawLongBits(w.annual().p10().amount()));
        assertEquals("$0/yr", w.annual().p10().wage().rounded().toString());
        assertFalse(w.toString().contains("-$"), w::toString);
    }

    /**
     * A CSV saved as Windows-1252 (Excel's plain "CSV"): "Représentatives" holds the byte E9, not UTF-8. Refused, naming
     * the cell and the fix, whichever path reads it (bytes, or characters decoded by the caller); the same text in
     * UTF-8, with or without a byte-order mark, reads.
     */
    @Test
    void windows1252Csv_isRefusedNamingTheCellAndTheEncoding_utf8WithOrWithoutBomReads() throws IOException {
        String text = String.join(",", HEADER) + "\r\n" + String.join(",", with(CSR_2018, 1,
                "Customer Service Représentatives")) + "\r\n";
        Path p = dir.resolve("national_M2018_dl.csv");
        byte[] windows1252 = text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(p, windows1252);
        FileFormatException e = fails(p);
        assertEquals("national_M2018_dl.csv, row 2, column OCC_TITLE (field 2): raw value 'Customer Service "
                + "Repr\uFFFDsentatives': not UTF-8 text (shown as \uFFFD): a CSV saved as Windows-1252 or Latin-1, as "
                + "Excel's plain \"CSV\" format does, reads this way; save it as \"CSV UTF-8\" or convert it (iconv -f "
                + "WINDOWS-1252 -t UTF-8) and read it again", e.getMessage());
        FileFormatException decoded = assertThrows(FileFormatException.class, () -> OewsReader.readCsv(
                "national_M2018_dl.csv", new java.io.InputStreamReader(new java.io.ByteArrayInputStream(windows1252),
                        java.nio.charset.StandardCharsets.UTF_8), java.util.OptionalInt.empty()));
        assertEquals(e.getMessage(), decoded.getMessage());
        for (String bom : List.of("", "\uFEFF")) {
            Files.writeString(p, bom + text, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("Customer Service Représentatives", Oews.read(p).row(0).title());
        }
    }
}
