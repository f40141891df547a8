package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.FetchOptions;
import io.github.wageoutlook.testing.SavedProperties;
import io.github.wageoutlook.testing.AreaFiles;
import io.github.wageoutlook.testing.AreaFiles.AreaRow;
import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import io.github.wageoutlook.testing.Workbooks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding a place: {@code --area} by a state's name, USPS or FIPS code, a CBSA code or a metropolitan area's name
 * (any principal city), with the nearest places for a misspelling and the BLS file that holds each kind of area;
 * {@code compare --by state} reading BLS's state file as {@code --area TX} does; and what a user is told when the file
 * cannot be downloaded. BLS is a local server on 127.0.0.1 started by each test.
 */
class PlacesCommandTest {
    private static final String STATE_ZIP = "oes/special-requests/oesm25st.zip";
    private static final String METRO_ZIP = "oes/special-requests/oesm25ma.zip";
    private static final List<String> SETTINGS = List.of(FetchOptions.CACHE_PROPERTY, FetchOptions.BASE_URL_PROPERTY,
            FetchOptions.CONTACT_PROPERTY, FetchOptions.OFFLINE_PROPERTY);
    /** Metropolitan areas with real codes and titles as OEWS writes them (figures: real national rows). */
    private static final List<AreaRow> METROS = List.of(
            new AreaRow("13820", "Birmingham-Hoover, AL", "4", "AL", 2021),
            new AreaRow("26420", "Houston-The Woodlands-Sugar Land, TX", "4", "TX", 2024),
            new AreaRow("10180", "Abilene, TX", "4", "TX", 2023));

    @TempDir
    Path dir;
    private LocalBls bls;
    private SavedProperties saved;

    @BeforeEach
    void start() throws IOException {
        saved = SavedProperties.save(SETTINGS);
        bls = new LocalBls();
        bls.serve(STATE_ZIP, Reply.ok(RealFiles.zip(Map.of("oesm25st/state_M2025_dl.xlsx",
                RealFiles.stateWorkbook(2025, 5)))));
        bls.serve(METRO_ZIP, Reply.ok(RealFiles.zip(Map.of("oesm25ma/MSA_M2025_dl.xlsx",
                Workbooks.of("MSA_M2025_dl", AreaFiles.rows(METROS, "43-4051", "11-1011"))))));
        System.setProperty(FetchOptions.CACHE_PROPERTY, dir.resolve("cache").toString());
        System.setProperty(FetchOptions.BASE_URL_PROPERTY, bls.base().toString());
        System.setProperty(FetchOptions.CONTACT_PROPERTY, "analyst@example.org");
    }

    @AfterEach
    void stop() {
        saved.restore();
        bls.close();
    }

