package io.github.wageoutlook.io;

import io.github.wageoutlook.projections.ProjectionsReader;
import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.testing.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the seed corpus of {@link ReadersFuzzTest} from the real files: the first rows of each, as the format it
 * came in (small workbooks for .xlsx, so that each fuzzing run stays fast), plus one whole real workbook per
 * workbook reader. Not a test: run it to regenerate the seeds after the shipped datasets change.
 *
 * <pre>java -cp target/test-classes:target/classes:$(deps) io.github.wageoutlook.io.FuzzSeeds src/test/resources</pre>
 */
final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).resolve("io/github/wageoutlook/io/ReadersFuzzTestInputs");
        for (int year : new int[] {2014, 2018, 2019, 2020, 2024}) {
            String name = "oews/national_M" + year + "_dl.xlsx";
            List<TextRow> head = firstRows(name, null, 14);
            write(root.resolve("oewsXlsx/first-rows-" + year + ".xlsx"), workbook("national_dl", head));
            write(root.resolve("oewsCsv/first-rows-" + year + ".csv"), csv(head));
            write(root.resolve("oewsCsvParts/first-rows-" + year + ".csv"), csv(head));
        }
        write(root.resolve("oewsXlsx/national_M2018_dl.xlsx"), bytes("oews/national_M2018_dl.xlsx"));
        areaAndIndustrySeeds(root);
        // Exports of the OEWS data query tool, whole (a few kilobytes): the newer layout as CSV and as a workbook.
        Path exports = Path.of(args[0]).resolve("oews/query-exports");
        write(root.resolve("oewsCsv/query-export-15-2051-by-state.csv"),
                Files.readAllBytes(exports.resolve("OES_Report_M2024_15-2051_by_state.csv")));
        write(root.resolve("oewsXlsx/query-export-allocc-by-state.xlsx"),
                Files.readAllBytes(exports.resolve("OES_Report_M2024_allocc_by_state.xlsx")));
        for (String cycle : new String[] {"2016-26", "2019-29", "2024-34"}) {
            String name = "projections/occupation_" + cycle + ".xlsx";
            String sheet = tableSheet(name);
            write(root.resolve("projectionsXlsx/first-rows-" + cycle + ".xlsx"),
                    workbook(sheet, firstRows(name, sheet, 18)));
        }
        write(root.resolve("projectionsXlsx/occupation_2024-34.xlsx"), bytes("projections/occupation_2024-34.xlsx"));
        String cpi = new String(bytes("cpi/cu.data.1.AllItems"), StandardCharsets.ISO_8859_1);
        List<String> lines = cpi.lines().toList();
        StringBuilder cpiHead = new StringBuilder();
        lines.stream().limit(30).forEach(l -> cpiHead.append(l).append("\r\n"));
        lines.stream().filter(l -> l.startsWith("CUUR0000SA0") && l.contains("M13")).limit(5)
                .forEach(l -> cpiHead.append(l).append("\r\n"));
        write(root.resolve("cpi/first-lines.txt"), cpiHead.toString().getBytes(StandardCharsets.ISO_8859_1));
        byte[] report = bytes("cpi/SeriesReport-CUUR0000SA0-1913-2026.csv");
        write(root.resolve("cpiSeriesReport/SeriesReport-CUUR0000SA0-1913-2026.csv"), report);
        List<String> reportLines = new String(report, StandardCharsets.UTF_8).lines().toList();
        StringBuilder reportTail = new StringBuilder();
        reportLines.stream().limit(13).forEach(l -> reportTail.append(l).append("\r\n"));
        reportLines.stream().skip(reportLines.size() - 3).forEach(l -> reportTail.append(l).append("\r\n"));
        write(root.resolve("cpiSeriesReport/first-and-last-rows.csv"),
                reportTail.toString().getBytes(StandardCharsets.UTF_8));
        List<TextRow> reportRows = new ArrayList<>();
        Csv.forEachRow("report", new java.io.StringReader(reportTail.toString()), row -> reportRows.add(row));
        write(root.resolve("cpiSeriesReport/first-and-last-rows.xlsx"), workbook("BLS Data Series", reportRows));
        write(root.resolve("experienceCsv/experience_brackets.csv"), bytes("payscale/experience_brackets.csv"));
        write(root.resolve("scenariosCsv/scenarios.csv"), bytes("projections/scenarios.csv"));

        // The workbooks of the bad-input corpus (the text files there are written by hand).
        Path bad = Path.of(args[0]).resolve("bad");
        byte[] oews = bytes("oews/national_M2018_dl.xlsx");
        write(bad.resolve("oews-truncated.xlsx"), Arrays.copyOf(oews, 4096));
        write(bad.resolve("oews-wrong-sheet.xlsx"), Workbooks.of("Summary", List.of(
                List.of("Occupation", "Median annual wage"), List.of("All Occupations", "38640"))));
        byte[] projections = bytes("projections/occupation_2016-26.xlsx");
        write(bad.resolve("projections-truncated.xlsx"), Arrays.copyOf(projections, 4096));
        write(bad.resolve("projections-wrong-sheet.xlsx"), workbook("Table 1.1",
                firstRows("projections/occupation_2016-26.xlsx", tableSheet("projections/occupation_2016-26.xlsx"),
                        18)));
    }

    /**
     * Seeds with the columns only industry and area files fill: rows of the sector file with {@code ~} and {@code **}
     * in PCT_RPT and PCT_TOTAL, and a state-layout file (real national rows under real state codes) with JOBS_1000
     * and LOC_QUOTIENT, each as a workbook and as CSV.
     */
    static void areaAndIndustrySeeds(Path root) throws IOException {
        String sector = "oews/natsector_M2024_dl.xlsx";
        List<TextRow> rows = new ArrayList<>(firstRows(sector, null, 8));
        int rpt = Arrays.asList(rows.get(0).cells()).indexOf("PCT_RPT");
        int[] found = new int[2];
        try (InputStream in = Datasets.open(sector); Xlsx book = Xlsx.open(sector, in)) {
            book.forEachRow(book.sheetNames().get(0), r -> {
                String v = r.cell(rpt);
                if (r.number() > 8 && (v.equals("~") && found[0]++ < 3 || v.equals("**") && found[1]++ < 3)) {
                    rows.add(new TextRow(rows.size() + 1, r.cells()));
                }
                return found[0] < 3 || found[1] < 3;
            });
        }
        write(root.resolve("oewsXlsx/sector-rows-2024.xlsx"), workbook("Natsector_M2024_dl", rows));
        write(root.resolve("oewsCsv/sector-rows-2024.csv"), csv(rows));
        write(root.resolve("oewsCsvParts/sector-rows-2024.csv"), csv(rows));
        List<List<String>> state = io.github.wageoutlook.testing.AreaFiles.rows(
                io.github.wageoutlook.testing.AreaFiles.STATES, "00-0000", "43-4051", "11-1011");
        List<TextRow> stateRows = new ArrayList<>();
        for (List<String> r : state) {
            stateRows.add(new TextRow(stateRows.size() + 1, r.stream()
                    .map(c -> c.startsWith("'") ? c.substring(1) : c).toArray(String[]::new)));
        }
        write(root.resolve("oewsXlsx/state-rows-2024.xlsx"), Workbooks.of("state_M2024_dl", state));
        write(root.resolve("oewsCsv/state-rows-2024.csv"), csv(stateRows));
        write(root.resolve("oewsCsvParts/state-rows-2024.csv"), csv(stateRows));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = Datasets.open(resource)) {
            return in.readAllBytes();
        }
    }

    /** The sheet of a projections workbook that {@link ProjectionsReader} reads. */
    private static String tableSheet(String resource) throws IOException {
        try (InputStream in = Datasets.open(resource); Xlsx book = Xlsx.open(resource, in)) {
            return ProjectionsReader.TABLE_SHEETS.stream().filter(book.sheetNames()::contains).findFirst()
                    .orElseThrow();
        }
    }

    /** The first rows of a sheet (the data sheet when none is named), as the reader sees them. */
    static List<TextRow> firstRows(String resource, String sheet, int count) throws IOException {
        try (InputStream in = Datasets.open(resource); Xlsx book = Xlsx.open(resource, in)) {
            String name = sheet != null ? sheet : book.findSheet(10, head -> head.stream().anyMatch(r ->
                    Arrays.stream(r.cells()).anyMatch(c -> c.strip().equalsIgnoreCase("OCC_CODE")))).orElseThrow();
            List<TextRow> rows = new ArrayList<>();
            book.forEachRow(name, r -> {
                rows.add(r);
                return r.number() < count;
            });
            return rows;
        }
    }

    /** A one-sheet workbook holding the rows at their original row numbers. */
    static byte[] workbook(String sheet, List<TextRow> rows) {
        List<List<String>> grid = new ArrayList<>();
        for (TextRow r : rows) {
            while (grid.size() < r.number() - 1) {
                grid.add(List.of());
            }
            grid.add(Arrays.asList(r.cells()));
        }
        return Workbooks.of(sheet, grid);
    }

    /** RFC 4180 text of rows. */
    static byte[] csv(List<TextRow> rows) {
        StringBuilder b = new StringBuilder();
        for (TextRow r : rows) {
            for (int i = 0; i < r.cells().length; i++) {
                String c = r.cells()[i];
                b.append(i == 0 ? "" : ",");
                b.append(c.contains(",") || c.contains("\"") || c.contains("\n")
                        ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
