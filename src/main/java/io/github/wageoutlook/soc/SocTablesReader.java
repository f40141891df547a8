package io.github.wageoutlook.soc;

import io.github.wageoutlook.io.Cells;
import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads BLS's two tables of SOC code changes into the rows of a {@link SocCrosswalk}:
 * <ul>
 *   <li>the SOC 2010 to 2018 crosswalk ({@code soc_2010_to_2018_crosswalk.xlsx}, BLS Standard Occupational
 *       Classification, November 2017): a banner, then the header {@code 2010 SOC Code, 2010 SOC Title, 2018 SOC
 *       Code, 2018 SOC Title} and one row per pair of codes; a code that was split appears on several rows, a code
 *       formed by a merge too. BLS marks such titles with {@code (#)} (2010) and {@code (##)} (2018); the marks
 *       are dropped from the titles, the rows keep the split or merge;</li>
 *   <li>the OEWS hybrid structure of the May 2019 and May 2020 estimates ({@code oes_2019_hybrid_structure.xlsx}):
 *       a note, then the header {@code OES 2019 Estimates Code, … Title, 2018 SOC Code, … Title, OES 2018 Estimates
 *       Code, … Title, 2010 SOC Code, … Title, NOTES}, one row per combination of codes.</li>
 * </ul>
 *
 * <p>The header row is found by its first cell; every code must be a SOC code ({@code 00-0000}). Any problem is a
 * {@link FileFormatException} naming the file, sheet, row, column and raw value.
 *
 * <pre>{@code SocCrosswalk cw = SocCrosswalk.of(SocTablesReader.readCrosswalk("cw.xlsx", in1),
 *         SocTablesReader.readHybridStructure("hybrid.xlsx", in2));}</pre>
 */
public final class SocTablesReader {
    private static final List<String> CROSSWALK_HEADER = List.of("2010 SOC Code", "2010 SOC Title", "2018 SOC Code",
            "2018 SOC Title");
    private static final List<String> HYBRID_HEADER = List.of("OES 2019 Estimates Code", "OES 2019 Estimates Title",
            "2018 SOC Code", "2018 SOC Title", "OES 2018 Estimates Code", "OES 2018 Estimates Title", "2010 SOC Code",
            "2010 SOC Title", "NOTES");
    private static final List<String> EMPLOYMENT_HEADER = List.of("YEAR", "OCC_CODE", "TOT_EMP");
    /** Rows searched for the header: the banners above it are under 10 rows in BLS's files. */
    private static final int HEADER_SEARCH = 40;

    private SocTablesReader() {
    }

    /**
     * Reads the SOC 2010 to 2018 crosswalk.
     *
     * @param source the name used in messages
     * @param in the workbook's bytes (not closed)
     * @return the mappings, in file order
     * @throws FileFormatException if no sheet holds the header, or a row is malformed
     */
    public static List<SocCrosswalk.Mapping> readCrosswalk(String source, InputStream in) {
        List<SocCrosswalk.Mapping> out = new ArrayList<>();
        read(source, in, CROSSWALK_HEADER, (row, cells) -> out.add(new SocCrosswalk.Mapping(cells[0],
                title(cells[1]), cells[2], title(cells[3]))));
        return List.copyOf(out);
    }

    /**
     * Reads national employment by SOC code and survey year: a CSV with the header {@code YEAR,OCC_CODE,TOT_EMP}
     * (the build writes one from the embedded OEWS tables; any such table of OEWS national employment will do), a blank
     * {@code TOT_EMP} where BLS released none.
     *
     * @param source the name used in messages
     * @param in the CSV's text (not closed)
     * @return survey year → SOC code → employment in jobs ({@code NaN} where blank)
     * @throws FileFormatException if the header differs, a year or code is malformed, or an employment is not a
     *     number of jobs
     */
    public static SortedMap<Integer, Map<String, Double>> readOewsEmployment(String source, Reader in) {
        SortedMap<Integer, Map<String, Double>> out = new TreeMap<>();
        Csv.forEachRow(source, in, row -> {
            if (row.number() == 1) {
                if (!List.of(row.cells()).equals(EMPLOYMENT_HEADER)) {
                    throw FileFormatException.in(source).row(1).raw(String.join(",", row.cells()))
                            .problem("the header is not " + String.join(",", EMPLOYMENT_HEADER));
                }
                return true;
            }
            String year = row.cell(0).strip();
            String code = row.cell(1).strip();
            String jobs = row.cell(2).strip();
            if (!year.matches("\\d{4}")) {
                throw FileFormatException.in(source).row(row.number()).column("YEAR").raw(year)
                        .problem("not a four-digit year");
            }
            if (!SocCode.isValid(code)) {
                throw FileFormatException.in(source).row(row.number()).column("OCC_CODE").raw(code)
                        .problem("not a SOC code (00-0000)");
            }
            double value = jobs.isEmpty() ? Double.NaN : Cells.simpleDecimal(jobs);
            if (!jobs.isEmpty() && !(value >= 0)) {
                throw FileFormatException.in(source).row(row.number()).column("TOT_EMP").raw(jobs)
                        .problem("not a number of jobs");
            }
            out.computeIfAbsent(Integer.parseInt(year), y -> new HashMap<>()).put(code, value);
            return true;
        });
        SortedMap<Integer, Map<String, Double>> frozen = new TreeMap<>();
        out.forEach((year, byCode) -> frozen.put(year, Map.copyOf(byCode)));
        return Collections.unmodifiableSortedMap(frozen);
    }

    /**
     * Reads the OEWS hybrid structure of May 2019 and 2020.
     *
     * @param source the name used in messages
     * @param in the workbook's bytes (not closed)
     * @return the rows, in file order
     * @throws FileFormatException if no sheet holds the header, or a row is malformed
     */
    public static List<SocCrosswalk.HybridRow> readHybridStructure(String source, InputStream in) {
        List<SocCrosswalk.HybridRow> out = new ArrayList<>();
        read(source, in, HYBRID_HEADER, (row, c) -> out.add(new SocCrosswalk.HybridRow(c[0], title(c[1]), c[2],
                title(c[3]), c[4], title(c[5]), c[6], title(c[7]), c[8])));
        return List.copyOf(out);
    }

    private interface RowSink {
        void accept(int row, String[] cells);
    }

    private static void read(String source, InputStream in, List<String> header, RowSink sink) {
        try (Xlsx x = Xlsx.open(source, in)) {
            String sheet = x.findSheet(HEADER_SEARCH, rows -> rows.stream().anyMatch(r -> isHeader(r, header)))
                    .orElseThrow(() -> FileFormatException.in(source).problem("no sheet has the header " + header
                            + " in its first " + HEADER_SEARCH + " rows (sheets " + x.sheetNames() + ")"));
            boolean[] inTable = {false};
            x.forEachRow(sheet, row -> {
                if (!inTable[0]) {
                    inTable[0] = isHeader(row, header);
                    return true;
                }
                if (row.isBlank()) {
                    return true;
                }
                String[] cells = new String[header.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = row.cell(c).strip();
                    boolean isCode = header.get(c).endsWith("Code");
                    if (isCode && !SocCode.isValid(cells[c])) {
                        throw FileFormatException.in(source).sheet(sheet).row(row.number())
                                .column(header.get(c).strip() + " (" + TextRow.columnLetter(c) + ")").raw(row.cell(c))
                                .problem("not a SOC code (valid values 00-0000 - 99-9999)");
                    }
                }
                sink.accept(row.number(), cells);
                return true;
            });
        }
    }

    private static boolean isHeader(Cells row, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            if (!row.cell(c).strip().toLowerCase(Locale.ROOT).equals(header.get(c).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Drops BLS's split and merge marks, {@code (#)} and {@code (##)}, and the padding of some titles. */
    private static String title(String raw) {
        String t = raw.strip();
        for (String mark : new String[] {"(##)", "(#)"}) {
            if (t.endsWith(mark)) {
                t = t.substring(0, t.length() - mark.length()).strip();
            }
        }
        return t;
    }
}