    @Test
    void aMisspelledState_namesTexasFirst_withoutAnyDownload() {
        CliRun r = run("profile", "43-4051", "--area", "Texs");
        assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.err());
        assertTrue(r.err().contains("no area 'Texs' in the U.S. states and the 387 metropolitan areas of BEA's "
                + "Regional Price Parities; nearest: Texas (state 48)"), r.err());
        assertFalse(r.err().contains("nearest: U.S."), r.err());
        assertEquals(List.of(), bls.requests());
    }

    @Test
    void aPrincipalCity_findsItsMetropolitanArea_inBlsMetroFile() {
        CliRun r = run("profile", "43-4051", "--area", "Houston");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("--area Houston: the embedded data are national; reading OEWS May 2025 "
                + "metropolitan and nonmetropolitan area estimates"), r.err());
        assertTrue(r.out().contains("Houston-The Woodlands-Sugar Land, TX"), r.out());
        assertEquals(1, bls.requests(METRO_ZIP).size());
        // A principal city in BEA's title of the area (OMB 2023) that OEWS's title lacks finds it by its CBSA code.
        CliRun pasadena = run("profile", "43-4051", "--area", "Pasadena");
        assertEquals(0, pasadena.code(), pasadena.err());
        assertEquals(r.out(), pasadena.out());
        CliRun birmingham = run("profile", "43-4051", "--area", "Birmingham");
        assertEquals(0, birmingham.code(), birmingham.err());
        assertTrue(birmingham.out().contains("Birmingham-Hoover, AL"), birmingham.out());
        CliRun code = run("profile", "43-4051", "--area", "26420");
        assertEquals(r.out(), code.out());
        assertEquals(1, bls.requests(METRO_ZIP).size(), "read from the cache after the first download");
    }

    @Test
    void aPlaceTheFileDoesNotHold_isNamed_withTheFileOfItsKind() {
        Path state = AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES, "43-4051");
        CliRun houston = run("profile", "43-4051", "--file", state.toString(), "--area", "Houston");
        assertEquals(ExitCode.NOT_FOUND.code(), houston.code(), houston.err());
        assertTrue(houston.err().contains("'Houston' is Houston-Pasadena-The Woodlands, TX (metropolitan statistical "
                + "area 26420), which state_M2024_dl.xlsx does not hold; metropolitan areas are in BLS's file of them:"
                + " --file MSA_M2024_dl.xlsx (in https://www.bls.gov/oes/special-requests/oesm24ma.zip)"),
                houston.err());
        Path metro = AreaFiles.write(dir, "MSA_M2024_dl.xlsx", METROS, "43-4051");
        CliRun texas = run("profile", "43-4051", "--file", metro.toString(), "--area", "Texas");
        assertEquals(ExitCode.NOT_FOUND.code(), texas.code(), texas.err());
        assertTrue(texas.err().contains("'Texas' is Texas (state 48), which MSA_M2024_dl.xlsx does not hold; states "
                + "and territories are in BLS's state file: --file state_M2024_dl.xlsx (in "
                + "https://www.bls.gov/oes/special-requests/oesm24st.zip)"), texas.err());
        assertEquals(List.of(), bls.requests());
    }

    @Test
    void twoMetropolitanAreasOfOneName_areListed() {
        CliRun r = run("profile", "43-4051", "--area", "Portland");
        assertEquals(ExitCode.AMBIGUOUS.code(), r.code(), r.err());
        assertTrue(r.err().contains("Portland-South Portland, ME") && r.err().contains("Portland-Vancouver-Hillsboro"),
                r.err());
    }

    @Test
    void compareByState_fetchesTheStateFile_asAreaTXDoes() {
        CliRun r = run("compare", "11-1011", "--by", "state");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("--by state: the embedded data are national; reading OEWS May 2025 state "
                + "estimates from the cache or from BLS"), r.err());
        assertTrue(r.err().contains("Downloading " + bls.base().resolve(STATE_ZIP)), r.err());
        assertTrue(r.out().contains("Texas (48)") && r.out().contains("Wyoming (56)"), r.out());
        assertEquals(1, bls.requests(STATE_ZIP).size());
        CliRun again = run("compare", "11-1011", "--by", "state", "--format", "csv");
        assertEquals(0, again.code(), again.err());
        assertEquals(1, bls.requests(STATE_ZIP).size(), "the second command reads the cache");
        // 50 states, D.C., Guam, Puerto Rico and the Virgin Islands: one line each under the header
        assertEquals(55, again.out().lines().count(), again.out());
        CliRun metro = run("compare", "43-4051", "--by", "metro");
        assertEquals(0, metro.code(), metro.err());
        assertTrue(metro.out().contains("Houston-The Woodlands-Sugar Land, TX (26420)"), metro.out());
    }

    @Test
    void noNetwork_endsWithinSeconds_givingBlsUrlAndTheFileToPass() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        System.setProperty(FetchOptions.BASE_URL_PROPERTY, "http://127.0.0.1:" + closed + "/");
        long start = System.nanoTime();
        CliRun r = run("profile", "11-1011", "--area", "Texas");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
        assertEquals(ExitCode.NETWORK.code(), r.code(), r.err());
        assertTrue(r.err().contains("not retried"), r.err());
        assertTrue(r.err().contains("Or download it in a browser from "
                + "https://www.bls.gov/oes/special-requests/oesm25st.zip and pass it with --file oesm25st.zip"),
                r.err());
        assertFalse(r.err().contains("attempt 2 of"), r.err());
        // What the message says works: the zip, as a browser saves it, read with --file.
        Path zip = Files.write(dir.resolve("oesm25st.zip"), RealFiles.zip(Map.of("oesm25st/state_M2025_dl.xlsx",
                RealFiles.stateWorkbook(2025, 5))));
        CliRun byHand = run("profile", "11-1011", "--area", "Texas", "--file", zip.toString());
        assertEquals(0, byHand.code(), byHand.err());
        assertTrue(byHand.out().contains("OEWS May 2025, Texas"), byHand.out());
    }

    @Test
    void offline_withoutTheFile_namesTheFetchCommand_andTheDownloadByHand() {
        System.setProperty(FetchOptions.OFFLINE_PROPERTY, "true");
        List<String> args = new ArrayList<>(List.of("compare", "11-1011", "--by", "state"));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.err());
        assertTrue(r.err().contains("fetch oews state 2025"), r.err());
        assertTrue(r.err().contains("https://www.bls.gov/oes/special-requests/oesm25st.zip and pass it with --file "
                + "oesm25st.zip"), r.err());
        assertEquals(List.of(), bls.requests());
    }
}
