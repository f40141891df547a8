package io.github.wageoutlook.fetch;

import io.github.wageoutlook.oews.OewsReader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.OewsTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing (Jazzer) of what the fetch package reads from the network: OEWS zips and BLS Public Data
 * API answers. The contract: a value or a {@link FileFormatException} naming the source, nothing else, no input over
 * 10 s. In a plain {@code mvn verify} each target replays its seeds under
 * {@code src/test/resources/io/github/wageoutlook/fetch/FetchFuzzTestInputs/<target>/} (zips built from the real
 * national workbooks, API answers built from the real CPI file, written by {@link FetchFuzzSeeds}). To fuzz:
 * <pre>JAZZER_FUZZ=1 mvn -o test -Dtest=FetchFuzzTest#apiAnswer -Djazzer.max_duration=10m -DargLine=-Xmx1g</pre>
 */
class FetchFuzzTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final Duration FIRST_INPUT = Duration.ofSeconds(120);
    private static final AtomicBoolean WARM = new AtomicBoolean();

    @FuzzTest(maxDuration = "30s")
    void oewsZip(byte[] data) {
        bounded(() -> oewsZip0(data));
    }

    private static void oewsZip0(byte[] data) {
        Path zip;
        try {
            zip = Files.createTempFile("fuzz", ".zip");
            Files.write(zip, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // Both ways of choosing an entry: the one data workbook, and the workbook of an industry level.
            for (OewsFile file : List.of(OewsFile.state(2024), OewsFile.industry(2024, OewsFile.Kind.SECTOR))) {
                try {
                    OewsTable t = OewsReader.readZip(zip, file);
                    t.rows().forEach(r -> assertEquals(2024, r.year()));
                } catch (FileFormatException expected) {
                    checkMessage(expected);
                }
            }
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // a temporary file of the fuzz run
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void apiAnswer(byte[] data) {
        bounded(() -> apiAnswer0(data));
    }

    private static void apiAnswer0(byte[] data) {
        try {
            ApiAnswer a = ApiAnswer.parse("fuzz answer", new String(data, StandardCharsets.UTF_8));
            a.messages().forEach(m -> assertFalse(BlsApi.warning(m).text().isEmpty() && !m.isEmpty()));
            BlsApi.reason(a.messages());
            List<Observation> all = new ArrayList<>();
            a.series().forEach(s -> all.addAll(s.data()));
            all.forEach(o -> o.number().ifPresent(v -> assertTrue(Double.isFinite(v))));
            List<String> ids = a.series().stream().map(ApiAnswer.SeriesBlock::seriesId)
                    .filter(id -> id.strip().toUpperCase().matches("[A-Z0-9]{3,40}")).toList();
            if (!ids.isEmpty()) {
                SeriesRequest r = SeriesRequest.of(ids, 1900, 1900);
                SeriesData d = new SeriesData(r, all, List.of(), Map.of(), 1, "fuzz");
                assertEquals(all.size(), d.toTable().rowCount());
            }
        } catch (FileFormatException expected) {
            checkMessage(expected);
        }
    }

    private static void bounded(Executable body) {
        assertTimeoutPreemptively(WARM.getAndSet(true) ? PER_INPUT : FIRST_INPUT, body);
    }

    private static void checkMessage(FileFormatException e) {
        assertTrue(e.getMessage().startsWith(e.source()), e::getMessage);
        assertFalse(e.problem().isBlank(), e::getMessage);
    }
}
