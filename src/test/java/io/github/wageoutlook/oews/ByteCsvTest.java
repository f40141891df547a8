package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.wages.FigureStatus;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte reader ({@link OewsReader#readCsv(String, byte[], OptionalInt)}, in parts or in one pass) gives the same
 * table, or the same error, as the character reader ({@link Csv}) on the same text.
 */
class ByteCsvTest {

    /** Every row of a national table as BLS-style CSV: titles with commas quoted, codes for figures not released. */
    static String csvOf(OewsTable table, String lineEnd) {
        return csvOf(table, lineEnd, false);
    }

    /** The same, with {@code breakTitles} a line break inside every (quoted) occupation title. */
    static String csvOf(OewsTable table, String lineEnd, boolean breakTitles) {
        Table t = table.toTable();
        // A figure the file did not have (absent in every row) is not written, so that it reads back as absent.
        List<String> figures = OewsTable.FIGURES.stream().filter(f -> !t.stringColumn(f + OewsTable.STATUS_SUFFIX)
                .asList().stream().allMatch(FigureStatus.ABSENT.code()::equals)).toList();
        // OWN_TITLE is the library's name for OWN_CODE, not a BLS column: BLS files do not have it.
        List<String> texts = OewsTable.TEXT_COLUMNS.stream().filter(c -> !c.equals("OWN_TITLE")).toList();
        List<String> columns = new ArrayList<>(texts);
        columns.addAll(figures);
        columns.addAll(OewsTable.FLAGS);
        StringBuilder b = new StringBuilder(String.join(",", columns)).append(lineEnd);
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            for (String c : texts) {
                String v = t.stringColumn(c).get(r);
                if (breakTitles && c.equals("OCC_TITLE")) {
                    v = v + "\n(continued)";
                }
                boolean quote = v.contains("\n") || v.contains(",") || v.contains("\"");
                cells.add(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            for (String f : figures) {
                String code = t.stringColumn(f + OewsTable.STATUS_SUFFIX).get(r);
                double v = t.doubleColumn(f).getDouble(r);
                boolean empty = code.equals(FigureStatus.BLANK.code()) || code.equals(FigureStatus.ABSENT.code());
                cells.add(empty ? "" : !code.equals(FigureStatus.PUBLISHED.code()) ? code
                        : v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            }
            for (String f : OewsTable.FLAGS) {
                cells.add(t.booleanColumn(f).get(r) ? "TRUE" : "");
            }
            b.append(String.join(",", cells)).append(lineEnd);
        }
        return b.toString();
    }

    /** The table or the error message, whichever reading the text gives. */
    private static Object viaCharacters(String text) {
        try {
            return OewsReader.readCsv("t_M2018.csv", new StringReader(text), OptionalInt.empty()).rows();
        } catch (FileFormatException e) {
            return e.getMessage();
        }
    }

    private static Object viaBytes(byte[] bytes, int partBytes) {
        try {
            return OewsReader.readCsv("t_M2018.csv", bytes, OptionalInt.empty(), partBytes).rows();
        } catch (FileFormatException e) {
            return e.getMessage();
        }
    }

    private static void assertSameAsCharacterReader(String text) {
        Object expected = viaCharacters(text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, viaBytes(bytes, OewsReader.PART_BYTES), "one pass");
        assertEquals(expected, viaBytes(bytes, 2_000), "in parts of 2 kB");
        assertEquals(expected, viaBytes(bytes, 150), "in parts of 150 bytes");
    }

    static Stream<String> variants() {
        String lf = csvOf(Oews.national(2018), "\n");
        String crlf = csvOf(Oews.national(2018), "\r\n");
        return Stream.of(
                lf,
                crlf,
                "\uFEFF" + lf,
                lf.replace(",", "\t").replace("\"", ""),
                // a title with a line break inside its quotes, far into the file (parts must not split it)
                lf.replace(",Computer and Information Research Scientists,", ",\"Computer and\nInformation, Research\",")
                        .replace("Actors,", "\"Act\"\"ors\nwith quotes\","),
                lf.replace(",Actors,", ", Actors  ,").replace(",33750,", ", 33750 ,"),
                lf.replace(",33750,", ",\"33,750\","),
                // errors past the first part: the same message, naming the same row
                lf.replace(",33750,", ",-33750,"),
                lf.replace("Actors,", "\"Actors"),
                lf.replace(",33750,", ",,"),
                lf.substring(0, lf.length() / 2 + 17),
                lf.replace("Actors,", "Actors,extra,"));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void bytesInParts_readTheSameAsCharacters(String text) {
        assertSameAsCharacterReader(text);
    }

    @Test
    void variants_includeTablesAndErrors() {
        List<Object> outcomes = variants().map(ByteCsvTest::viaCharacters).toList();
        // Five load (the cut in half ends inside a text cell since the area and industry columns are written).
        assertTrue(outcomes.stream().filter(o -> o instanceof List<?>).count() >= 5, () -> outcomes.stream()
                .map(o -> o instanceof String ? o : "a table").toList().toString());
        assertTrue(outcomes.stream().filter(o -> o instanceof String).count() >= 3, () -> outcomes.stream()
                .map(o -> o instanceof String ? o : "a table").toList().toString());
        assertEquals(Oews.national(2018).rows(), outcomes.get(0));
    }

    @Test
    void smallInputs_andEdgeCases_readTheSameAsCharacters() {
        String header = "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,"
                + "H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90";
        String row = "43-4051,Customer Service Representatives,detailed,2871400,0.4,17.23,35830,0.2,10.65,13.04,"
                + "16.23,20.40,26.59,22140,27120,33750,42420,55310";
        for (String text : List.of("", "\n", header, header + "\n", header + "\n" + row, header + "\n" + row + "\n\n",
                header + "\r\n" + row + "\r", header + "\n" + row + ",", "\"" + header, "x\n".repeat(12) + header,
                header + "\n" + row.replace("Customer", "\"Cust\" omer"), header + "\n" + row.replace("17.23", " "),
                header + "\n" + row.replace("17.23", "1.7e1"), header + "\n" + row.replace("17.23", "\u200317.23"),
                header + "\n" + row.replace("Customer", "Cust\u00f6mer \u2603"))) {
            assertSameAsCharacterReader(text);
        }
    }

    @Test
    void largeFiles_andStreams_takeTheBytePath_andReadTheSame(@TempDir Path dir) throws Exception {
        // 40 copies of the 2024 national rows: past PREFIX_BYTES, so the header is found first, then the rest read.
        String national = csvOf(Oews.national(2024), "\n");
        String rows = national.substring(national.indexOf('\n') + 1);
        String text = national + rows.repeat(39);
        assertTrue(text.length() > OewsReader.PREFIX_BYTES, "length " + text.length());
        Path file = dir.resolve("national_M2024.csv");
        Files.writeString(file, text);
        OewsTable fromFile = OewsReader.read(file);
        OewsTable fromStream;
        try (InputStream in = Files.newInputStream(file)) {
            fromStream = OewsReader.read("national_M2024.csv", in, OptionalInt.empty());
        }
        assertEquals(40 * Oews.national(2024).size(), fromFile.size());
        assertEquals(OewsReader.readCsv("national_M2024.csv", new StringReader(text), OptionalInt.empty()).rows(),
                fromFile.rows());
        assertEquals(fromFile.rows(), fromStream.rows());
    }

    @Test
    void aPartEndingInsideAQuotedField_isReadAgainInOnePass() {
        // A line break inside every title: most splits land inside a quoted field.
        String quoted = csvOf(Oews.national(2018), "\n", true);
        Object expected = viaCharacters(quoted);
        assertTrue(expected instanceof List<?> rows && rows.size() == Oews.national(2018).size(), expected::toString);
        assertEquals(expected, viaBytes(quoted.getBytes(StandardCharsets.UTF_8), 100));
    }
}
