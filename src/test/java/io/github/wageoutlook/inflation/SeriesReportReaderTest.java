package io.github.wageoutlook.inflation;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.testing.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BLS data tool's Series Report, CSV and .xlsx, read by {@link CpiReader} by content. */
class SeriesReportReaderTest {
    private static final String METADATA = "Consumer Price Index for All Urban Consumers (CPI-U),,,\n"
            + "Original Data Value,,,\n,,,\nSeries Id:,CUUR0000SA0,,\nNot Seasonally Adjusted,,,\n"
            + "Series Title:,\"All items in U.S. city average, all urban consumers, not seasonally adjusted\",,\n"
            + "Base Period:,1982-84=100,,\n,,,\n";
    private static final String HEADER = "Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Annual,HALF1,HALF2\n";

    @TempDir
    Path dir;

    private static String embeddedText() throws IOException {
        try (InputStream in = Datasets.open(Cpi.EMBEDDED_SERIES_REPORT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void embeddedReport_holdsCpiU1913ToJune2026_with2025AnnualAverage_andNoOctober2025() throws IOException {
        Path f = dir.resolve("report.txt");   // the name says nothing: the content decides
        Files.writeString(f, embeddedText());
        PriceIndex u = CpiReader.read(f);
        assertEquals("CUUR0000SA0", u.seriesId());
        assertEquals(9.9, u.annual(1913), 0.0);
        assertEquals(313.689, u.annual(2024), 0.0);
        assertEquals(321.943, u.annual(2025), 0.0);
        assertFalse(u.hasAnnual(2026), "2026 is not complete: BLS published no annual average");
        assertEquals(324.800, u.monthly(YearMonth.of(2025, 9)), 0.0);
        assertFalse(u.hasMonthly(YearMonth.of(2025, 10)));
        assertEquals(324.122, u.monthly(YearMonth.of(2025, 11)), 0.0);
        assertEquals(333.952, u.monthly(YearMonth.of(2026, 6)), 0.0);
        assertEquals(YearMonth.of(2026, 6), u.monthlyValues().lastKey());
        assertEquals(113, u.annualAverages().size());
    }

    @Test
    void reportSavedAsXlsx_readsTheSameAsTheCsv() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : embeddedText().split("\n")) {
            rows.add(Arrays.asList(Csv2.split(line)));
        }
        Path xlsx = dir.resolve("SeriesReport.xlsx");
        Files.write(xlsx, Workbooks.of("BLS Data Series", rows));
        Path csv = dir.resolve("SeriesReport.csv");
        Files.writeString(csv, embeddedText());
        assertEquals(CpiReader.read(csv), CpiReader.read(xlsx));
        assertEquals(321.943, Cpi.read(xlsx).annual(2025), 0.0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "Mar    | abc    | not a number",
        "Annual | -3.5   | not a positive index value",
        "Year   | 20x4   | not a four-digit year",
        "Sep    | 1e999  | not a positive index value"})
    void badCell_isNamedByRowColumnAndRawValue(String column, String raw, String problem) throws IOException {
        String[] cells = "2024,308.417,310.326,312.332,313.548,314.069,314.175,314.540,314.796,315.301,315.664,315.493,315.605,313.689,312.145,315.233".split(",");
        List<String> header = Arrays.asList(HEADER.strip().split(","));
        cells[header.indexOf(column)] = raw;
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, METADATA + HEADER + "2023,299.170,300.840,301.836,303.363,304.127,305.109,305.691,"
                + "307.026,307.789,307.671,307.051,306.746,304.702,302.408,306.996\n" + String.join(",", cells) + "\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f));
        assertEquals(OptionalInt.of(11), e.row());
        assertEquals(column, e.column().orElseThrow());
        assertEquals(raw, e.rawValue().orElseThrow());
        assertTrue(e.problem().startsWith(problem), e.problem());
    }

    @Test
    void unknownColumn_duplicateYear_andMissingSeriesId_areNamed() throws IOException {
        Path wrongColumn = dir.resolve("a.csv");
        Files.writeString(wrongColumn, METADATA + "Year,Jan,Foo\n2024,308.417,1\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(wrongColumn));
        assertEquals(OptionalInt.of(9), e.row());
        assertEquals("Foo", e.rawValue().orElseThrow());
        assertTrue(e.problem().startsWith("not a Series Report column"), e.problem());

        Path twice = dir.resolve("b.csv");
        Files.writeString(twice, METADATA + HEADER + "2024,308.417\n2024,308.417\n");
        e = assertThrows(FileFormatException.class, () -> CpiReader.read(twice));
        assertEquals(OptionalInt.of(11), e.row());
        assertTrue(e.problem().contains("given twice (first on row 10)"), e.problem());

        Path noId = dir.resolve("c.csv");
        Files.writeString(noId, "Series Id:,,\n" + HEADER + "2024,308.417\n");
        e = assertThrows(FileFormatException.class, () -> CpiReader.read(noId));
        assertEquals(OptionalInt.of(1), e.row());
        assertEquals("Series Id", e.column().orElseThrow());
    }

    @Test
    void metadataWithoutATable_isRefused() throws IOException {
        Path f = dir.resolve("d.csv");
        Files.writeString(f, METADATA);
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f));
        assertTrue(e.problem().startsWith("no table under 'Series Id: CUUR0000SA0'"), e.problem());
    }

    @Test
    void footnoteLinesUnderTheTable_areSkipped() throws IOException {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, METADATA + HEADER + "2024,308.417,310.326\n,,\nP : Preliminary. All indexes are "
                + "subject to monthly revision up to four months after original publication.,,\n");
        assertEquals(310.326, CpiReader.read(f).monthly(YearMonth.of(2024, 2)), 0.0);
    }

    /** Splits one line of the embedded report (RFC 4180 quotes) into cells, for building the .xlsx copy. */
    private static final class Csv2 {
        static String[] split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(b.toString());
                    b.setLength(0);
                } else if (c != '\r') {
                    b.append(c);
                }
            }
            out.add(b.toString());
            // Text cells that look like numbers stay numbers in the workbook, as in BLS's own .xlsx export.
            return out.toArray(String[]::new);
        }
    }
}
