package io.github.wageoutlook.inflation;

import io.github.wageoutlook.io.FileFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wageoutlook.datasets.Datasets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpiReaderTest {
    private static final String HEADER = "series_id        \tyear\tperiod\t       value\tfootnote_codes\r\n";

    @TempDir
    Path dir;

    /** BLS's published CPI-U annual averages (CUUR0000SA0, 1982-84 = 100), written here as BLS prints them. */
    @ParameterizedTest(name = "CPI-U {0} = {1}")
    @CsvSource({
        "1913, 9.9", "2014, 236.736", "2015, 237.017", "2016, 240.007", "2017, 245.120", "2018, 251.107",
        "2019, 255.657", "2020, 258.811", "2021, 270.970", "2022, 292.655", "2023, 304.702", "2024, 313.689",
        "2025, 321.943"})
    void embeddedFile_annualAverages_equalBlsPublishedValues(int year, double published) {
        assertEquals(published, Cpi.u().annual(year), 0.0);
    }

    @Test
    void embeddedFile_monthlyValue_equalsBlsPublishedValue() {
        assertEquals(304.127, Cpi.u().monthly(YearMonth.of(2023, 5)), 0.0);
        assertEquals(308.417, Cpi.u().monthly(YearMonth.of(2024, 1)), 0.0);
    }

    @Test
    void embeddedCpiU_coversAnnualAverages1913To2025_andMonthsToJune2026ButOctober2025() {
        PriceIndex u = Cpi.u();
        assertEquals(1913, u.firstYear());
        assertEquals(2025, u.lastYear());
        assertEquals(YearMonth.of(2026, 6), u.monthlyValues().lastKey());
        assertEquals(113, u.annualAverages().size());
        assertEquals((2026 - 1913) * 12 + 6 - 1, u.monthlyValues().size());
        assertFalse(u.hasMonthly(YearMonth.of(2025, 10)));
    }

    @Test
    void embeddedFile_holdsOtherSeries_readOnce() throws IOException {
        assertTrue(Cpi.embeddedSeries().contains("CUSR0000SA0"));
        assertTrue(Cpi.embeddedSeries().contains("CUUR0200SA0"));
        try (InputStream in = Datasets.open(Cpi.EMBEDDED_FILE)) {
            Map<String, PriceIndex> all = CpiReader.readAll("copy", in);
            assertEquals(Cpi.embeddedSeries(), all.keySet());
            assertEquals(Cpi.embedded("CUSR0000SA0"), all.get("CUSR0000SA0"));
            // CPI-U is the flat file's series merged with the Series Report, which adds later periods only.
            PriceIndex flat = all.get("CUUR0000SA0");
            assertEquals(flat.annualAverages(), Cpi.u().annualAverages().headMap(2025));
            assertEquals(flat.monthlyValues(), Cpi.u().monthlyValues().headMap(YearMonth.of(2025, 10)));
        }
    }

    @Test
    void unknownSeries_isFileFormatException_namingFileAndSeries() {
        FileFormatException e = assertThrows(FileFormatException.class, () -> Cpi.embedded("CUUR0000XX9"));
        assertEquals(Cpi.EMBEDDED_FILE, e.source());
        assertEquals("CUUR0000XX9", e.rawValue().orElseThrow());
        assertTrue(e.getMessage().contains("no such series"), e.getMessage());
    }

    @Test
    void unknownSeries_inUserFile_isFileFormatException() throws IOException {
        Path f = write("cu.data.test", HEADER + "CUUR0000SA0      \t2023\tM13\t     304.702\t\r\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f, "CUSR0000SA0"));
        assertEquals("cu.data.test", e.source());
        assertTrue(e.getMessage().contains("1 series (CUUR0000SA0)"), e.getMessage());
    }

    @Test
    void malformedLine_isNamedByLineNumber() throws IOException {
        Path f = write("cu.data.bad", HEADER
                + "CUUR0000SA0      \t2022\tM13\t     292.655\t\r\n"
                + "CUUR0000SA0      \t2023\tM12\t     306.746\t\r\n"
                + "CUUR0000SA0 2023 M13 304.702\r\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f));
        assertEquals(OptionalInt.of(4), e.row());
        assertTrue(e.getMessage().startsWith("cu.data.bad, row 4: raw value 'CUUR0000SA0 2023 M13 304.702'"),
                e.getMessage());
        assertTrue(e.problem().contains("malformed line"), e.problem());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "period | M14   | not a period",
        "period | Q01   | not a period",
        "year   | 20x3  | not a four-digit year",
        "value  | abc   | not a number",
        "value  | -1.5  | not a positive index value",
        "value  | ''    | not a number"})
    void badCell_isNamedByLineColumnAndRawValue(String column, String raw, String problem) throws IOException {
        String year = column.equals("year") ? raw : "2023";
        String period = column.equals("period") ? raw : "M13";
        String value = column.equals("value") ? raw : "304.702";
        Path f = write("cu.data.cell", HEADER + "CUUR0000SA0      \t2022\tM13\t     292.655\t\r\n"
                + "CUUR0000SA0      \t" + year + "\t" + period + "\t     " + value + "\t\r\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f));
        assertEquals(OptionalInt.of(3), e.row());
        assertEquals(column.equals("value") ? "value" : column, e.column().orElseThrow());
        assertEquals(raw, e.rawValue().orElseThrow());
        assertTrue(e.problem().startsWith(problem), e.problem());
    }

    @Test
    void duplicateObservation_namesBothLines() throws IOException {
        Path f = write("cu.data.dup", HEADER + "CUUR0000SA0      \t2023\tM13\t     304.702\t\r\n"
                + "CUUR0000SA0      \t2022\tM13\t     292.655\t\r\n"
                + "CUUR0000SA0      \t2023\tM13\t     304.700\t\r\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f));
        assertEquals(OptionalInt.of(4), e.row());
        assertTrue(e.problem().contains("first on line 2"), e.problem());
    }

    @Test
    void wrongHeader_isRowOne() throws IOException {
        Path f = write("oews.csv", "OCC_CODE,OCC_TITLE\r\n15-1252,Software Developers\r\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> CpiReader.read(f));
        assertEquals(OptionalInt.of(1), e.row());
        assertTrue(e.problem().startsWith("neither a LABSTAT CPI data file"), e.problem());
    }

    @Test
    void missingFile_isFileFormatException() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> CpiReader.read(dir.resolve("nope.txt")));
        assertEquals("no such file", e.problem());
    }

    @Test
    void lfLineEnds_footnotes_halfYears_andBlankLines_areRead() throws IOException {
        Path f = write("cu.data.lf", HEADER.replace("\r", "")
                + "CUUSS49GSA0      \t2023\tS01\t     257.938\t\n"
                + "CUUR0000SA0      \t2023\tM05\t     304.127\tP\n"
                + "\n"
                + "CUUR0000SA0      \t2023\tM13\t     304.702");
        PriceIndex u = CpiReader.read(f);
        assertEquals(304.127, u.monthly(YearMonth.of(2023, 5)), 0.0);
        assertEquals(304.702, u.annual(2023), 0.0);
        // A half-year value is valid, but not part of a monthly/annual index: the series has nothing else.
        PriceIndex halfYearly = CpiReader.read(f, "CUUSS49GSA0");
        assertTrue(halfYearly.annualAverages().isEmpty());
        assertFalse(halfYearly.hasMonthly(YearMonth.of(2023, 1)));
    }

    @Test
    void values_readExactlyAsDoubleParseDoubleWould() throws IOException {
        Random random = new Random(6);
        StringBuilder b = new StringBuilder(HEADER);
        String[] texts = new String[2000];
        for (int i = 0; i < texts.length; i++) {
            int decimals = random.nextInt(4);
            texts[i] = String.format(Locale.US, "%." + decimals + "f", 0.5 + random.nextDouble() * 999);
            b.append("CUUR0000SA0      \t").append(1000 + i).append("\tM13\t  ").append(texts[i]).append("\t\r\n");
        }
        PriceIndex p = CpiReader.read(write("cu.data.values", b.toString()));
        for (int i = 0; i < texts.length; i++) {
            assertEquals(Double.parseDouble(texts[i]), p.annual(1000 + i), 0.0, texts[i]);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        return f;
    }
}
