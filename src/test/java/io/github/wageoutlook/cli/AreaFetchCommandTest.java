package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.FetchOptions;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.testing.SavedProperties;
import io.github.wageoutlook.testing.LocalBls;
import io.github.wageoutlook.testing.LocalBls.Reply;
import io.github.wageoutlook.testing.RealFiles;
import io.github.wageoutlook.testing.Workbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code --area TX} on an occupation command: the embedded data are national, so the state file of the year is read
 * from the cache or downloaded from BLS (here a local server on 127.0.0.1), saying so on standard error; and
 * {@code --industry} with a year whose industry file is not embedded, read the same way.
 */
class AreaFetchCommandTest {
    private static final String STATE_ZIP = "oes/special-requests/oesm25st.zip";
    private static final String SECTOR_ZIP = "oes/special-requests/oesm25in4.zip";

    private static final List<String> SETTINGS = List.of(FetchOptions.CACHE_PROPERTY, FetchOptions.BASE_URL_PROPERTY,
            FetchOptions.CONTACT_PROPERTY, FetchOptions.OFFLINE_PROPERTY);

    @TempDir
    Path cache;
    private LocalBls bls;
    /** The build's own settings (pom.xml: a closed port, the build's cache), put back after each test. */
    private SavedProperties saved;

    @BeforeEach
    void start() throws IOException {
        saved = SavedProperties.save(SETTINGS);
        bls = new LocalBls();
        // The state layout with real 2025 national rows under every real state code (not real state figures).
        bls.serve(STATE_ZIP, Reply.ok(RealFiles.zip(Map.of("oesm25st/state_M2025_dl.xlsx",
                RealFiles.stateWorkbook(2025, 5)))));
        System.setProperty(FetchOptions.CACHE_PROPERTY, cache.toString());
        System.setProperty(FetchOptions.BASE_URL_PROPERTY, bls.base().toString());
        System.setProperty(FetchOptions.CONTACT_PROPERTY, "analyst@example.org");
    }

    @AfterEach
    void stop() {
        saved.restore();
        bls.close();
    }

