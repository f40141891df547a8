package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.wages.FigureStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Nothing dropped on read: every column of every shipped OEWS workbook (the national files 2014–2025 and the national
 * industry file by sector of May 2024) is in the table, cell for cell, with its
 * special values kept — compared with the raw cells of the workbook, not with the reader's own idea of them.
 */
class OewsEveryColumnGoldenTest {

    /** Header names as the table names them (2019's lower case; OCC_GROUP before 2019). */
    private static final Map<String, String> ALIASES = Map.of("OCC_GROUP", "O_GROUP");
    private static final List<String> TEXT = OewsTable.TEXT_COLUMNS;
    /** Workbooks read once for the count checks. */
    private static final Map<String, OewsTable> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** A workbook to compare: its name and how to open it. */
    private interface Source {
        InputStream open() throws IOException;
    }

    static Stream<Arguments> files() {
        List<Arguments> all = new ArrayList<>();
        for (int year : Datasets.OEWS_YEARS) {
            String name = Datasets.oewsFileName(year);
            all.add(Arguments.of(name, (Source) () -> Datasets.open("oews/" + name)));
        }
        for (int year : Datasets.OEWS_INDUSTRY_YEARS) {
            String name = Datasets.oewsIndustryFileName(year);
            all.add(Arguments.of(name, (Source) () -> Datasets.open("oews/" + name)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyColumnOfTheWorkbook_isInTheTable_cellForCell(String name, Source source) throws IOException {
        List<TextRow> raw = rawRows(name, source);
        OewsTable typed;
        try (InputStream in = source.open()) {
            typed = OewsReader.readXlsx(name, in, OptionalInt.empty());
        }
        Table t = typed.toTable();
        String[] header = raw.get(0).cells();
        List<TextRow> data = raw.subList(1, raw.size());
        assertEquals(data.size(), t.rowCount(), "data rows");
        List<String> seen = new ArrayList<>();
        int year = typed.years().get(0);
        for (int c = 0; c < header.length; c++) {
            String h = header[c].strip().toUpperCase(Locale.ROOT);
            if (h.isEmpty()) {
                continue;
            }
            String column = ALIASES.getOrDefault(h, h);
            seen.add(column);
            for (int r = 0; r < data.size(); r++) {
                String cell = data.get(r).cell(c).strip();
                String where = name + " column " + h + ", row ";
                if (TEXT.contains(column)) {
                    String kept = t.stringColumn(column).get(r);
                    boolean caseFree = column.equals("O_GROUP") || column.equals("I_GROUP");
                    assertEquals(caseFree ? cell.toLowerCase(Locale.ROOT) : cell, kept, where + data.get(r).number());
                } else if (OewsTable.FIGURES.contains(column)) {
                    checkFigure(t, column, r, cell, year, where + data.get(r).number() + " '" + cell + "'");
                } else if (OewsTable.FLAGS.contains(column)) {
                    assertEquals(cell.equalsIgnoreCase("TRUE"), t.booleanColumn(column).get(r),
                            where + data.get(r).number());
                } else {
                    fail("column " + h + " of " + name + " is not kept in the table");
                }
            }
        }
        for (String f : OewsTable.OPTIONAL_FIGURES) {
            if (!seen.contains(f)) {
                assertTrue(t.stringColumn(f + OewsTable.STATUS_SUFFIX).asList().stream().allMatch("absent"::equals),
                        name + " has no " + f + ": every cell is absent");
            }
        }
    }

    private static void checkFigure(Table t, String column, int r, String cell, int year, String where) {
        String status = t.stringColumn(column + OewsTable.STATUS_SUFFIX).get(r);
        double value = t.doubleColumn(column).getDouble(r);
        switch (cell) {
            case "" -> {
                assertEquals(FigureStatus.BLANK.code(), status, where);
                assertTrue(Double.isNaN(value), where);
            }
            case "*", "**" -> {
                assertEquals(cell, status, where);
                assertTrue(Double.isNaN(value), where);
            }
            case "#" -> {
                assertEquals("#", status, where);
                assertEquals(TopCode.of(year).on(column.startsWith("H_")
                        ? io.github.wageoutlook.wages.WageBasis.HOURLY
                        : io.github.wageoutlook.wages.WageBasis.ANNUAL).amount(), value, where);
            }
            case "~" -> {
                assertEquals("~", status, where);
                assertEquals(0.5, value, where);
            }
            default -> {
                assertEquals("", status, where);
                assertEquals(Double.parseDouble(cell), value, where);
            }
        }
    }

    /** Counts of each status in the new columns, counted in the workbooks with openpyxl. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "natsector_M2024_dl.xlsx, PCT_RPT, '~=8896, **=1061, =6477'",
        "natsector_M2024_dl.xlsx, PCT_TOTAL, '**=1061, =15373'",
        "natsector_M2024_dl.xlsx, JOBS_1000, 'blank=16434'",
        "natsector_M2024_dl.xlsx, TOT_EMP, '**=1061, =15373'",
        "national_M2019_dl.xlsx, PCT_RPT, 'absent=1329'",
        "national_M2019_dl.xlsx, LOC_QUOTIENT, 'blank=1329'",
        "national_M2020_dl.xlsx, PCT_RPT, 'absent=1329'",
        "national_M2024_dl.xlsx, PCT_RPT, 'blank=1403'",
        "national_M2018_dl.xlsx, JOBS_1000, 'absent=1379'"})
    void statusCounts_ofTheNewColumns_equalTheWorkbooks(String file, String column, String expected) {
        OewsTable t = READ.computeIfAbsent(file, f -> f.startsWith("natsector") ? EmbeddedOews.industriesFromWorkbook(2024)
                : EmbeddedOews.nationalFromWorkbook(Integer.parseInt(f.replaceAll("\\D", ""))));
        Map<String, Integer> counts = new TreeMap<>();
        t.toTable().stringColumn(column + OewsTable.STATUS_SUFFIX).forEach(s -> counts.merge(s, 1, Integer::sum));
        Map<String, Integer> want = new TreeMap<>();
        for (String pair : expected.split(",\\s*")) {
            String[] kv = pair.split("=");
            want.put(kv[0], Integer.parseInt(kv[1]));
        }
        assertEquals(want, counts);
    }

    private static List<TextRow> rawRows(String name, Source source) {
        try (InputStream in = source.open(); Xlsx book = Xlsx.open(name, in)) {
            String sheet = book.findSheet(10, rows -> rows.stream().anyMatch(OewsRowParser::isHeader)).orElseThrow();
            List<TextRow> rows = new ArrayList<>();
            book.forEachRow(sheet, row -> {
                boolean header = rows.isEmpty();
                if (header || !row.isBlank()) {
                    rows.add(row);
                }
                return true;
            });
            // Data rows are those with a SOC code; BLS's footnotes under some tables are not.
            Map<String, Integer> index = new HashMap<>();
            String[] header = rows.get(0).cells();
            for (int i = 0; i < header.length; i++) {
                index.put(header[i].strip().toUpperCase(Locale.ROOT), i);
            }
            int code = index.get("OCC_CODE");
            List<TextRow> out = new ArrayList<>(List.of(rows.get(0)));
            rows.stream().skip(1).filter(r -> r.cell(code).strip().matches("\\d{2}-\\d{4}")).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
