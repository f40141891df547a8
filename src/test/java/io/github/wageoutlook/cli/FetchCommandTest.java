package io.github.wageoutlook.cli;

import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FetchCommandTest {
    @TempDir
    Path cache;
    private LocalBls bls;

    @BeforeEach
    void start() throws IOException {
        bls = new LocalBls();
    }

    @AfterEach
    void stop() {
        bls.close();
    }

    private CliRun fetch(String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "fetch";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--cache";
        all[args.length + 2] = cache.toString();
        all[args.length + 3] = "--contact";
        all[args.length + 4] = "analyst@example.org";
        all[args.length + 5] = "--bls-url";
        all[args.length + 6] = bls.base().toString();
        return run(all);
    }

    @Test
    void fetchOewsNational_downloadsReadsAndSaysWhat_thenListShowsTheIndex() {
        bls.serve("oes/special-requests/oesm18nat.zip", Reply.ok(RealFiles.nationalZip(2018)));
        CliRun r = fetch("oews", "national", "2018");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Downloaded oesm18nat.zip (OEWS May 2018 national estimates): "), r.out());
        assertTrue(r.out().contains("Read OEWS May 2018 national estimates: 1,"), r.out());
        assertTrue(r.out().contains("1 area, 1 industry, May 2018."), r.out());
        assertTrue(r.err().startsWith("Downloading " + bls.base() + "oes/special-requests/oesm18nat.zip ("),
                r.err());

        CliRun again = fetch("oews", "national", "2018", "--offline");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("From the cache oesm18nat.zip"), again.out());
        assertEquals(1, bls.requests().size());

        CliRun list = run("fetch", "--list", "--cache", cache.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("Cache " + cache.toAbsolutePath() + ": 1 file, "), list.out());
        assertTrue(list.out().matches("(?s).*\\noesm18nat\\.zip\\s+[\\d,]+\\s+\\d{4}-\\d\\d-\\d\\dT[\\d:]+Z\\s+"
                + "[0-9a-f]{16}…\\s+" + bls.base() + "oes/special-requests/oesm18nat\\.zip\\n.*"), list.out());
    }

    @Test
    void withoutItsIndex_fetchList_stillShowsTheCachedFile_andWhatWasSetAside() throws IOException {
        bls.serve("oes/special-requests/oesm18nat.zip", Reply.ok(RealFiles.nationalZip(2018)));
        assertEquals(0, fetch("oews", "national", "2018").code());
        Files.delete(cache.resolve("index.json"));
        Files.writeString(cache.resolve("notes.txt"), "mine\n");
        CliRun list = run("fetch", "--list", "--cache", cache.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("Cache " + cache.toAbsolutePath() + ": 1 file, "), list.out());
        assertTrue(list.out().contains("\noesm18nat.zip "), list.out());
        assertTrue(list.out().contains("Set aside (could not be verified; kept, never read): "
                + cache.toAbsolutePath().resolve("set-aside").resolve("notes.txt")), list.out());
        assertTrue(list.err().contains("its lines were rebuilt from the files it could verify: oesm18nat.zip"),
                list.err());
        assertEquals(0, fetch("oews", "national", "2018", "--offline").code());
        assertEquals(1, bls.requests().size());
    }

    @Test
    void aCacheFolderThatIsAFile_exits4_sayingSo_andNothingIsRequested() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-folder.txt"), "not a folder\n");
        for (CliRun r : List.of(run("fetch", "--list", "--cache", file.toString()),
                run("fetch", "oews", "state", "2024", "--cache", file.toString(), "--contact", "analyst@example.org",
                        "--bls-url", bls.base().toString()))) {
            assertEquals(4, r.code(), r.err());
            assertTrue(r.err().contains("the cache folder " + file.toAbsolutePath() + ": it is a file, not a folder; "
                    + "choose another folder with --cache DIR"), r.err());
        }
        assertEquals(0, bls.requests().size());
        assertEquals("not a folder\n", Files.readString(file));
    }

    @Test
    void offline_aMissingFile_exits3_namingTheFileAndTheCommand() {
        CliRun r = fetch("oews", "state", "2024", "--offline");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("oesm24st.zip (OEWS May 2024 state estimates) is not in the cache"), r.err());
        assertTrue(r.err().contains("fetch it first with: java -jar wage-outlook.jar fetch oews state 2024"),
                r.err());
        assertEquals(0, bls.requests().size());
    }

    @Test
    void exitCodes_sayWhatWentWrong() {
        bls.serve("oes/special-requests/oesm24st.zip", Reply.status(403));
        CliRun refused = fetch("oews", "state", "2024");
        assertEquals(ExitCode.NETWORK.code(), refused.code());
        assertTrue(refused.err().contains("403 Forbidden"), refused.err());
        assertEquals(3, fetch("oews", "metro", "2024").code());        // 404
        CliRun noContact = run("fetch", "ep", "--cache", cache.toString(), "--bls-url", bls.base().toString());
        if (System.getenv("WAGE_OUTLOOK_CONTACT") == null && System.getProperty("wageoutlook.contact") == null) {
            assertEquals(2, noContact.code());
            assertTrue(noContact.err().contains("BLS asks automated clients"), noContact.err());
        }
        assertEquals(2, fetch("oews", "county", "2024").code());
        assertEquals(2, fetch("oews", "state", "2013").code());
        assertEquals(2, fetch("payscale").code());
    }

    @Test
    void fetchCpi_andEp_readTheRealFiles() {
        bls.serve("pub/time.series/cu/cu.data.1.AllItems", Reply.ok(RealFiles.bytes("cpi/cu.data.1.AllItems")));
        bls.serve("emp/ind-occ-matrix/occupation.xlsx", Reply.ok(RealFiles.bytes("projections/occupation_2024-34.xlsx")));
        CliRun cpi = fetch("cpi");
        assertEquals(0, cpi.code(), cpi.err());
        assertTrue(cpi.out().contains("CPI-U (CUUR0000SA0): annual averages 1913 – 2024, months to 2025-09."),
                cpi.out());
        CliRun ep = fetch("ep");
        assertEquals(0, ep.code(), ep.err());
        assertTrue(ep.out().contains("Read Employment Projections 2024-34: "), ep.out());
    }

    @Test
    void anUnreadableEpOrCpiFile_exits4_andIsRemovedFromTheCache_likeAnUnreadableOewsZip() throws IOException {
        // An .xlsx that opens but holds no projections table, and a flat file with its header and a malformed line.
        bls.serve("emp/ind-occ-matrix/occupation.xlsx", Reply.ok(RealFiles.stateWorkbook(2024, 1)));
        bls.serve("pub/time.series/cu/cu.data.1.AllItems", Reply.ok(("series_id        \tyear\tperiod\t       value"
                + "\tfootnote_codes\r\nCUUR0000SA0      \t2023\tM12\t     306.746\t\r\nCUUR0000SA0 2023 M13 304.702\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        for (String[] kind : List.of(new String[] {"ep", "occupation.xlsx"}, new String[] {"cpi", "cu.data.1.AllItems"})) {
            CliRun r = fetch(kind[0]);
            assertEquals(4, r.code(), r.err());
            assertTrue(r.err().contains(kind[1] + " could not be read, so it was removed from the cache"), r.err());
            assertFalse(Files.exists(cache.resolve(kind[1])), kind[1] + " is still cached");
            CliRun list = run("fetch", "--list", "--cache", cache.toString());
            assertFalse(list.out().contains(kind[1]), list.out());
        }
    }

    @Test
    void onANonTerminalStderr_aSlowDownload_printsAPlainProgressLineEvery10Seconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long[] now = {0};
        ProgressBarListener plain = new ProgressBarListener(err, false, () -> now[0]);
        plain.started(io.github.wageoutlook.fetch.OewsFile.state(2024), URI.create("http://127.0.0.1/x.zip"),
                100_000);
        for (int second = 1; second <= 25; second++) {               // 1 KB a second
            now[0] = second * 1_000_000_000L;
            plain.progressed(second * 1024L);
        }
        plain.ended(25 * 1024, false);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("Downloading http://127.0.0.1/x.zip (100,000 bytes)",
                "  oesm24st.zip: 10,240 of 100,000 bytes (10%) in 10 s, 1.0 KB/s",
                "  oesm24st.zip: 20,480 of 100,000 bytes (20%) in 20 s, 1.0 KB/s",
                "Download stopped after 25,600 bytes"), lines);
    }

    @Test
    void progressBar_drawsOnStandardError_forALongDownload() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressBarListener bar = new ProgressBarListener(err, true);
        bar.started(io.github.wageoutlook.fetch.OewsFile.allData(2024), URI.create("http://127.0.0.1/x.zip"),
                80L << 20);
        for (long n = 0; n <= 80L << 20; n += 8L << 20) {
            bar.progressed(n);
        }
        bar.ended(80L << 20, true);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Downloading http://127.0.0.1/x.zip (83,886,080 bytes)"), text);
        assertTrue(text.contains("oesm24all.zip"), text);
        assertTrue(text.contains("100%"), text);
    }
}
