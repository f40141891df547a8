package io.github.wageoutlook.io;

import io.github.wageoutlook.experience.ExperienceBracketReader;
import io.github.wageoutlook.inflation.CpiReader;
import io.github.wageoutlook.oews.OewsReader;
import io.github.wageoutlook.projections.ProjectionsReader;
import io.github.wageoutlook.projections.ScenarioReader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.projections.Scenario;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of every reader with Jazzer. The contract under test: whatever the bytes, a reader either
 * returns a well-formed value or throws {@link FileFormatException}; any other exception, a hang (each input
 * is bounded to 10 s) or an OutOfMemoryError (the
 * fuzz run's heap is capped by {@code -Xmx}) is a finding.
 *
 * <p>In a plain {@code mvn verify} each target runs its seeds as regression tests: the files under
 * {@code src/test/resources/io/github/wageoutlook/io/ReadersFuzzTestInputs/<target>/} (the first rows of each real
 * file, written by {@link FuzzSeeds}, and one whole real workbook per workbook reader) plus every crash input
 * Jazzer found and we fixed. To fuzz one target (one per JVM, Jazzer's rule):
 * <pre>JAZZER_FUZZ=1 mvn -o test -Dtest=ReadersFuzzTest#cpi -Djazzer.max_duration=10m -DargLine=-Xmx1g</pre>
 */
class ReadersFuzzTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final Duration FIRST_INPUT = Duration.ofSeconds(120);
    private static final AtomicBoolean WARM = new AtomicBoolean();

    @FuzzTest(maxDuration = "30s")
    void oewsXlsx(byte[] data) {
        bounded(() -> oewsXlsx0(data));
    }

    private static void oewsXlsx0(byte[] data) {
        try {
            checkTable(OewsReader.readXlsx("fuzz.xlsx", new ByteArrayInputStream(data), OptionalInt.of(2018)));
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void oewsCsv(byte[] data) {
        bounded(() -> oewsCsv0(data));
    }

    private static void oewsCsv0(byte[] data) {
        try {
            checkTable(OewsReader.read("fuzz_M2019.csv", new ByteArrayInputStream(data), OptionalInt.empty()));
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    /**
     * Differential: the byte reader, in parts of 64 bytes, against the character reader ({@link Csv}) on the same
     * bytes. Same table, or same error message (file, row, column, raw value), whatever the input.
     */
    @FuzzTest(maxDuration = "30s")
    void oewsCsvParts(byte[] data) {
        bounded(() -> oewsCsvParts0(data));
    }

    private static void oewsCsvParts0(byte[] data) {
        Object characters = outcome(() -> OewsReader.readCsv("fuzz_M2019.csv",
                new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8), OptionalInt.empty()));
        Object parts = outcome(() -> OewsReader.readCsv("fuzz_M2019.csv", data, OptionalInt.empty(), 64));
        assertEquals(characters, parts);
    }

    /** The rows a reader returns, or its error message. */
    private static Object outcome(Supplier<OewsTable> read) {
        try {
            return read.get().rows();
        } catch (FileFormatException e) {
            return e.getMessage();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void projectionsXlsx(byte[] data) {
        bounded(() -> projectionsXlsx0(data));
    }

    private static void projectionsXlsx0(byte[] data) {
        try {
            ProjectionsTable t = ProjectionsReader.read("fuzz.xlsx", new ByteArrayInputStream(data));
            for (OccupationProjection p : t.rows()) {
                assertTrue(p.baseEmployment() >= 0 && p.projectedEmployment() >= 0, p::toString);
                assertTrue(Double.isFinite(p.baseEmployment()) && Double.isFinite(p.projectedEmployment()),
                        p::toString);
            }
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void cpi(byte[] data) {
        bounded(() -> cpi0(data));
    }

    private static void cpi0(byte[] data) {
        try {
            Map<String, PriceIndex> all = CpiReader.readAll("fuzz.AllItems", new ByteArrayInputStream(data));
            for (PriceIndex index : all.values()) {
                index.annualAverages().values().forEach(v -> assertTrue(v > 0 && Double.isFinite(v), index::toString));
            }
        } catch (FileFormatException expected) {
            checkMessage(expected);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to read", e);
        }
    }

    /** The data tool's Series Report, CSV or .xlsx, through the same entry point that picks the format by content. */
    @FuzzTest(maxDuration = "30s")
    void cpiSeriesReport(byte[] data) {
        bounded(() -> cpiSeriesReport0(data));
    }

    private static void cpiSeriesReport0(byte[] data) {
        try {
            Map<String, PriceIndex> all = CpiReader.readAll("fuzz-SeriesReport.csv", new ByteArrayInputStream(data));
            for (PriceIndex index : all.values()) {
                index.annualAverages().values().forEach(v -> assertTrue(v > 0 && Double.isFinite(v), index::toString));
                index.monthlyValues().values().forEach(v -> assertTrue(v > 0 && Double.isFinite(v), index::toString));
            }
        } catch (FileFormatException expected) {
            checkMessage(expected);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to read", e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void experienceCsv(byte[] data) {
        bounded(() -> experienceCsv0(data));
    }

    private static void experienceCsv0(byte[] data) {
        try {
            ExperienceBrackets b = ExperienceBracketReader.read("fuzz.csv",
                    new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8));
            assertTrue(b.size() > 0);
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void scenariosCsv(byte[] data) {
        bounded(() -> scenariosCsv0(data));
    }

    private static void scenariosCsv0(byte[] data) {
        try {
            List<Scenario> s = ScenarioReader.read("fuzz.csv", new ByteArrayInputStream(data));
            s.forEach(x -> assertTrue(Double.isFinite(x.projection().percentChange()), x::toString));
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    /**
     * Runs one input with a bound on its time: a reader that takes longer than {@link #PER_INPUT} on an input hangs.
     * The first input of a JVM gets {@link #FIRST_INPUT}: Jazzer instruments each class as it loads, which took
     * over 10 s for the workbook reader on this shared 2-core machine (a false timeout in the first long run).
     * (Jazzer would turn a JUnit {@code @Timeout} into libFuzzer's per-input {@code -timeout}, but JUnit also
     * applies it to the whole fuzzing run, so the bound is kept here.)
     */
    private static void bounded(Executable body) {
        assertTimeoutPreemptively(WARM.getAndSet(true) ? PER_INPUT : FIRST_INPUT, body);
    }

    /**
     * Nothing silently wrong: a table that loads holds only finite, non-negative published figures; percents at most
     * 100 and jobs per 1,000 at most 1,000; {@code ~} only in PCT_RPT, as its bound 0.5; blank and absent only in the
     * columns some files lack; a documented area type and industry level in every row; and its contexts and lookups
     * work on what it holds.
     */
    private static void checkTable(OewsTable table) {
        for (OccupationWages row : table.rows()) {
            for (WageFigure f : row.annual().percentiles()) {
                if (f.isExact()) {
                    assertTrue(f.wage().amount() >= 0 && Double.isFinite(f.wage().amount()), row::toString);
                }
            }
            for (Figure f : List.of(row.percentOfIndustry(), row.percentReporting())) {
                assertTrue(!f.isAvailable() || f.value() >= 0 && f.value() <= 100, row::toString);
            }
            assertTrue(!row.jobsPer1000().isAvailable() || row.jobsPer1000().value() <= 1000, row::toString);
            assertTrue(!row.locationQuotient().isAvailable() || row.locationQuotient().value() >= 0, row::toString);
            for (Figure f : List.of(row.employment(), row.employmentRse(), row.meanRse(), row.jobsPer1000(),
                    row.locationQuotient(), row.percentOfIndustry())) {
                assertFalse(f.status() == FigureStatus.UNDER_HALF_PERCENT, row::toString);
            }
            for (Figure f : List.of(row.employment(), row.employmentRse(), row.meanRse())) {
                // absent only in an export of the OEWS data query tool, which holds the columns its user chose
                assertFalse(f.status() == FigureStatus.BLANK, row::toString);
            }
            if (row.percentReporting().isUpperBound()) {
                assertEquals(0.5, row.percentReporting().value());
            }
        }
        if (table.size() > 0) {
            List<Context> contexts = table.contexts();
            Area first = table.areas().get(0);
            assertEquals(table.size(), table.byContext().values().stream().mapToInt(OewsTable::size).sum());
            assertFalse(table.area(first).rows().isEmpty());
            assertTrue(contexts.contains(table.context(0)));
        }
    }

    /** The error names the source and says what is wrong. */
    private static void checkMessage(FileFormatException e) {
        assertTrue(e.getMessage().startsWith(e.source()), e::getMessage);
        assertFalse(e.problem().isBlank(), e::getMessage);
    }
}