    @Test
    void areaTX_fetchesTheStateFileOnce_andSaysWhatItDownloads() {
        CliRun first = run("profile", "11-1011", "--area", "TX");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Texas"), first.out());
        assertTrue(first.err().contains("--area TX: the embedded data are national; reading OEWS May 2025 state "
                + "estimates from the cache or from BLS"), first.err());
        assertTrue(first.err().contains("Downloading " + bls.base().resolve(STATE_ZIP)), first.err());
        assertEquals(1, bls.requests(STATE_ZIP).size());

        CliRun again = run("profile", "11-1011", "--area", "Texas");
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains("Downloading"), again.err());
        assertEquals(1, bls.requests(STATE_ZIP).size(), "the second command reads the cache");
        assertEquals(first.out(), again.out());
    }

    @Test
    void offline_withoutTheFile_exits3_namingTheCommandThatFetchesIt() {
        System.setProperty(FetchOptions.OFFLINE_PROPERTY, "true");
        CliRun r = run("rank", "11-1011", "150000", "--area", "48");
        assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.err());
        assertTrue(r.err().contains("fetch oews state 2025"), r.err());
        assertEquals(0, bls.requests(STATE_ZIP).size());
    }

    @Test
    void withoutAContactEmail_exits2_sayingWhyBlsNeedsIt() {
        System.clearProperty(FetchOptions.CONTACT_PROPERTY);
        if (System.getenv(FetchOptions.CONTACT_ENV) != null) {
            return; // a contact in the environment would rightly let the download go ahead
        }
        CliRun r = run("profile", "11-1011", "--area", "TX");
        assertEquals(ExitCode.USAGE.code(), r.code(), r.err());
        assertTrue(r.err().contains(FetchOptions.CONTACT_ENV), r.err());
        assertEquals(0, bls.requests(STATE_ZIP).size());
    }

    @Test
    void theFetchCommandsOptions_contactCacheAndOffline_workOnAnOccupationCommand(@TempDir Path own) {
        System.clearProperty(FetchOptions.CONTACT_PROPERTY);
        CliRun offline = run("profile", "11-1011", "--area", "TX", "--offline", "--cache", own.toString());
        assertEquals(ExitCode.NOT_FOUND.code(), offline.code(), offline.err());
        assertEquals(0, bls.requests(STATE_ZIP).size());

        // The error without a contact recommends --contact: the command takes it.
        CliRun r = run("profile", "11-1011", "--area", "TX", "--contact", "analyst@example.org", "--cache",
                own.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Texas"), r.out());
        assertEquals(1, bls.requests(STATE_ZIP).size());
        assertTrue(Files.isRegularFile(own.resolve("index.json")), "the file is cached in the folder --cache names");
    }

    /**
     * BLS's industry zip of May 2025 with a sector workbook: the first national rows and customer service
     * representatives under NAICS 56 (the 2025 national figures, not real sector figures).
     */
    private void serveSectorFile2025() {
        OewsTable national = Oews.national(2025);
        List<List<String>> rows = new ArrayList<>();
        rows.add(RealFiles.LAYOUT);
        for (int r = 0; r < national.size(); r++) {
            if (r < 5 || national.row(r).socCode().equals("43-4051")) {
                rows.add(RealFiles.row(national, r, "99", "U.S.", "1", "US", "000056", "Administrative and Support "
                        + "and Waste Management and Remediation Services", "sector"));
            }
        }
        bls.serve(SECTOR_ZIP, Reply.ok(RealFiles.zip(Map.of("oesm25in4/natsector_M2025_dl.xlsx",
                Workbooks.of("natsector_M2025_dl", rows)))));
    }

    @Test
    void industryOfAYearNotEmbedded_fetchesBlsIndustryFileOfThatYear_likeAreaDoes() {
        serveSectorFile2025();
        CliRun r = run("profile", "43-4051", "--industry", "56", "--year", "2025");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OEWS May 2025, U.S., NAICS 000056 Administrative and Support"), r.out());
        assertTrue(r.out().contains("Beside all industries (NAICS 000000, all ownerships), U.S., May 2025"), r.out());
        assertTrue(r.err().contains("--industry 56: the embedded industry estimates are of May 2024; reading OEWS May "
                + "2025 national by NAICS sector estimates from the cache or from BLS"), r.err());
        assertEquals(1, bls.requests(SECTOR_ZIP).size());
        CliRun again = run("rank", "43-4051", "40000", "--industry", "56", "--year", "2025");
        assertEquals(0, again.code(), again.err());
        assertEquals(1, bls.requests(SECTOR_ZIP).size(), "the second command reads the cache");

        // The embedded year is still read from the jar.
        CliRun embedded = run("profile", "43-4051", "--industry", "56", "--year", "2024");
        assertEquals(0, embedded.code(), embedded.err());
        assertTrue(embedded.out().contains("Employment: 405,860"), embedded.out());
        assertEquals(1, bls.requests(SECTOR_ZIP).size());
    }

    @Test
    void industryOfAYearNotEmbedded_offline_exits3_namingTheCommandThatFetchesIt() {
        System.setProperty(FetchOptions.OFFLINE_PROPERTY, "true");
        CliRun r = run("profile", "43-4051", "--industry", "56", "--year", "2025");
        assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.err());
        assertTrue(r.err().contains("fetch oews sector 2025"), r.err());
        assertEquals(0, bls.requests(SECTOR_ZIP).size());
    }

    @Test
    void anAreaTheStateFileLacks_isNotFoundThere_withoutTheEmbeddedDataHint() {
        // BLS's state file has Guam, Puerto Rico and the Virgin Islands but not the Northern Mariana Islands; "mp"
        // is inside "New Hampshire", which it must not find.
        CliRun r = run("profile", "11-1011", "--area", "MP");
        assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.err());
        assertTrue(r.err().contains("no area 'MP' in "), r.err());
        assertFalse(r.err().contains("The embedded data are national"), r.err());
        assertFalse(r.out().contains("New Hampshire"), r.out());
    }
}
