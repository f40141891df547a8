package io.github.wageoutlook.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.projections.Scenario;
import io.github.wageoutlook.wages.OccupationWages;
import io.github.wageoutlook.wages.OewsTable;
import io.github.wageoutlook.wages.WageFigure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of every reader with Jazzer. The contract under test: whatever the bytes, a reader either
 * returns a well-formed value or throws {@link FileFormatException}; any other exception, a hang (the
 * {@code @Timeout} below becomes libFuzzer's per-input {@code -timeout} while fuzzing) or an OutOfMemoryError (the
 * fuzz run's heap is capped by {@code -Xmx}) is a finding.
 *
 * <p>In a plain {@code mvn verify} each target runs its seeds as regression tests: the files under
 * {@code src/test/resources/io/github/wageoutlook/io/ReadersFuzzTestInputs/<target>/} (the first rows of each real
 * file, written by {@link FuzzSeeds}, and one whole real workbook per workbook reader) plus every crash input
 * Jazzer found and we fixed. To fuzz one target (one per JVM, Jazzer's rule):
 * <pre>JAZZER_FUZZ=1 mvn -o test -Dtest=ReadersFuzzTest#cpi -Djazzer.max_duration=10m -DargLine=-Xmx1g</pre>
 */
class ReadersFuzzTest {

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void oewsXlsx(byte[] data) {
        try {
            checkTable(OewsReader.readXlsx("fuzz.xlsx", new ByteArrayInputStream(data), OptionalInt.of(2018)));
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void oewsCsv(byte[] data) {
        try {
            checkTable(OewsReader.read("fuzz_M2019.csv", new ByteArrayInputStream(data), OptionalInt.empty()));
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void projectionsXlsx(byte[] data) {
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

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void cpi(byte[] data) {
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

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void experienceCsv(byte[] data) {
        try {
            ExperienceBrackets b = ExperienceBracketReader.read("fuzz.csv",
                    new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8));
            assertTrue(b.size() > 0);
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "30s")
    void scenariosCsv(byte[] data) {
        try {
            List<Scenario> s = ScenarioReader.read("fuzz.csv", new ByteArrayInputStream(data));
            s.forEach(x -> assertTrue(Double.isFinite(x.projection().percentChange()), x::toString));
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    /** Nothing silently wrong: a table that loads holds only finite, non-negative published figures. */
    private static void checkTable(OewsTable table) {
        for (OccupationWages row : table.rows()) {
            for (WageFigure f : row.annual().percentiles()) {
                if (f.isExact()) {
                    assertTrue(f.wage().amount() >= 0 && Double.isFinite(f.wage().amount()), row::toString);
                }
            }
        }
    }

    /** The error names the source and says what is wrong. */
    private static void checkMessage(FileFormatException e) {
        assertTrue(e.getMessage().startsWith(e.source()), e::getMessage);
        assertFalse(e.problem().isBlank(), e::getMessage);
    }
}
