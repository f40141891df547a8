package io.github.wageoutlook.cli;

import io.github.wageoutlook.testing.AreaFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --area}, {@code --industry}, {@code --ownership}, {@code --file} and {@code compare}, run as a user would: on
 * the embedded industry estimates (BLS OEWS May 2024 by sector, figures written here as BLS publishes them) and on
 * state and metropolitan files built from real rows.
 */
class AreaIndustryCommandsTest {

    @TempDir
    static Path dir;
    private static String state;
    private static String stateCsv2023;
    private static String metro;

    @BeforeAll
    static void files() {
        state = AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES, "00-0000", "43-0000", "43-4051",
                "43-4171", "11-1011").toString();
        stateCsv2023 = AreaFiles.write(dir, "state_M2023_dl.csv", AreaFiles.STATES, "00-0000", "43-4051")
                .toString();
        List<AreaFiles.AreaRow> areas = new ArrayList<>(AreaFiles.METROS);
        areas.addAll(AreaFiles.NONMETROS);
        metro = AreaFiles.write(dir, "MSA_M2024_dl.xlsx", areas, "43-4051").toString();
    }

    @Test
    void profile_industry56_showsAdministrativeAndSupportBesideAllIndustries() {
        CliRun r = run("profile", "43-4051", "--industry", "56", "--year", "2024");

        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("OEWS May 2024, U.S., NAICS 56 Administrative and Support and Waste Management and "
                + "Remediation Services, Private"), out);
        assertTrue(out.contains("Employment: 405,860"), out);
        assertTrue(out.contains("Mean                    $19.42      $40,390"), out);
        assertTrue(out.contains("10th percentile         $14.16      $29,460"), out);
        assertTrue(out.contains("Median                  $18.05      $37,550"), out);
        assertTrue(out.contains("90th percentile         $25.09      $52,180"), out);
        assertTrue(out.contains("(PCT_TOTAL): 4.38%; establishments reporting it (PCT_RPT): 12%"), out);
        assertTrue(out.contains("Beside all industries (NAICS 000000, all ownerships), U.S., May 2024"), out);
        assertTrue(out.contains("Median                   $37,550          $42,830         -12.3%"), out);
        // The projections and the PayScale brackets are national and cross-industry: labelled so beside a sector.
        assertTrue(out.contains("Outlook 2024-34 (national, all industries): "), out);
        assertTrue(out.contains("Experience (PayScale survey, self-reported, with bonuses, national): "), out);
    }

    @Test
    void profile_industry56_csvCarriesPctTotalAndPctRpt() {
        CliRun r = run("profile", "43-4051", "--industry", "000056", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        Map<String, String> median = ProfileOutputTest.cells(ProfileOutputTest.fields(lines.get(0)), lines.get(4));
        assertEquals("37550", median.get("annual"));
        assertEquals("405860", median.get("employment"));
        assertEquals("56", median.get("naics"));
        assertEquals("5", median.get("own_code"));
        assertEquals("Private", median.get("own_title"));
        assertEquals("4.38", median.get("pct_total"));
        assertEquals("published", median.get("pct_total_status"));
        assertEquals("12", median.get("pct_rpt"));
        assertEquals("published", median.get("pct_rpt_status"));
        assertEquals("blank", median.get("jobs_1000_status"));
        Map<String, String> p10 = ProfileOutputTest.cells(ProfileOutputTest.fields(lines.get(0)), lines.get(2));
        assertEquals("29460", p10.get("annual"));
        Map<String, String> p90 = ProfileOutputTest.cells(ProfileOutputTest.fields(lines.get(0)), lines.get(6));
        assertEquals("52180", p90.get("annual"));
        Map<String, String> mean = ProfileOutputTest.cells(ProfileOutputTest.fields(lines.get(0)), lines.get(1));
        assertEquals("40390", mean.get("annual"));
    }

    @Test
    void profile_anIndustryWhereFewerThanHalfAPercentReport_saysSo() {
        // 43-4051 in mining is 1% of establishments; chief executives in retail trade are reported by fewer than 0.5%.
        CliRun r = run("profile", "11-1011", "--industry", "44-45", "--format", "json");

        assertEquals(0, r.code(), r.err());
        Map<?, ?> row = (Map<?, ?>) ((List<?>) Json.parse(r.out())).get(0);
        assertEquals("under-0.5-percent", row.get("pct_rpt_status"));
        assertEquals(0.5, (Double) row.get("pct_rpt"));
    }

    @ParameterizedTest(name = "--area {0}")
    @ValueSource(strings = {"1", "01", "AL", "Alabama"})
    void stateFile_area1_01_AL_Alabama_giveTheSameAnswer(String area) {
        CliRun r = run("profile", "43-4051", "--file", state, "--area", area);
        CliRun reference = run("profile", "43-4051", "--file", state, "--area", "01");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Customer Service Representatives (SOC 43-4051, detailed) — OEWS May 2024, "
                + "Alabama"), r.out());
        assertEquals(reference.out(), r.out());
        assertTrue(r.out().contains("Jobs per 1,000 in Alabama (JOBS_1000)"), r.out());
        assertEquals(run("rank", "43-4051", "40000", "--file", state, "--area", "01").out(),
                run("rank", "43-4051", "40000", "--file", state, "--area", area).out());
    }

    @Test
    void stateFile_unknownArea_exits3NamingTheNearestAreas() {
        CliRun r = run("profile", "43-4051", "--file", state, "--area", "Alabma");

        assertEquals(Main.EXIT_NOT_FOUND, r.code());
        assertTrue(r.err().contains("no area 'Alabma' in state_M2024_dl.xlsx; nearest: Alabama (state 01)"), r.err());
    }

    @Test
    void stateFile_withoutArea_exits2NamingTheAreas() {
        CliRun r = run("profile", "43-4051", "--file", state);

        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("area (5: Alabama (01); Alaska (02); California (06); Texas (48); Puerto Rico "
                + "(72))"), r.err());
        assertTrue(r.err().contains("--area"), r.err());
    }

    @Test
    void metroFile_ambiguousArea_exits5ListingTheMatches() {
        CliRun r = run("percentile", "43-4051", "50", "--file", metro, "--area", "nonmetropolitan");
        assertEquals(ExitCode.AMBIGUOUS.code(), r.code());
        assertTrue(r.err().contains("matches 2 areas"), r.err());
        CliRun one = run("percentile", "43-4051", "50", "--file", metro, "--area", "Birmingham");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("Birmingham-Hoover, AL"), one.out());
    }

    @Test
    void embeddedData_areaOrMissingIndustryYear_sayWhereToGetThem() {
        // A state is not embedded: --area reads BLS's state file, which needs a contact e-mail to download (the
        // fetching itself is AreaFetchCommandTest's, against a local server); a title fragment is looked up in the
        // embedded national rows and named as missing there.
        if (System.getenv("WAGE_OUTLOOK_CONTACT") == null) {
            CliRun area = run("profile", "43-4051", "--area", "TX");
            assertEquals(ExitCode.USAGE.code(), area.code(), area.err());
            assertTrue(area.err().contains("--area TX: the embedded data are national; reading OEWS May 2025 state "
                    + "estimates") && area.err().contains("WAGE_OUTLOOK_CONTACT"), area.err());
        }
        // A name that is no state or metropolitan area is looked up among them, and the nearest are named.
        CliRun fragment = run("profile", "43-4051", "--area", "Gulf Coast");
        assertEquals(Main.EXIT_NOT_FOUND, fragment.code());
        assertTrue(fragment.err().contains("no area 'Gulf Coast' in the U.S. states and the 387 metropolitan areas"),
                fragment.err());
        // An industry file not embedded is read from BLS as a state file is (AreaFetchCommandTest): here without a
        // contact e-mail, so it stops before downloading.
        if (System.getenv("WAGE_OUTLOOK_CONTACT") == null) {
            CliRun year = run("profile", "43-4051", "--industry", "56", "--year", "2018");
            assertEquals(ExitCode.USAGE.code(), year.code(), year.err());
            assertTrue(year.err().contains("--industry 56: the embedded industry estimates are of May 2024; reading "
                    + "OEWS May 2018 national by NAICS sector estimates") && year.err().contains("WAGE_OUTLOOK_CONTACT"),
                    year.err());
        }
        CliRun file = run("profile", "43-4051", "--file", dir.resolve("nope.xlsx").toString());
        assertEquals(Main.EXIT_NOT_FOUND, file.code());
        CliRun industry = run("profile", "43-4051", "--industry", "5614");
        assertEquals(Main.EXIT_NOT_FOUND, industry.code());
        assertTrue(industry.err().contains("the industry there that contains it: Administrative and Support"),
                industry.err());
    }

    @Test
    void compare_byIndustry2024_ranksTheTwentySectorRowsByMedian() {
        CliRun r = run("compare", "43-4051", "--by", "industry", "--year", "2024");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Customer Service Representatives (SOC 43-4051) by industry — OEWS May "
                + "2024, U.S., ranked by annual median"), lines.get(0));
        assertTrue(lines.get(2).startsWith(" 1  NAICS 22 Utilities — Private"), lines.get(2));
        assertTrue(lines.get(2).contains("$58,530"), lines.get(2));
        assertTrue(lines.get(18).startsWith("17  NAICS 56 Administrative and Support"), lines.get(18));
        assertTrue(lines.get(18).contains("405,860") && lines.get(18).contains("$37,550"), lines.get(18));
        assertTrue(lines.get(21).startsWith("20  NAICS 71 Arts, Entertainment, and Recreation"), lines.get(21));
        assertTrue(lines.get(22).contains("All industries (NAICS 000000)") && lines.get(22).contains("$42,830"),
                lines.get(22));
    }

    @Test
    void compare_byIndustry_csvAndJson_oneRowPerSectorWithRanksAndStatuses() {
        CliRun csv = run("compare", "43-4051", "--by", "industry", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(21, lines.size());
        List<String> header = ProfileOutputTest.fields(lines.get(0));
        Map<String, String> administrative = lines.stream().skip(1).map(l -> ProfileOutputTest.cells(header, l))
                .filter(m -> m.get("naics").equals("56")).findFirst().orElseThrow();
        assertEquals("17", administrative.get("rank"));
        assertEquals("37550", administrative.get("median"));
        assertEquals("4.38", administrative.get("pct_total"));
        List<?> json = (List<?>) Json.parse(run("compare", "43-4051", "--by", "industry", "--format", "json").out());
        assertEquals(20, json.size());
        assertEquals(1.0, ((Map<?, ?>) json.get(0)).get("rank"));
    }

    @Test
    void compare_byState_onAStateFile_andAChart(@TempDir Path out) throws Exception {
        Path png = out.resolve("states.png");
        CliRun r = run("compare", "43-4051", "--by", "state", "--file", state, "--chart", png.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Jobs/1,000") && r.out().contains("Loc. quotient"), r.out());
        assertTrue(r.out().contains("Alabama (01)") && r.out().contains("Puerto Rico (72)"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void compare_byState_acrossTwoYearsOfFiles_takesTheYearAskedFor() {
        CliRun r = run("compare", "43-4051", "--by", "state", "--file", state, "--file", stateCsv2023, "--year",
                "2023");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OEWS May 2023"), r.out());
    }

    @Test
    void compare_badCombinations_areUsageErrors_andMissingStateData_notFound() {
        assertEquals(Main.EXIT_USAGE, run("compare", "43-4051", "--by", "industry", "--industry", "56").code());
        assertEquals(Main.EXIT_USAGE, run("compare", "43-4051", "--by", "county").code());
        assertEquals(Main.EXIT_USAGE, run("compare", "43-4051").code());
        // Without --file, --by state reads BLS's state file as --area TX does (AreaFetchCommandTest fetches it);
        // offline and not cached, it is not found, and the message says where to get it by hand.
        CliRun states = run("compare", "43-4051", "--by", "state", "--offline", "--cache",
                dir.resolve("empty-cache").toString());
        assertEquals(Main.EXIT_NOT_FOUND, states.code(), states.err());
        assertTrue(states.err().contains("--file oesm25st.zip"), states.err());
        CliRun areas = run("compare", "43-4051", "--by", "area");
        assertEquals(Main.EXIT_NOT_FOUND, areas.code(), areas.err());
        assertTrue(areas.err().contains("--file state_M2025_dl.xlsx"), areas.err());
    }

    @Test
    void ownership_alone_findsItsSector_andOneMatchingMany_namesTheIndustries() {
        CliRun government = run("profile", "43-4051", "--ownership", "123");
        assertEquals(0, government.code(), government.err());
        assertTrue(government.out().contains("NAICS 99 Federal, State, and Local Government"), government.out());
        CliRun privateSector = run("profile", "43-4051", "--ownership", "private");
        assertEquals(Main.EXIT_USAGE, privateSector.code());
        assertTrue(privateSector.err().contains("differ in industry (14:"), privateSector.err());
        assertEquals(0, run("rank", "43-4051", "40000", "--ownership", "5", "--industry", "52").code());
    }

    @ParameterizedTest(name = "--ownership {0} is no code of the file")
    @ValueSource(strings = {"1", "2", "7"})
    void ownership_aNumberThatIsNoCode_isNotFound_neverATitleContainingTheDigits(String code) {
        // OWN_CODE 57's title names "(Sector 71)" and "(Sector 72)": a number must match codes only.
        CliRun run = run("profile", "43-4051", "--ownership", code, "--year", "2024");
        assertEquals(Main.EXIT_NOT_FOUND, run.code(), run.err());
        assertTrue(run.err().contains("no ownership '" + code + "' in "), run.err());
        assertTrue(run.err().contains("nearest: "), run.err());
    }

    @Test
    void compareByOwnership_withOneOwnership_saysThereIsNothingToRank_andWhereOwnershipsAre() {
        CliRun r = run("compare", "43-4051", "--by", "ownership", "--year", "2024");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Only one ownership for 43-4051 in ") && r.err().contains("nothing to rank")
                && r.err().contains("--file all_data_M_2024.xlsx"), r.err());
        CliRun industries = run("compare", "43-4051", "--by", "industry", "--year", "2024");
        assertFalse(industries.err().contains("Only one"), industries.err());
    }

    @Test
    void experience_rebasedOnAnIndustrysMedian_orAStates() {
        CliRun sector = run("experience", "43-4051", "--rebase-year", "2024", "--industry", "56");
        assertEquals(0, sector.code(), sector.err());
        assertTrue(sector.out().contains("OEWS May 2024 median for 43-4051 (Customer Service Representatives, U.S., "
                + "NAICS 56 Administrative and Support and Waste Management and Remediation Services, Private) is "
                + "$37,550/yr"), sector.out());
        CliRun alabama = run("experience", "43-4051", "--rebase-year", "2024", "--file", state, "--area", "AL");
        assertEquals(0, alabama.code(), alabama.err());
        assertTrue(alabama.out().contains("(Customer Service Representatives, Alabama) is $34,710/yr"), alabama.out());
        assertEquals(Main.EXIT_USAGE, run("experience", "43-4051", "--area", "AL").code());
    }

    @Test
    void group_andHistory_onAStatesRows() {
        CliRun group = run("group", "43", "--file", state, "--area", "TX");
        assertEquals(0, group.code(), group.err());
        assertTrue(group.out().contains("May 2024, Texas"), group.out());
        CliRun history = run("history", "43-4051", "--file", stateCsv2023, "--file", state, "--area", "AL",
                "--nominal");
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains("OEWS, May 2023–2024, Alabama"), history.out());
        CliRun mixed = run("history", "43-4051", "--file", state);
        assertEquals(Main.EXIT_USAGE, mixed.code());
        assertTrue(mixed.err().contains("area (5:"), mixed.err());
    }
}
