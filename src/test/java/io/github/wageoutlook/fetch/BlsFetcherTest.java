package io.github.wageoutlook.fetch;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Fault;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class BlsFetcherTest {
    private static final String STATE_2024 = "oes/special-requests/oesm24st.zip";

    @TempDir
    Path cacheDir;
    private LocalBls bls;
    private final List<String> heard = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        bls = new LocalBls();
    }

    @AfterEach
    void stop() {
        bls.close();
    }

    /** Options against the local server: fast retries, no pause, a 300 ms read timeout. */
    private FetchOptions options() {
        return FetchOptions.defaults().withContact("analyst@example.org").withCacheDirectory(cacheDir)
                .withSite(BlsSite.mirror(bls.base())).withRetries(4, Duration.ZERO, Duration.ZERO)
                .withPolitePause(Duration.ZERO).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300))
                .withListener(new DownloadListener() {
                    @Override
                    public void retrying(URI url, String reason, int next, int max, Duration wait) {
                        heard.add("retry " + next + "/" + max + ": " + reason);
                        waits.add(wait);
                    }

                    @Override
                    public void note(String message) {
                        heard.add("note: " + message);
                    }
                });
    }

    private static byte[] stateZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("~$state_M2024_dl.xlsx", RealFiles.lockFile());
        entries.put("oesm24st/state_M2024_dl.xlsx", RealFiles.stateWorkbook(2024, 4));
        return RealFiles.zip(entries);
    }

    /** The cache folder holds exactly these names (plus the index and its lock when anything was stored). */
    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }

    @Test
    void stateFile_fromTheLocalServer_isATypedTableWithEveryArea_andIsCachedWithItsSha256() throws IOException {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.ok(zip));
        BlsFetcher fetcher = BlsFetcher.of(options());
        OewsTable states = Oews.fetch(OewsFile.state(2024), fetcher);
        assertEquals(54, states.areas().size());                 // 50 states, D.C., Guam, Puerto Rico, Virgin Islands
        assertEquals(54 * 4, states.size());
        assertEquals(4, states.area("48").size());                  // Texas
        assertEquals("Texas", states.area("48").row(0).areaTitle());
        CacheEntry entry = fetcher.cache().entry("oesm24st.zip").orElseThrow();
        assertEquals(zip.length, entry.size());
        assertEquals(HexFormat.of().formatHex(BlsCache.newDigest().digest(zip)), entry.sha256());
        assertEquals(bls.base().resolve(STATE_2024), entry.url());
        assertEquals(List.of("index.json", "oesm24st.zip"), cacheFiles());

        Fetched again = fetcher.fetch(OewsFile.state(2024));
        assertEquals(Fetched.Outcome.CACHED, again.outcome());
        assertEquals(1, bls.requests(STATE_2024).size());
        assertTrue(bls.requests().get(0).userAgent().contains("contact: analyst@example.org"),
                bls.requests().get(0).userAgent());
    }

    @Test
    void withoutAContactEmail_nothingIsRequested_andTheErrorSaysWhyBlsNeedsIt() {
        bls.serve(STATE_2024, Reply.ok(stateZip()));
        FetchOptions noContact = FetchOptions.fromEnvironment(k -> null, k -> null).withCacheDirectory(cacheDir)
                .withSite(BlsSite.mirror(bls.base()));
        MissingContactException e = assertThrows(MissingContactException.class,
                () -> BlsFetcher.of(noContact).fetch(OewsFile.state(2024)));
        assertTrue(e.getMessage().contains("403 Forbidden"), e.getMessage());
        assertTrue(e.getMessage().contains(FetchOptions.CONTACT_ENV), e.getMessage());
        assertEquals(List.of(), bls.requests());
    }

    @Test
    void theServer_refusesARequestWithoutContact_as403_andOurUserAgentCarriesIt() throws Exception {
        bls.serve(STATE_2024, Reply.ok(stateZip()));
        HttpResponse<Void> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                bls.base().resolve(STATE_2024)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(403, plain.statusCode());
        assertEquals(54, Oews.fetch(OewsFile.state(2024), BlsFetcher.of(options())).areas().size());
    }

    @Test
    void a403_isNotRetried_andTheErrorNamesUrlStatusAndWhatBlsMeans() throws IOException {
        bls.serve(STATE_2024, Reply.status(403));
        FetchException e = assertThrows(FetchException.class,
                () -> BlsFetcher.of(options()).fetch(OewsFile.state(2024)));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains(bls.base().resolve(STATE_2024).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("contact information in the User-Agent"), e.getMessage());
        assertEquals(1, bls.requests(STATE_2024).size());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void a404_saysTheFileIsNotOnBlsServer() {
        FetchException e = assertThrows(FetchException.class,
                () -> BlsFetcher.of(options()).fetch(OewsFile.state(2031)));
        assertTrue(e.isNotFound());
        assertTrue(e.getMessage().contains("oesm31st.zip answered 404: no such file on BLS's server"),
                e.getMessage());
    }

    @Test
    void a429Then503_areRetried_thenTheDownloadSucceeds() {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.status(429).with("Retry-After", "0"), Reply.status(503), Reply.ok(zip));
        Fetched f = BlsFetcher.of(options()).fetch(OewsFile.state(2024));
        assertEquals(Fetched.Outcome.DOWNLOADED, f.outcome());
        assertEquals(zip.length, f.entry().size());
        assertEquals(3, bls.requests(STATE_2024).size());
        assertEquals(List.of("retry 2/4: HTTP 429 (too many requests)", "retry 3/4: HTTP 503"), heard);
    }

    @Test
    void retryAfter_asAnHttpDate_isWaitedFor_andCappedAtTheLongestPause() {
        byte[] zip = stateZip();
        String soon = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        bls.serve(STATE_2024, Reply.status(503).with("Retry-After", soon), Reply.ok(zip));
        FetchOptions o = options().withRetries(4, Duration.ZERO, Duration.ofSeconds(60));
        assertEquals(Fetched.Outcome.DOWNLOADED, BlsFetcher.of(o).fetch(OewsFile.state(2024)).outcome());
        assertEquals(List.of("retry 2/4: HTTP 503"), heard);
        // The date has whole seconds: 2 s ahead is a wait of 1 – 2 s.
        assertTrue(waits.get(0).compareTo(Duration.ofMillis(900)) >= 0
                && waits.get(0).compareTo(Duration.ofSeconds(2)) <= 0, waits.toString());

        String nextYear = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusYears(1));
        bls.serve(STATE_2024, Reply.status(429).with("Retry-After", nextYear), Reply.ok(zip));
        BlsFetcher.of(o.withRetries(4, Duration.ZERO, Duration.ofMillis(200))).refresh(OewsFile.state(2024));
        assertEquals(Duration.ofMillis(200), waits.get(1));      // the cap, not a year
    }

    @Test
    void a503ThatLasts_endsAfterTheMostAttempts_withANamedError_andNothingInTheCache() throws IOException {
        bls.serve(STATE_2024, Reply.status(503));
        FetchException e = assertThrows(FetchException.class,
                () -> BlsFetcher.of(options()).fetch(OewsFile.state(2024)));
        assertEquals(503, e.status());
        assertTrue(e.getMessage().contains("failed after 4 attempts; the last: HTTP 503"), e.getMessage());
        assertEquals(4, bls.requests(STATE_2024).size());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void aHostThatRefusesTheConnection_isNotRetried_andFailsWithinSeconds() throws IOException {
        // A port on 127.0.0.1 where nothing listens. With BLS's pauses (2 s, 4 s, 8 s) four attempts took 15 s.
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        FetchOptions o = options().withSite(BlsSite.mirror(URI.create("http://127.0.0.1:" + closed + "/")))
                .withRetries(4, Duration.ofSeconds(2), Duration.ofSeconds(60));
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> BlsFetcher.of(o).fetch(OewsFile.state(2024)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
        assertEquals(0, e.status());
        assertEquals(List.of(), heard, "no retry");
        assertTrue(e.getMessage().contains("cannot be reached") && e.getMessage().contains("not retried"),
                e.getMessage());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void aHostNameThatDoesNotResolve_isNotRetried() {
        // .invalid never resolves (RFC 6761), as no name does without a network.
        FetchOptions o = options().withSite(BlsSite.mirror(URI.create("http://bls.invalid/")))
                .withRetries(4, Duration.ofSeconds(2), Duration.ofSeconds(60));
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> BlsFetcher.of(o).fetch(OewsFile.state(2024)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        assertEquals(List.of(), heard, "no retry");
        assertTrue(e.getMessage().contains("cannot be"), e.getMessage());
    }

    @Test
    void aConnectionCutMidBody_isRetried_andNeverCached() throws IOException {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.ok(zip).fault(Fault.CUT), Reply.ok(zip));
        Fetched f = BlsFetcher.of(options()).fetch(OewsFile.state(2024));
        assertEquals(2, bls.requests(STATE_2024).size());
        assertEquals(zip.length, Files.size(f.path()));
        assertEquals(1, heard.size());
        assertTrue(heard.get(0).startsWith("retry 2/4: connection broken after "), heard.toString());
    }

    @Test
    void aConnectionCutEveryTime_leavesNothingHalfWrittenInTheCache() throws IOException {
        bls.serve(STATE_2024, Reply.ok(stateZip()).fault(Fault.CUT));
        FetchException e = assertThrows(FetchException.class,
                () -> BlsFetcher.of(options()).fetch(OewsFile.state(2024)));
        assertTrue(e.getMessage().contains("connection broken after"), e.getMessage());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void aBodyThatStalls_isCutAfterTheReadTimeout_andRetried() {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.ok(zip).fault(Fault.STALL), Reply.ok(zip));
        Fetched f = BlsFetcher.of(options()).fetch(OewsFile.state(2024));
        assertEquals(zip.length, f.entry().size());
        assertTrue(heard.get(0).startsWith("retry 2/4: no byte received for 300 ms after 1,000 bytes"),
                heard.toString());
    }

    @Test
    void aDownloadThatTrickles_stopsAtTheDeadline_withoutARetry_andLeavesNothingInTheCache() throws IOException {
        bls.serve(STATE_2024, Reply.ok(stateZip()).fault(Fault.TRICKLE));
        BlsFetcher fetcher = BlsFetcher.of(options().withDeadline(Duration.ofMillis(1500)));
        long start = System.nanoTime();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(FetchException.class, () -> fetcher.fetch(OewsFile.state(2024))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, took.toString());
        assertTrue(e.getMessage().contains("did not finish within the 1.5 s deadline"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*: [\\d,]+ of [\\d,]+ bytes received at [\\d.]+ KB/s.*"),
                e.getMessage());
        assertTrue(e.getMessage().contains(FetchOptions.DEADLINE_PROPERTY), e.getMessage());
        assertEquals(1, bls.requests(STATE_2024).size());
        assertEquals(List.of(), heard);
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void theDeadline_isASetting_withADocumentedDefault() {
        assertEquals(Duration.ofMinutes(10), FetchOptions.defaults().deadline());
        UnaryOperator<String> none = k -> null;
        assertEquals(Duration.ofSeconds(90), FetchOptions.fromEnvironment(
                k -> k.equals(FetchOptions.DEADLINE_PROPERTY) ? "90" : null, none).deadline());
        assertEquals(Duration.ofMinutes(30), FetchOptions.fromEnvironment(none,
                k -> k.equals(FetchOptions.DEADLINE_ENV) ? "PT30M" : null).deadline());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> FetchOptions
                .fromEnvironment(k -> k.equals(FetchOptions.DEADLINE_PROPERTY) ? "soon" : null, none));
        assertTrue(bad.getMessage().startsWith("system property " + FetchOptions.DEADLINE_PROPERTY
                + ": Invalid value for deadline"), bad.getMessage());
    }

    @Test
    void aRetry_thatWouldStartAfterTheDeadline_isNotMade() {
        bls.serve(STATE_2024, Reply.status(503));
        FetchOptions o = options().withRetries(4, Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withDeadline(Duration.ofSeconds(2));
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(FetchException.class, () -> BlsFetcher.of(o).fetch(OewsFile.state(2024))));
        assertEquals(1, bls.requests(STATE_2024).size());
        assertEquals(503, e.status());
        assertTrue(e.getMessage().contains("failed after 1 attempt; the last: HTTP 503; no further attempt: "
                + "the next would start after the 2 s deadline"), e.getMessage());
    }

    /** A disk with {@code free} bytes left, whose writes fail as the JDK's do on a full disk (ENOSPC). */
    private static BlsCache.Disk fullDisk(long free) {
        return new BlsCache.Disk() {
            @Override
            public OutputStream writer(Path file, OutputStream out) {
                return new FilterOutputStream(out) {
                    private long left = free;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (len > left) {
                            out.write(b, off, (int) left);
                            left = 0;
                            throw new IOException("No space left on device");
                        }
                        out.write(b, off, len);
                        left -= len;
                    }
                };
            }

            @Override
            public long usableSpace(Path folder) {
                return 0;                                       // some file systems cannot tell
            }
        };
    }

    @Test
    void aDiskThatFillsUpMidDownload_isThisMachinesProblem_notRetried_andTheErrorNamesTheFolderAndTheBytes()
            throws IOException {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.ok(zip));
        BlsFetcher fetcher = new BlsFetcher(options(), BlsCache.at(cacheDir, fullDisk(4096)));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(OewsFile.state(2024)));
        assertInstanceOf(CacheFolderException.class, e, e.getMessage());   // exit 4 on the command line
        assertEquals(1, bls.requests(STATE_2024).size());
        assertEquals(List.of(), heard);
        assertTrue(e.getMessage().startsWith("cannot write to the cache folder " + cacheDir.toAbsolutePath()
                + ": the disk is full (No space left on device) after 4,096 of " + String.format("%,d", zip.length)
                + " bytes of oesm24st.zip; it needs " + String.format("%,d", zip.length) + " bytes there"),
                e.getMessage());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void aDownloadLargerThanTheFreeSpace_isRefusedBeforeAByteIsWritten() throws IOException {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.ok(zip));
        BlsCache.Disk small = new BlsCache.Disk() {
            @Override
            public long usableSpace(Path folder) {
                return 1000;
            }
        };
        FetchException e = assertThrows(FetchException.class,
                () -> new BlsFetcher(options(), BlsCache.at(cacheDir, small)).fetch(OewsFile.state(2024)));
        assertInstanceOf(CacheFolderException.class, e, e.getMessage());
        assertTrue(e.getMessage().contains("the disk is full: oesm24st.zip needs " + String.format("%,d",
                zip.length) + " bytes and 1,000 bytes are free there"), e.getMessage());
        assertEquals(1, bls.requests(STATE_2024).size());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void anHtmlPageAnswered200_isNotCached() throws IOException {
        bls.serve(STATE_2024, Reply.ok("<html><body>Access Denied</body></html>".getBytes()));
        FetchException e = assertThrows(FetchException.class,
                () -> BlsFetcher.of(options()).fetch(OewsFile.state(2024)));
        assertTrue(e.getMessage().contains("is not a zip archive"), e.getMessage());
        assertTrue(e.getMessage().contains("starts with '<html><body>Access Denied"), e.getMessage());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void aZipWithoutOewsData_isAReadError_andIsNotKept_soTheNextRunFetchesItAgain() throws IOException {
        bls.serve(STATE_2024, Reply.ok(RealFiles.zip(Map.of("readme.txt", "no workbook here\n".getBytes()))));
        BlsFetcher fetcher = BlsFetcher.of(options());
        assertThrows(FileFormatException.class, () -> Oews.fetch(OewsFile.state(2024), fetcher));
        assertEquals(List.of("index.json"), cacheFiles());
        assertTrue(heard.stream().anyMatch(h -> h.startsWith("note: oesm24st.zip could not be read, so it was "
                + "removed from the cache")), heard.toString());

        bls.serve(STATE_2024, Reply.ok(stateZip()));           // BLS republishes the file
        assertEquals(54, Oews.fetch(OewsFile.state(2024), fetcher).areas().size());
        assertEquals(2, bls.requests(STATE_2024).size());
    }

    @Test
    void aCorruptedCachedFile_isDetectedByItsSha256_andFetchedAgain() throws IOException {
        byte[] zip = stateZip();
        bls.serve(STATE_2024, Reply.ok(zip));
        BlsFetcher fetcher = BlsFetcher.of(options());
        Path cached = fetcher.fetch(OewsFile.state(2024)).path();
        byte[] damaged = Files.readAllBytes(cached);
        damaged[damaged.length / 2] ^= 0x5A;                      // same size, one byte flipped
        Files.write(cached, damaged);

        OewsTable states = Oews.fetch(OewsFile.state(2024), fetcher);
        assertEquals(54, states.areas().size());
        assertEquals(2, bls.requests(STATE_2024).size());
        assertTrue(heard.get(0).contains("does not match its size and SHA-256"), heard.toString());
        assertEquals(BlsCache.sha256(cached), fetcher.cache().entry("oesm24st.zip").orElseThrow().sha256());
    }

    @Test
    void offline_aMissingFile_namesItAndTheCommandThatFetchesIt_withoutARequest() {
        NotCachedException e = assertThrows(NotCachedException.class,
                () -> BlsFetcher.of(options().withOffline(true)).fetch(OewsFile.state(2024)));
        assertTrue(e.getMessage().startsWith("oesm24st.zip (OEWS May 2024 state estimates) is not in the cache "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("fetch it first with: java -jar wage-outlook.jar fetch oews state 2024"),
                e.getMessage());
        assertEquals(List.of(), bls.requests());
    }

    @Test
    void offline_aCachedFile_isReadWithoutARequest() {
        bls.serve(STATE_2024, Reply.ok(stateZip()));
        BlsFetcher.of(options()).fetch(OewsFile.state(2024));
        OewsTable t = Oews.fetch(OewsFile.state(2024), BlsFetcher.of(options().withOffline(true)));
        assertEquals(54, t.areas().size());
        assertEquals(1, bls.requests().size());
    }

    @Test
    void aRepublishedFile_olderThanMaxAge_isCheckedWithIfModifiedSince_andNotDownloadedWhenUnchanged() {
        String path = "pub/time.series/cu/cu.data.1.AllItems";
        String lastModified = "Tue, 14 Oct 2025 12:30:00 GMT";
        bls.serve(path, Reply.ok(RealFiles.bytes("cpi/cu.data.1.AllItems")).with("Last-Modified", lastModified));
        BlsFetcher fresh = BlsFetcher.of(options());
        assertEquals(Fetched.Outcome.DOWNLOADED, fresh.fetch(CpiFile.allItems()).outcome());
        assertEquals(Fetched.Outcome.CACHED, fresh.fetch(CpiFile.allItems()).outcome());
        BlsFetcher stale = BlsFetcher.of(options().withMaxAge(Duration.ZERO));
        assertEquals(Fetched.Outcome.CONFIRMED, stale.fetch(CpiFile.allItems()).outcome());
        List<LocalBls.Request> requests = bls.requests(path);
        assertEquals(2, requests.size());
        assertEquals(lastModified, requests.get(1).ifModifiedSince());
    }

    /** Serves the CPI file with a Last-Modified date, fetches it into the cache, and returns its path on the server. */
    private String cachedCpi() {
        String path = "pub/time.series/cu/cu.data.1.AllItems";
        bls.serve(path, Reply.ok(RealFiles.bytes("cpi/cu.data.1.AllItems"))
                .with("Last-Modified", "Tue, 14 Oct 2025 12:30:00 GMT"));
        BlsFetcher.of(options()).fetch(CpiFile.allItems());
        return path;
    }

    @Test
    void aReadOnlyCache_usesACopyTheServerConfirmedWith304_withoutRewritingTheIndex() throws IOException {
        String path = cachedCpi();
        String index = Files.readString(cacheDir.resolve(BlsCache.INDEX));
        BlsCache.Disk readOnly = new BlsCache.Disk() {
            @Override
            public Path newFile(Path folder, String prefix, String suffix) throws AccessDeniedException {
                throw new AccessDeniedException(folder.resolve(prefix + "1" + suffix).toString());
            }
        };
        FetchOptions stale = options().withMaxAge(Duration.ZERO);
        Fetched f = new BlsFetcher(stale, BlsCache.at(cacheDir, readOnly, stale.listener())).fetch(CpiFile.allItems());
        assertEquals(Fetched.Outcome.CONFIRMED, f.outcome());
        assertEquals(BlsCache.sha256(f.path()), f.entry().sha256());
        assertEquals(index, Files.readString(cacheDir.resolve(BlsCache.INDEX)));
        assertEquals(2, bls.requests(path).size());
        assertTrue(heard.stream().anyMatch(h -> h.startsWith("note: cu.data.1.AllItems is unchanged on BLS's server; "
                + "it is used from the cache, but the cache folder cannot be written")), heard.toString());
    }

    @Test
    void aReallyReadOnlyCacheFolder_usesACopyTheServerConfirmedWith304() throws IOException {
        String path = cachedCpi();
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(cacheDir);
        Files.setPosixFilePermissions(cacheDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(cacheDir), "root writes to a read-only folder: the Disk test stands in");
            Fetched f = BlsFetcher.of(options().withMaxAge(Duration.ZERO)).fetch(CpiFile.allItems());
            assertEquals(Fetched.Outcome.CONFIRMED, f.outcome());
            assertEquals(2, bls.requests(path).size());
        } finally {
            Files.setPosixFilePermissions(cacheDir, before);
        }
    }

    @Test
    void cpiFlatFile_readsTheSameIndexAsTheEmbeddedFile() {
        bls.serve("pub/time.series/cu/cu.data.1.AllItems", Reply.ok(RealFiles.bytes("cpi/cu.data.1.AllItems")));
        PriceIndex fetched = Cpi.fetchLatest("CUUR0000SA0", BlsFetcher.of(options()));
        // The embedded flat file, read alone (Cpi.u() adds the Series Report's 2025 average to it).
        PriceIndex embeddedFlatFile = Cpi.read(Path.of(System.getProperty("basedir", "."))
                .resolve("datasets/cpi/cu.data.1.AllItems"), "CUUR0000SA0");
        assertEquals(embeddedFlatFile.annualAverages(), fetched.annualAverages());
        assertEquals(Cpi.u().annualAverages().headMap(2025), fetched.annualAverages());
        assertEquals(304.702, fetched.annual(2023));               // BLS CPI-U annual average 2023
    }

    @Test
    void projectionsWorkbook_readsTheSameTableAsTheEmbeddedCycle() {
        bls.serve("emp/ind-occ-matrix/occupation.xlsx", Reply.ok(RealFiles.bytes("projections/occupation_2024-34.xlsx")));
        ProjectionsTable fetched = Projections.fetchLatest(BlsFetcher.of(options()));
        ProjectionsTable embedded = Projections.cycle("2024-34");
        assertEquals(embedded.rows(), fetched.rows());
        assertEquals(2_814.0, fetched.occupation("43-4051").orElseThrow().baseEmployment());
    }

    @Test
    void nationalZip_ofAShippedYear_givesTheEmbeddedFigures() {
        bls.serve("oes/special-requests/oesm18nat.zip", Reply.ok(RealFiles.nationalZip(2018)));
        OewsTable t = Oews.fetch(OewsFile.national(2018), BlsFetcher.of(options()));
        assertEquals(33_750, t.occupation("43-4051").orElseThrow().annual().median().wage().amount());
        assertFalse(t.occupation("43-4051").orElseThrow().annual().p90().isLowerBound());
    }
}
