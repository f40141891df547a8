package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.testing.Workbooks;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same OEWS content read from CSV (BLS names, Excel exports) and from state/metro-style workbooks. */
class OewsReaderFormatsTest {

    @TempDir
    Path dir;

    private static final String HEADER_2018 = "OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,"
            + "H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";

    /** Real 2018 national rows written back as BLS-named CSV. */
    private static List<String> csvLines(int year, boolean excelExport, String... codes) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER_2018);
        OewsTable t = Oews.national(year);
        for (String code : codes) {
            OccupationWages r = t.occupation(code).orElseThrow();
            List<String> cells = new ArrayList<>(List.of(r.socCode(), quote(r.title()), r.level().code(),
                    number(r.employment().status(), r.employment().raw(), excelExport),
                    number(r.employmentRse().status(), r.employmentRse().raw(), false),
                    wage(r.hourly().mean(), excelExport), wage(r.annual().mean(), excelExport),
                    number(r.meanRse().status(), r.meanRse().raw(), false)));
            r.hourly().percentiles().forEach(f -> cells.add(wage(f, excelExport)));
            r.annual().percentiles().forEach(f -> cells.add(wage(f, excelExport)));
            cells.add(r.publishedBasis() == PublishedBasis.ANNUAL_ONLY ? "TRUE" : "");
            cells.add(r.publishedBasis() == PublishedBasis.HOURLY_ONLY ? "TRUE" : "");
            lines.add(String.join(",", cells));
        }
        return lines;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String number(FigureStatus status, double v, boolean excelExport) {
        if (!status.hasValue()) {
            return status.code();
        }
        if (excelExport && v >= 1000) {
            return "\"" + String.format(Locale.US, v == Math.rint(v) ? "%,.0f" : "%,.2f", v) + "\"";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String wage(io.github.wageoutlook.wages.WageFigure f, boolean excelExport) {
        return f.isLowerBound() ? "#" : number(f.status(), f.amount(), excelExport);
    }

    private void assertSameAsEmbedded(OewsTable read, int year, String... codes) {
        assertEquals(codes.length, read.size());
        for (String code : codes) {
            OccupationWages expected = Oews.national(year).occupation(code).orElseThrow();
            OccupationWages actual = read.occupation(code).orElseThrow();
            assertEquals(expected.annual(), actual.annual(), code);
            assertEquals(expected.hourly(), actual.hourly(), code);
            assertEquals(expected.employment(), actual.employment(), code);
            assertEquals(expected.publishedBasis(), actual.publishedBasis(), code);
            assertEquals(expected.title(), actual.title(), code);
        }
    }

    private static final String[] CODES = {"43-4051", "11-1011", "25-2021", "27-2042", "43-0000", "00-0000"};

    @Test
    void csvWithBlsColumnNames_readsLikeTheWorkbook() throws IOException {
        Path csv = dir.resolve("national_M2018_dl.csv");
        Files.write(csv, csvLines(2018, false, CODES), StandardCharsets.UTF_8);
        assertSameAsEmbedded(Oews.read(csv), 2018, CODES);
    }

    @Test
    void excelSaveAsCsv_quotedThousandsSeparatorsBomAndCrlf_readLikeTheWorkbook() throws IOException {
        Path csv = dir.resolve("oes-export.csv");
        String text = "\uFEFF" + String.join("\r\n", csvLines(2018, true, CODES)) + "\r\n";
        assertTrue(text.contains("\"2,871,400\""), "the export quotes thousands separators");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        assertSameAsEmbedded(Oews.read(csv, 2018), 2018, CODES);
    }

    @Test
    void stateFileLayout2019Plus_withAreaValues_readsAreasAndLooksUpPerArea() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP",
                "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT",
                "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75",
                "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"));
        String[][] areas = {{"06", "California", "CA"}, {"48", "Texas", "TX"}};
        for (String[] area : areas) {
            for (String code : new String[] {"43-4051", "11-1011"}) {
                OccupationWages r = Oews.national(2023).occupation(code).orElseThrow();
                List<String> cells = new ArrayList<>(List.of("'" + area[0], area[1], "2", area[2], "'000000",
                        "Cross-industry", "cross-industry", "'1235", r.socCode(), r.title(), r.level().code(),
                        fmt(r.employment().raw()), fmt(r.employmentRse().raw()), "1.5", "0.98", "", "~",
                        fmt(r.hourly().mean().amount()), fmt(r.annual().mean().amount()), fmt(r.meanRse().raw())));
                r.hourly().percentiles().forEach(f -> cells.add(f.isLowerBound() ? "#" : fmt(f.amount())));
                r.annual().percentiles().forEach(f -> cells.add(f.isLowerBound() ? "#" : fmt(f.amount())));
                cells.add("");
                cells.add("");
                rows.add(cells);
            }
        }
        Path xlsx = dir.resolve("state_M2023_dl.xlsx");
        Files.write(xlsx, Workbooks.of("state_M2023_dl", rows));
        OewsTable t = Oews.read(xlsx);
        assertEquals(4, t.size());
        assertEquals(List.of("06", "48"), t.areas().stream().map(io.github.wageoutlook.oews.Area::code).toList());
        OccupationWages texas = t.area("48").occupation("43-4051").orElseThrow();
        assertEquals("Texas", texas.area().title());
        assertEquals(Oews.national(2023).occupation("43-4051").orElseThrow().annual(), texas.annual());
        assertTrue(t.area("06").occupation("11-1011").orElseThrow().annual().p90().isLowerBound());
        assertEquals(Wage.annual(239_200), t.area("06").occupation("11-1011").orElseThrow().annual().p90().wage());
        IllegalStateException ambiguous = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> t.occupation("43-4051"));
        assertTrue(ambiguous.getMessage().contains("2 contexts"), ambiguous.getMessage());
    }

    @Test
    void codesStoredAsNumbers_byASpreadsheet_getTheirLeadingZerosBack() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("AREA", "AREA_TITLE", "NAICS", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
                "EMP_PRSE", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
                "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"));
        rows.add(List.of("6", "California", "0", "1235", "43-4051", "Customer Service Representatives", "detailed",
                "100", "1", "20", "41600", "1", "10", "15", "20", "25", "30", "20800", "31200", "41600", "52000",
                "62400"));
        Path xlsx = dir.resolve("state_M2023_dl.xlsx");
        Files.write(xlsx, Workbooks.of("state", rows));
        OccupationWages r = Oews.read(xlsx).row(0);
        assertEquals("06", r.area().code());
        assertEquals("000000", r.industry().naics());
        assertEquals("1235", r.ownership().code());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Test
    void yearComesFromYearColumn_thenArgument_thenFileName() throws IOException {
        Path csv = dir.resolve("wages.csv");
        List<String> lines = csvLines(2018, false, "43-4051");
        Files.write(csv, lines);
        assertEquals(List.of(2017), Oews.read(csv, 2017).years());
        FileFormatException noYear = org.junit.jupiter.api.Assertions.assertThrows(FileFormatException.class,
                () -> Oews.read(csv));
        assertTrue(noYear.getMessage().contains("cannot tell the survey year"), noYear.getMessage());
        List<String> withYear = new ArrayList<>();
        withYear.add("YEAR," + lines.get(0));
        withYear.add("2018," + lines.get(1));
        Files.write(csv, withYear);
        assertEquals(List.of(2018), Oews.read(csv).years());
    }

    /**
     * BLS's top-code was $100.00 an hour ($208,000 a year) through May 2021 and $115.00 ($239,200) from May 2022: in a
     * file whose YEAR column spans both, each {@code #} is its own row's year's top-code, whichever year comes first.
     */
    @Test
    void topCodedWages_inAFileSpanning2021And2022_takeEachRowsOwnYearsTopCode() throws IOException {
        String row = "11-1011,Chief Executives,detailed,200480,0.7,#,#,0.4,50.80,75.28,#,#,#,105660,156590,#,#,#,,";
        for (List<Integer> years : List.of(List.of(2021, 2022), List.of(2022, 2021))) {
            Path csv = dir.resolve("stacked.csv");
            Files.write(csv, List.of("YEAR," + HEADER_2018, years.get(0) + "," + row, years.get(1) + "," + row));
            OewsTable t = Oews.read(csv);
            OccupationWages may2021 = t.year(2021).row(0);
            OccupationWages may2022 = t.year(2022).row(0);
            assertEquals(Wage.annual(208_000), may2021.annual().p90().wage(), years::toString);
            assertEquals(Wage.hourly(100), may2021.hourly().median().wage(), years::toString);
            assertEquals(Wage.annual(239_200), may2022.annual().p90().wage(), years::toString);
            assertEquals(Wage.hourly(115), may2022.hourly().median().wage(), years::toString);
            assertTrue(may2021.annual().p90().isLowerBound() && may2022.annual().p90().isLowerBound());
        }
    }

    @Test
    void fieldDescriptionsSheet_andOtherExtraSheets_areSkipped() {
        OewsTable t = EmbeddedOews.nationalFromWorkbook(2022);
        assertEquals(1402, t.size());
        assertFalse(t.search("Field").size() > 0 && t.search("Field").row(0).title().startsWith("Field Desc"));
    }
}
