package io.github.wageoutlook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file given with {@code --file} that exists but cannot be used is exit 4 with a message naming the file (and the
 * row and columns when the problem is in one row), never an internal error: every occupation command that takes
 * {@code --file} is run on each bad file.
 */
class BadFileCommandsTest {

    static final String HEADER = "OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,"
            + "H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";
    static final String CSR_2018 = "43-4051,Customer Service Representatives,detailed,2871400,0.5,17.53,36470,0.2,"
            + "10.65,12.85,16.23,20.66,26.59,22140,26730,33750,42970,55310,,";

    @TempDir
    static Path dir;
    private static Path headerOnly;

    @BeforeAll
    static void files() throws IOException {
        headerOnly = dir.resolve("national_M2018_dl.csv");
        Files.writeString(headerOnly, HEADER + "\n");
    }

    /** Every occupation command that takes {@code --file}, with the arguments it needs besides the file. */
    static Stream<List<String>> commands() {
        return Stream.of(List.of("profile", "43-4051"), List.of("percentile", "43-4051", "50"),
                List.of("rank", "43-4051", "40000"), List.of("group", "43"),
                List.of("compare", "43-4051", "--by", "industry"), List.of("history", "43-4051"),
                List.of("history", "customer service representatives"),
                List.of("experience", "43-4051", "--rebase-year", "2018"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void headerOnlyCsv_isExit4SayingTheFileHoldsNoDataRows(List<String> command) {
        CliRun r = runWith(command, headerOnly);
        assertEquals(ExitCode.UNREADABLE.code(), r.code(), r::err);
        assertTrue(r.err().contains("national_M2018_dl.csv, row 1: the file holds no data rows"), r::err);
        assertFalse(r.err().contains("Exception"), r::err);
    }

    /** A sheet left empty and a sheet with the header alone before the data sheet: the data sheet is read. */
    @Test
    void workbookWithEmptySheetsBeforeTheData_readsTheDataSheet() throws IOException {
        Path p = dir.resolve("two_sheets_M2018.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "wage-outlook-test", "1.0");
            wb.newWorksheet("Sheet1");
            org.dhatim.fastexcel.Worksheet template = wb.newWorksheet("template");
            org.dhatim.fastexcel.Worksheet data = wb.newWorksheet("national_dl");
            String[] header = HEADER.split(",", -1);
            String[] row = CSR_2018.split(",", -1);
            for (int c = 0; c < header.length; c++) {
                template.value(0, c, header[c]);
                data.value(0, c, header[c]);
                if (!row[c].isEmpty()) {
                    data.value(1, c, row[c]);
                }
            }
            wb.finish();
        }
        CliRun r = run("profile", "43-4051", "--file", p.toString());
        assertEquals(0, r.code(), r::err);
        assertTrue(r.out().contains("$33,750"), r::out);
    }

    /** "-0" in a wage cell is zero: the profile prints "$0", never "-$0". */
    @Test
    void negativeZeroInAWageCell_printsAsZero() throws IOException {
        Path p = dir.resolve("minus_zero_M2018.csv");
        Files.writeString(p, HEADER + "\n" + CSR_2018.replace(",22140,", ",-0,") + "\n");
        CliRun r = run("profile", "43-4051", "--file", p.toString());
        assertEquals(0, r.code(), r::err);
        assertTrue(r.out().contains("$0"), r::out);
        assertFalse(r.out().contains("-$"), r::out);
    }

    /** A CSV saved as Windows-1252: exit 4, naming the cell and how to save it as UTF-8. */
    @Test
    void windows1252Csv_isExit4NamingTheCellAndTheEncoding() throws IOException {
        Path p = dir.resolve("latin_M2018.csv");
        Files.write(p, (HEADER + "\n" + CSR_2018.replace("Representatives", "Représentatives") + "\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CliRun r = run("profile", "43-4051", "--file", p.toString());
        assertEquals(ExitCode.UNREADABLE.code(), r.code(), r::err);
        assertTrue(r.err().contains("latin_M2018.csv, row 2, column OCC_TITLE (field 2)"), r::err);
        assertTrue(r.err().contains("not UTF-8 text"), r::err);
    }

    /**
     * A file whose P10 is above its P90 (60,000 against 55,310): the file is loaded as published, but a rank or a
     * percentile cannot be drawn from it, and that is the file's problem (exit 4, its row and columns), not bad usage.
     */
    @Test
    void decreasingPercentiles_rankAndPercentileAreExit4NamingFileRowAndColumns() throws IOException {
        Path p = dir.resolve("p10_above_p90_M2018.csv");
        Files.writeString(p, HEADER + "\n" + CSR_2018.replace(",22140,", ",60000,") + "\n");
        for (List<String> command : List.of(List.of("rank", "43-4051", "40000"), List.of("percentile", "43-4051", "50"))) {
            CliRun r = runWith(command, p);
            assertEquals(ExitCode.UNREADABLE.code(), r.code(), r::err);
            assertTrue(r.err().contains("p10_above_p90_M2018.csv, row 2, column A_PCT10 and A_PCT25: decreasing "
                    + "published percentiles: annual P10 $60,000/yr > P25 $26,730/yr"), r::err);
        }
        CliRun hourly = run("rank", "43-4051", "16", "--hourly", "--file", p.toString());
        assertEquals(0, hourly.code(), hourly::err);
    }

    private static CliRun runWith(List<String> command, Path file) {
        List<String> args = new java.util.ArrayList<>(command);
        args.add("--file");
        args.add(file.toString());
        return run(args.toArray(String[]::new));
    }
}
