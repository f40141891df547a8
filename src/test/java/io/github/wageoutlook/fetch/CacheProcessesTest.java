package io.github.wageoutlook.fetch;

import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Fault;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Processes (separate JVMs, {@link CacheWorker}) sharing one cache folder against the local server: no file a
 * process was handed disappears under it, and afterwards the index and the folder agree (every line's file exists
 * with its SHA-256, every cached file has a line, nothing half-written or set aside is left).
 */
class CacheProcessesTest {
    private static final Duration PER_PROCESS = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    private LocalBls bls;

    @BeforeEach
    void start() throws IOException {
        bls = new LocalBls();
        // Two versions of a national zip, served in turn: a refresh replaces the cached copy with other bytes.
        byte[][] versions = {RealFiles.zip(Map.of("a.csv", "OCC_CODE\n11-0000\n".getBytes())),
                RealFiles.zip(Map.of("b.csv", "OCC_CODE\n43-4051\n".getBytes()))};
        AtomicInteger served = new AtomicInteger();
        bls.handle("oes/special-requests/oesm18nat.zip", r -> Reply.ok(versions[served.getAndIncrement() % 2]));
        bls.serve("oes/special-requests/oesm19nat.zip", Reply.ok(RealFiles.zip(Map.of("c.csv",
                "OCC_CODE\n15-1252\n".getBytes()))));
        String lastModified = "Tue, 14 Oct 2025 12:30:00 GMT";
        bls.serve("pub/time.series/cu/cu.data.1.AllItems", Reply.ok(RealFiles.bytes("cpi/cu.data.1.AllItems"))
                .with("Last-Modified", lastModified));
        bls.serve("pub/time.series/cu/cu.data.0.Current", Reply.ok(("series_id        \tyear\tperiod\t       value"
                + "\tfootnote_codes\r\nCUUR0000SA0      \t2024\tM13\t     313.689\t\r\n").getBytes(StandardCharsets.US_ASCII))
                .with("Last-Modified", lastModified));
        bls.serve("emp/ind-occ-matrix/occupation.xlsx", Reply.ok(RealFiles.stateWorkbook(2024, 1))
                .with("Last-Modified", lastModified));
    }

    @AfterEach
    void stop() {
        bls.close();
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private Process worker(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", classPath(), CacheWorker.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @ParameterizedTest(name = "{0} processes")
    @ValueSource(ints = {2, 4})
    void processesSharingOneCache_loseNoFile_andLeaveTheIndexConsistent(int processes) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        List<Process> running = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            logs.add(dir.resolve("worker-" + i + ".log"));
            running.add(worker(logs.get(i), "mix", cache.toString(), bls.base().toString(), Integer.toString(17 + i),
                    "40"));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            Process p = running.get(i);
            if (!p.waitFor(PER_PROCESS.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                problems.add("worker " + i + " ran over " + PER_PROCESS);
            }
            String log = Files.readString(logs.get(i));
            if (p.exitValue() != 0 || !log.contains("done: 40 rounds, 0 lost")) {
                problems.add("worker " + i + " exited " + p.exitValue() + ":\n" + log);
            }
        }
        assertEquals(List.of(), problems);
        assertConsistent(cache);
        assertTrue(bls.requests().size() >= processes * 10, bls.requests().size() + " requests");
    }

    /** Every index line's file exists with its size and SHA-256, every cached file has a line, nothing is left over. */
    private static void assertConsistent(Path cache) throws IOException {
        List<String> problems = new ArrayList<>();
        List<CacheEntry> entries = CacheIndex.read(cache).entries().values().stream().toList();
        for (CacheEntry e : entries) {
            Path f = cache.resolve(e.fileName());
            if (!Files.isRegularFile(f)) {
                problems.add("index line without its file: " + e.fileName());
            } else if (Files.size(f) != e.size() || !BlsCache.sha256(f).equals(e.sha256())) {
                problems.add("file does not match its index line: " + e.fileName());
            }
        }
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(BlsCache.PART) || name.equals(BlsCache.SET_ASIDE)) {
                    problems.add("left over: " + name);
                } else if (CacheRepair.isCachedFile(p)
                        && entries.stream().noneMatch(e -> e.fileName().equals(name))) {
                    problems.add("cached file without an index line: " + name);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(CacheWorker.FILES.size(), entries.size(), entries.toString());
    }

    @Test
    void aPartFile_ofALiveDownloadIsKept_andOfAKilledOneIsRemoved_whenTheCacheOpens() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        bls.serve("oes/special-requests/oesm24st.zip", Reply.ok(new byte[40_000]).fault(Fault.TRICKLE));
        Process p = worker(dir.resolve("trickle.log"), "trickle", cache.toString(), bls.base().toString());
        try {
            Path part = null;
            for (long end = System.nanoTime() + Duration.ofSeconds(30).toNanos(); part == null
                    && System.nanoTime() < end; ) {
                Thread.sleep(100);
                part = part(cache).filter(f -> size(f) > 0).orElse(null);
            }
            assertTrue(part != null, "no .part file appeared:\n" + Files.readString(dir.resolve("trickle.log")));
            FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
            Files.setLastModifiedTime(part, twoHoursAgo);        // old, but its process lives and holds it
            BlsCache.at(cache).entries();
            assertTrue(Files.exists(part), "the part of a live download was removed");

            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            Files.setLastModifiedTime(part, twoHoursAgo);        // the time that passes before the next run
            BlsCache.at(cache).entries();
            assertFalse(Files.exists(part), "the part of a killed download is left");
        } finally {
            p.destroyForcibly();
        }
    }

    private static Optional<Path> part(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(f -> f.getFileName().toString().endsWith(BlsCache.PART)).findFirst();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException gone) {
            return 0;
        }
    }
}
