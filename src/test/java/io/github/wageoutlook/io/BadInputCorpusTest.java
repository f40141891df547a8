package io.github.wageoutlook.io;

import io.github.wageoutlook.experience.ExperienceBracketReader;
import io.github.wageoutlook.inflation.CpiReader;
import io.github.wageoutlook.oews.OewsReader;
import io.github.wageoutlook.projections.ProjectionsReader;
import io.github.wageoutlook.projections.ScenarioReader;
import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsAudit;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds each hand-made bad input under {@code src/test/resources/bad/} to its reader and checks the error names
 * where (row, column, raw value, when the problem is in one cell) and what.
 *
 * <p>Decided here, for OEWS files, and why: duplicated codes and non-monotone percentiles are <em>loaded</em>, not
 * rejected. A code legitimately appears several times in BLS files (at two group levels, or per area and
 * industry), and a reader must never reject a file as BLS publishes it; a file whose figures contradict each other
 * is still the published record. Instead {@link OewsAudit} reports every duplicated row key and every decreasing
 * pair of percentiles (the shipped national files hold none: {@code audit.PublishedNumbersAuditTest}), and a wage
 * distribution refuses decreasing percentiles with an {@link IllegalArgumentException} naming the occupation, so
 * no rank or percentile is computed from them; {@link OewsAudit#requireNonDecreasing} makes that refusal the file's,
 * naming its row and the two columns (the command line's exit 4).
 */
class BadInputCorpusTest {

    /** Reads one corpus file with its reader. */
    private interface Reader {
        void read(String name, InputStream in) throws IOException;
    }

    private static final Reader OEWS = (n, in) -> OewsReader.read(n, in, OptionalInt.of(2018));
    private static final Reader PROJECTIONS = ProjectionsReader::read;
    private static final Reader CPI = CpiReader::readAll;
    private static final Reader EXPERIENCE = (n, in) -> ExperienceBracketReader.read(n,
            new InputStreamReader(in, StandardCharsets.UTF_8));
    private static final Reader SCENARIOS = ScenarioReader::read;

    static Stream<Arguments> corpus() {
        // file, reader, expected row (0 = none), column fragment (null = none), raw value (null = none), problem
        return Stream.of(
                Arguments.of("oews-empty.csv", OEWS, 0, null, null, "the file is empty"),
                Arguments.of("oews-truncated.xlsx", OEWS, 0, null, null, "truncated or damaged"),
                Arguments.of("oews-wrong-sheet.xlsx", OEWS, 0, null, null, "no sheet has an OCC_CODE header"),
                Arguments.of("oews-shuffled-columns.csv", OEWS, 3, "A_MEDIAN", "Management Occupations",
                        "not a number"),
                Arguments.of("oews-negative-wage.csv", OEWS, 3, "A_MEDIAN", "-104240", "negative wage"),
                Arguments.of("oews-absurd-wage.csv", OEWS, 3, "A_MEDIAN", "104240000000", "implausible wage"),
                Arguments.of("oews-tilde-in-jobs-1000.csv", OEWS, 3, "JOBS_1000", "~", "only used for PCT_RPT"),
                Arguments.of("oews-tilde-in-wage.csv", OEWS, 3, "A_MEDIAN", "~", "only used for PCT_RPT"),
                Arguments.of("oews-top-coded-pct-total.csv", OEWS, 3, "PCT_TOTAL", "#", "only used for wages"),
                Arguments.of("oews-pct-rpt-over-100.csv", OEWS, 3, "PCT_RPT", "120", "a percent above 100"),
                Arguments.of("oews-area-type-5.csv", OEWS, 3, "AREA_TYPE", "5",
                        "not an area type the OEWS Field Descriptions document"),
                Arguments.of("oews-unknown-industry-level.csv", OEWS, 3, "I_GROUP", "7-digit",
                        "not an industry level"),
                Arguments.of("oews-own-code-letters.csv", OEWS, 3, "OWN_CODE", "P5", "not an ownership code"),
                Arguments.of("projections-truncated.xlsx", PROJECTIONS, 0, null, null, "truncated or damaged"),
                Arguments.of("projections-wrong-sheet.xlsx", PROJECTIONS, 0, null, null,
                        "no sheet holds the occupational projections table"),
                Arguments.of("cpi-empty.txt", CPI, 0, null, null, "empty file"),
                Arguments.of("cpi-negative-index.txt", CPI, 3, "value", "-255.657", "not a positive index value"),
                Arguments.of("experience-empty.csv", EXPERIENCE, 0, null, null, "the file is empty"),
                Arguments.of("experience-mixed-bases.csv", EXPERIENCE, 3, "basis", "hourly",
                        "differs from the first bracket's basis"),
                Arguments.of("experience-negative-pay.csv", EXPERIENCE, 2, "pay", "-28000", "valid values > 0"),
                Arguments.of("scenarios-empty.csv", SCENARIOS, 0, null, null, "the file is empty"),
                Arguments.of("scenarios-percent-disagrees.csv", SCENARIOS, 2, "percent_change", "-9.0",
                        "disagrees with the employment figures"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInput_failsWithFormatErrorNamingWhereAndWhat(String file, Reader reader, int row, String column,
                                                         String raw, String problem) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> {
            try (InputStream in = open(file)) {
                reader.read(file, in);
            }
        });
        System.out.println("bad/" + file + " → " + e.getMessage());
        assertEquals(file, e.source());
        assertEquals(row == 0 ? OptionalInt.empty() : OptionalInt.of(row), e.row(), e::getMessage);
        if (column == null) {
            assertTrue(e.column().isEmpty(), e::getMessage);
        } else {
            assertTrue(e.column().orElseThrow().contains(column), e::getMessage);
        }
        if (raw != null) {
            assertEquals(raw, e.rawValue().orElseThrow(), e::getMessage);
        }
        assertTrue(e.problem().contains(problem), e::getMessage);
    }

    @Test
    void duplicatedCodes_areLoadedAsPublished_andReportedByTheAudit() throws IOException {
        OewsTable t = read("oews-duplicated-codes.csv");
        assertEquals(4, t.size());
        List<OewsAudit.Finding> findings = OewsAudit.findings(t);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(OewsAudit.Kind.DUPLICATED_ROW, findings.get(0).kind());
        assertEquals("11-0000", findings.get(0).socCode());
        assertEquals(3, findings.get(0).row());
    }

    @Test
    void industryFileSpecialValues_tildeAndDoubleStarInPctRptPctTotalAndJobs1000_areLoadedAsWhatTheyAre()
            throws IOException {
        OewsTable t = read("oews-industry-special-values.csv");
        assertEquals(5, t.size());
        io.github.wageoutlook.oews.OccupationWages csr = t.occupation("43-4051").orElseThrow();
        assertEquals(4.38, csr.percentOfIndustry().value());
        assertEquals(FigureStatus.BLANK, csr.jobsPer1000().status());
        io.github.wageoutlook.oews.OccupationWages advertising = t.occupation("11-2010").orElseThrow();
        assertEquals(FigureStatus.UNDER_HALF_PERCENT, advertising.percentReporting().status());
        assertTrue(advertising.percentReporting().isUpperBound());
        assertEquals("< 0.5", advertising.percentReporting().toString());
        assertEquals(0, advertising.percentOfIndustry().value());
        io.github.wageoutlook.oews.OccupationWages fundraisers = t.occupation("13-1130").orElseThrow();
        assertEquals(FigureStatus.EMPLOYMENT_NOT_AVAILABLE, fundraisers.percentReporting().status());
        assertEquals(FigureStatus.EMPLOYMENT_NOT_AVAILABLE, fundraisers.percentOfIndustry().status());
        assertEquals(FigureStatus.EMPLOYMENT_NOT_AVAILABLE, t.occupation("43-4171").orElseThrow().jobsPer1000()
                .status());
        assertEquals("56", csr.industry().naics());
        assertEquals("Private", csr.ownership().title());
    }

    @Test
    void nonMonotonePercentiles_areLoadedAsPublished_reportedByTheAudit_andRefusedByTheDistribution()
            throws IOException {
        OewsTable t = read("oews-non-monotone-percentiles.csv");
        List<OewsAudit.Finding> findings = OewsAudit.findings(t);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(OewsAudit.Kind.DECREASING_PERCENTILES, findings.get(0).kind());
        assertTrue(findings.get(0).detail().contains("annual P25 $110,000/yr > median $104,240/yr"),
                findings.get(0)::detail);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OccupationDistribution.from(t.occupation("11-0000").orElseThrow(), WageBasis.ANNUAL));
        assertTrue(e.getMessage().contains("11-0000") && e.getMessage().contains("decreasing"), e::getMessage);
        // asked of the table, the refusal is the file's: its row and the two columns, through filters and stacking
        OewsTable stacked = OewsTable.concat(List.of(Oews.national(2018).majorGroup("13"), t.majorGroup("11")));
        for (OewsTable table : List.of(t, t.majorGroup("11"), stacked)) {
            FileFormatException f = assertThrows(FileFormatException.class, () -> OewsAudit.requireNonDecreasing(
                    table, table.occupation("11-0000").orElseThrow(), WageBasis.ANNUAL));
            assertEquals("oews-non-monotone-percentiles.csv, row 3, column A_PCT25 and A_MEDIAN: decreasing "
                    + "published percentiles: annual P25 $110,000/yr > median $104,240/yr (11-0000 Management "
                    + "Occupations); a wage distribution needs P10 ≤ P25 ≤ median ≤ P75 ≤ P90, so no rank or "
                    + "percentile is estimated from them (the table keeps the row as published)", f.getMessage());
        }
        OewsAudit.requireNonDecreasing(t, t.occupation("11-0000").orElseThrow(), WageBasis.HOURLY);
        OewsAudit.requireNonDecreasing(stacked, stacked.occupation("13-2011").orElseThrow(), WageBasis.ANNUAL);
    }

    @Test
    void shuffledColumnsWithTheirHeader_readAsTheOriginal() throws IOException {
        Path dir = Files.createTempDirectory("shuffled");
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/io/github/wageoutlook/io/"
                    + "ReadersFuzzTestInputs/oewsCsv/first-rows-2018.csv")).stream()
                    .filter(l -> !l.contains("\"")).toList(); // a plain split on commas: rows without quotes only
            // Reverse the order of the columns, header included: columns are found by name, not position.
            StringBuilder b = new StringBuilder();
            int width = lines.get(0).split(",", -1).length;
            for (String line : lines) {
                // Rows of this file omit their trailing empty cells: pad them so every column moves with its name.
                String[] cells = Arrays.copyOf(line.split(",", -1), width);
                Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
                for (int i = cells.length - 1; i >= 0; i--) {
                    b.append(cells[i]).append(i == 0 ? "\n" : ",");
                }
            }
            Path reversed = dir.resolve("reversed_M2018.csv");
            Files.writeString(reversed, b);
            Path original = dir.resolve("original_M2018.csv");
            Files.write(original, lines);
            assertEquals(OewsReader.read(original).rows(), OewsReader.read(reversed).rows());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }

    /** 100 MB of random bytes (generated here, never checked in): each reader fails fast and within a small heap. */
    @Timeout(60)
    @ParameterizedTest(name = "{0}, no line breaks: {2}")
    @MethodSource("junkReaders")
    void hundredMegabytesOfJunk_failsFastWithTheFormatError(String name, Reader reader, boolean lineless,
                                                            @TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.bin");
        writeJunk(junk, 100L << 20, lineless);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        FileFormatException e = assertThrows(FileFormatException.class, () -> {
            try (InputStream in = Files.newInputStream(junk)) {
                reader.read("junk.bin", in);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long grown = (rt.totalMemory() - rt.freeMemory() - before) >> 20;
        System.out.printf("100 MB junk%s → %s in %.2f s, heap grew %d MB: %s%n", lineless ? " (no line breaks)" : "",
                name, seconds, grown,
                e.getMessage().substring(0, Math.min(160, e.getMessage().length())));
        assertEquals("junk.bin", e.source());
        assertTrue(seconds < 10, () -> name + " took " + seconds + " s");
        assertTrue(grown < 64, () -> name + " grew the heap by " + grown + " MB reading 100 MB of junk");
    }

    static Stream<Arguments> junkReaders() {
        // Random bytes, and random letters with no line break at all (one 100 MB "record" for the text readers).
        return Stream.of(true, false).flatMap(lineless -> Stream.of(
                Arguments.of("OewsReader", OEWS, lineless), Arguments.of("ProjectionsReader", PROJECTIONS, lineless),
                Arguments.of("CpiReader", CPI, lineless), Arguments.of("ExperienceBracketReader", EXPERIENCE, lineless),
                Arguments.of("ScenarioReader", SCENARIOS, lineless)));
    }

    private static void writeJunk(Path file, long size, boolean lineless) throws IOException {
        Random random = new Random(9);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                if (lineless) {
                    for (int i = 0; i < block.length; i++) {
                        block[i] = (byte) ('a' + Math.floorMod(block[i], 26));
                    }
                }
                out.write(block);
            }
        }
    }

    private static OewsTable read(String file) throws IOException {
        try (InputStream in = open(file)) {
            return OewsReader.read(file, in, OptionalInt.of(2018));
        }
    }

    private static InputStream open(String file) {
        InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad/" + file);
        if (in == null) {
            throw new IllegalStateException("missing corpus file bad/" + file);
        }
        return in;
    }

}
