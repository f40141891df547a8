package io.github.wageoutlook.cli;

import io.github.wageoutlook.testing.AreaFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An all-data file holds one occupation in several contexts (here the U.S. cross-industry, California, and the U.S.
 * in NAICS 56, from real rows of other years): a command that picks one by default says which, in its header and on
 * standard error, with the options that pick another; a context asked for is not called a default.
 */
class DefaultContextCommandTest {
    private static final String[] CODES = {"00-0000", "43-0000", "43-4051", "43-4171", "43-3031", "43-9061"};
    private static final String STDERR = "all_data_M_2024.xlsx holds 2 areas and 2 industries: using U.S. (area 99) "
            + "and all industries (NAICS 000000) by default; choose another with --area (e.g. --area 06, California) "
            + "or --industry (e.g. --industry 000056)";
    private static final String HEADER = "U.S. (by default: U.S. of 2 areas, all industries of 2 industries; choose "
            + "another with --area, --industry)";

    @TempDir
    static Path dir;
    private static String allData;

    @BeforeAll
    static void file() {
        List<AreaFiles.AreaRow> areas = new ArrayList<>(List.of(new AreaFiles.AreaRow("99", "U.S.", "1", "US", 2024)));
        areas.add(AreaFiles.STATES.get(2)); // California
        List<List<String>> rows = new ArrayList<>(AreaFiles.rows(areas, CODES));
        List<List<String>> sector = AreaFiles.rows(List.of(new AreaFiles.AreaRow("99", "U.S.", "1", "US", 2022)), CODES);
        for (List<String> r : sector.subList(1, sector.size())) {
            List<String> cells = new ArrayList<>(r);
            cells.set(4, "'000056");
            cells.set(5, "Administrative and Support and Waste Management and Remediation Services");
            cells.set(6, "sector");
            cells.set(7, "'5");
            rows.add(cells);
        }
        allData = AreaFiles.write(dir, "all_data_M_2024.xlsx", rows).toString();
    }

    @Test
    void group_overAFileOfSeveralContexts_namesTheOneChosenByDefault_inTheHeaderAndOnStderr() {
        CliRun r = run("group", "43", "--file", allData);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("43-0000 Office and Administrative Support Occupations (May 2024) — annual "
                + "wages, " + HEADER + System.lineSeparator()), r.out());
        assertTrue(r.err().contains(STDERR), r.err());
    }

    @Test
    void profileRankPercentile_sayTheSame() {
        for (List<String> words : List.of(List.of("profile", "43-4051"), List.of("rank", "43-4051", "40000"),
                List.of("percentile", "43-4051", "90"))) {
            List<String> all = new ArrayList<>(words);
            all.addAll(List.of("--file", allData));
            CliRun r = run(all.toArray(String[]::new));
            assertEquals(0, r.code(), words + ": " + r.err());
            assertTrue(r.out().lines().findFirst().orElseThrow().endsWith("— OEWS May 2024, " + HEADER), words + ": "
                    + r.out());
            assertTrue(r.err().contains(STDERR), words + ": " + r.err());
        }
    }

    @Test
    void compare_saysWhichAreaOrIndustryIsFixedByDefault() {
        CliRun byIndustry = run("compare", "43-4051", "--by", "industry", "--file", allData);
        assertEquals(0, byIndustry.code(), byIndustry.err());
        assertTrue(byIndustry.err().contains("all_data_M_2024.xlsx holds 2 areas: using U.S. (area 99) by default; "
                + "choose another with --area (e.g. --area 06, California)"), byIndustry.err());
        assertTrue(byIndustry.out().lines().findFirst().orElseThrow().endsWith("ranked by annual median; by default: "
                + "U.S. of 2 areas; choose another with --area"), byIndustry.out());
        CliRun byArea = run("compare", "43-4051", "--by", "area", "--file", allData);
        assertEquals(0, byArea.code(), byArea.err());
        assertTrue(byArea.err().contains("all_data_M_2024.xlsx holds 2 industries: using all industries (NAICS "
                + "000000) by default; choose another with --industry (e.g. --industry 000056)"), byArea.err());
    }

    @Test
    void history_saysItOnStderr() {
        CliRun r = run("history", "43-4051", "--file", allData);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(STDERR), r.err());
    }

    @Test
    void aContextAskedFor_isNoDefault_andTheEmbeddedNationalFileHasNone() {
        CliRun california = run("group", "43", "--file", allData, "--area", "06");
        assertEquals(0, california.code(), california.err());
        assertTrue(california.out().startsWith("43-0000 Office and Administrative Support Occupations (May 2024, "
                + "California) — annual wages" + System.lineSeparator()), california.out());
        assertFalse(california.err().contains("by default"), california.err());
        CliRun sector = run("profile", "43-4051", "--file", allData, "--industry", "56");
        assertEquals(0, sector.code(), sector.err());
        assertFalse(sector.err().contains("by default") || sector.out().contains("by default"), sector.err());
        CliRun national = run("profile", "43-4051", "--year", "2018");
        assertTrue(national.out().startsWith("Customer Service Representatives (SOC 43-4051, detailed) — OEWS May "
                + "2018, U.S." + System.lineSeparator()), national.out());
        assertTrue(national.err().isEmpty(), national.err());
    }
}
