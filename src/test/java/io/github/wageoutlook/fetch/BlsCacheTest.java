package io.github.wageoutlook.fetch;

import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The cache keeps what is valid: an index that is missing, cut or garbled is rebuilt from the files themselves. */
class BlsCacheTest {
    private static final String STATE_2024 = "oes/special-requests/oesm24st.zip";
    private static final String CPI = "pub/time.series/cu/cu.data.1.AllItems";
    private static final String EP = "emp/ind-occ-matrix/occupation.xlsx";

    @TempDir
    Path cacheDir;
    private LocalBls bls;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        bls = new LocalBls();
        bls.serve(STATE_2024, Reply.ok(RealFiles.zip(Map.of("oesm24st/state_M2024_dl.xlsx",
                RealFiles.stateWorkbook(2024, 1)))));
        bls.serve(CPI, Reply.ok(RealFiles.bytes("cpi/cu.data.1.AllItems")));
        bls.serve(EP, Reply.ok(RealFiles.bytes("projections/occupation_2024-34.xlsx")));
    }

    @AfterEach
    void stop() {
        bls.close();
    }

    private FetchOptions options() {
        return FetchOptions.defaults().withContact("analyst@example.org").withCacheDirectory(cacheDir)
                .withSite(BlsSite.mirror(bls.base())).withRetries(2, Duration.ZERO, Duration.ZERO)
                .withPolitePause(Duration.ZERO).withListener(new DownloadListener() {
                    @Override
                    public void note(String message) {
                        notes.add(message);
                    }
                });
    }

    /** Fetches the three kinds of file and returns their index lines. */
    private List<CacheEntry> fetchAll() {
        BlsFetcher fetcher = BlsFetcher.of(options());
        fetcher.fetch(OewsFile.state(2024));
        fetcher.fetch(CpiFile.allItems());
        fetcher.fetch(ProjectionsFile.latest());
        return fetcher.cache().entries();
    }

    private List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }

    @Test
    void withoutIndexJson_aValidCachedFile_isKept_andUsedOffline() throws IOException {
        List<CacheEntry> before = fetchAll();
        Files.delete(cacheDir.resolve(BlsCache.INDEX));
        Fetched f = BlsFetcher.of(options().withOffline(true)).fetch(OewsFile.state(2024));
        assertEquals(Fetched.Outcome.CACHED, f.outcome());
        assertEquals(before.get(2).sha256(), f.entry().sha256());          // entries sorted: cu…, occupation…, oesm…
        assertEquals(List.of("cu.data.1.AllItems", "index.json", "occupation.xlsx", "oesm24st.zip"), names(cacheDir));
        assertEquals(3, BlsCache.at(cacheDir).entries().size());
        assertTrue(notes.stream().anyMatch(n -> n.contains("rebuilt from the files it could verify: "
                + "cu.data.1.AllItems, occupation.xlsx, oesm24st.zip")), notes.toString());
        assertEquals(3, bls.requests().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut", "garbled", "one bad line"})
    void aDamagedIndex_isRebuiltFromTheFilesItCanVerify_andWhatItCannotIsSetAsideAndReported(String damage)
            throws IOException {
        List<CacheEntry> before = fetchAll();
        Path index = cacheDir.resolve(BlsCache.INDEX);
        String text = Files.readString(index);
        Files.writeString(index, switch (damage) {
            case "cut" -> text.substring(0, text.length() / 2);
            case "garbled" -> "\u0000\u0013{ not json" + text.substring(7);
            default -> text.replaceFirst("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : \"not a digest\"");
        });
        Files.writeString(cacheDir.resolve("cu.data.0.Current"), "<html>Access Denied</html>");
        Files.writeString(cacheDir.resolve("notes.txt"), "mine\n");

        BlsCache cache = BlsCache.at(cacheDir, options().listener());
        List<CacheEntry> after = cache.entries();
        assertEquals(before.stream().map(e -> e.fileName() + " " + e.size() + " " + e.sha256()).toList(),
                after.stream().map(e -> e.fileName() + " " + e.size() + " " + e.sha256()).toList());
        for (CacheEntry e : after) {
            assertEquals(e.sha256(), BlsCache.sha256(cacheDir.resolve(e.fileName())));
        }
        List<String> setAside = names(cacheDir.resolve(BlsCache.SET_ASIDE));
        assertTrue(setAside.contains("cu.data.0.Current") && setAside.contains("notes.txt"), setAside.toString());
        assertEquals(3, setAside.size(), setAside.toString());             // and the damaged index, to inspect
        assertEquals(setAside, cache.setAside().stream().map(p -> p.getFileName().toString()).sorted().toList());
        String said = String.join("\n", notes);
        assertTrue(said.contains("set aside in " + cacheDir.resolve(BlsCache.SET_ASIDE)), said);
        assertTrue(said.contains("cu.data.0.Current (is not a LABSTAT flat file (no series_id header)"), said);
        assertTrue(said.contains("notes.txt (not a file this library fetches)"), said);
        assertEquals(List.of("cu.data.1.AllItems", "index.json", "occupation.xlsx", "oesm24st.zip", "set-aside"),
                names(cacheDir));

        // Rebuilt once: the next opening finds nothing to do, and every file is used without a download.
        notes.clear();
        BlsFetcher offline = BlsFetcher.of(options().withOffline(true));
        assertEquals(Fetched.Outcome.CACHED, offline.fetch(CpiFile.allItems()).outcome());
        assertEquals(Fetched.Outcome.CACHED, offline.fetch(ProjectionsFile.latest()).outcome());
        assertEquals(List.of(), notes);
    }

    @Test
    void aPartFileNoProcessWrites_isRemovedWhenTheCacheOpens_whileARecentOrLockedOneIsKept() throws IOException {
        fetchAll();
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path left = Files.writeString(cacheDir.resolve(".oesm24st.zip.123.part"), "half a zip");
        Files.setLastModifiedTime(left, twoHoursAgo);
        Path recent = Files.writeString(cacheDir.resolve(".oesm24st.zip.456.part"), "just created");
        Path written = Files.writeString(cacheDir.resolve(".cu.data.1.AllItems.789.part"), "being written");
        Files.setLastModifiedTime(written, twoHoursAgo);
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            assertEquals(3, BlsCache.at(cacheDir).entries().size());
            assertFalse(Files.exists(left), "a part nothing writes is removed");
            assertTrue(Files.exists(recent), "a part created a moment ago is kept");
            assertTrue(Files.exists(written), "a part a live process holds is kept");
        }
    }

    @Test
    void verified_underAConcurrentRefresh_neverDeletesAFileJustStored() throws Exception {
        byte[][] versions = {RealFiles.nationalZip(2017), RealFiles.nationalZip(2018)};
        AtomicInteger served = new AtomicInteger();
        bls.handle(STATE_2024, r -> Reply.ok(versions[served.getAndIncrement() % 2]));
        BlsFetcher fetcher = BlsFetcher.of(options());
        fetcher.fetch(OewsFile.state(2024));
        List<String> lost = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> refreshing = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    Path p = fetcher.refresh(OewsFile.state(2024)).path();
                    if (!Files.exists(p)) {
                        lost.add("refresh " + i + " returned " + p + ", already gone");
                    }
                }
            });
            Future<?> verifying = pool.submit(() -> {
                BlsCache other = BlsCache.at(cacheDir);
                for (int i = 0; i < 200; i++) {
                    if (other.verified(OewsFile.state(2024)).isPresent()
                            && !Files.exists(other.pathOf(OewsFile.state(2024)))) {
                        lost.add("verified " + i + " answered a file already gone");
                    }
                }
            });
            refreshing.get(60, TimeUnit.SECONDS);
            verifying.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), lost);
        CacheEntry e = BlsCache.at(cacheDir).entry("oesm24st.zip").orElseThrow();
        assertEquals(e.sha256(), BlsCache.sha256(cacheDir.resolve("oesm24st.zip")));
    }

    @Test
    void aRebuiltLine_namesBlsAddressAndTheFilesTime_andAChangingFileIsCheckedAgainstTheServer() throws IOException {
        fetchAll();
        Files.delete(cacheDir.resolve(BlsCache.INDEX));
        CacheEntry cpi = BlsCache.at(cacheDir).entry("cu.data.1.AllItems").orElseThrow();
        assertEquals(URI.create("https://download.bls.gov/pub/time.series/cu/cu.data.1.AllItems"), cpi.url());
        assertEquals(Files.getLastModifiedTime(cacheDir.resolve("cu.data.1.AllItems")).toInstant(), cpi.fetchedAt());
        assertEquals(RealFiles.bytes("cpi/cu.data.1.AllItems").length, cpi.size());
    }
}
