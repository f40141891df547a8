package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Chart;
import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.oews.ContextComparison;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.testing.AreaFiles;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
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
 * The files people hold for places, run as a user would: exports of BLS's OEWS data query tool (real, unedited, in
 * src/test/resources/oews/query-exports), a state file in the layout before May 2019, and a state file in which one
 * state's estimate is small (built from real rows, its employment and RSE then set as the issue reports them).
 */
class QueryExportCommandTest {

    @TempDir
    static Path dir;
    private static String byState;
    private static String national;
    private static String losAngeles;
    private static String small;
    private static String state2017;

    private static String export(String name) {
        try {
            return Path.of(QueryExportCommandTest.class.getResource("/oews/query-exports/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void files() {
        byState = export("OES_Report_M2024_15-2051_by_state.csv");
        national = export("OES_Report_M2023_national_allocc.csv");
        losAngeles = export("OES_Report_M2021_LosAngeles_MSA_allocc.xlsx");
        // Door-to-door sales workers by state; Alaska's estimate rests on 40 jobs with a 48.5% RSE, and pays most.
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : AreaFiles.rows(AreaFiles.STATES, "41-9091")) {
            rows.add(new ArrayList<>(r));
        }
        List<String> header = rows.get(0);
        List<String> alaska = rows.stream().filter(r -> r.get(0).equals("'02")).findFirst().orElseThrow();
        alaska.set(header.indexOf("TOT_EMP"), "40");
        alaska.set(header.indexOf("EMP_PRSE"), "48.5");
        for (String w : List.of("A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90")) {
            alaska.set(header.indexOf(w), Long.toString(Math.round(Double.parseDouble(alaska.get(header.indexOf(w)))
                    * 3)));
        }
        small = AreaFiles.write(dir, "state_M2024_dl.xlsx", rows).toString();
        state2017 = AreaFiles.write(dir, "state_M2017_dl.xlsx", AreaFiles.pre2019StateRows(AreaFiles.STATES,
                "43-4051", "11-1011")).toString();
    }

    @Test
    void compareByState_onTheQueryToolExport_ranks52Areas() {
        CliRun r = run("compare", "15-2051", "--by", "state", "--file", byState);

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Data Scientists (SOC 15-2051) by area — OEWS May 2024"), lines.get(0));
        String ca = lines.stream().filter(l -> l.contains("California (06)")).findFirst().orElseThrow();
        assertTrue(ca.startsWith(" 3  California (06)") && ca.contains("$136,800") && ca.contains("$221,080"), ca);
        String de = lines.stream().filter(l -> l.contains("Delaware (10)")).findFirst().orElseThrow();
        assertTrue(de.startsWith(" –") && de.endsWith("n/a"), de);
        assertEquals(52, lines.stream().filter(l -> l.matches("^\\s*(\\d+|–)  .*\\(\\d\\d\\).*")).count(), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("10  Vermont (50) ◇")), r.out());
        assertTrue(r.out().contains("Source: BLS OEWS, OES_Report_M2024_15-2051_by_state.csv (OEWS data query tool "
                + "export, May 2024, data extracted November 5, 2025)."), r.out());
    }

    @Test
    void compareByState_json_carriesDelawaresWagesAsNotReleased() {
        CliRun r = run("compare", "15-2051", "--by", "state", "--file", byState, "--format", "json");

        assertEquals(0, r.code(), r.err());
        List<?> rows = (List<?>) Json.parse(r.out());
        assertEquals(52, rows.size());
        Map<?, ?> de = rows.stream().map(o -> (Map<?, ?>) o).filter(m -> m.get("area").equals("10")).findFirst()
                .orElseThrow();
        assertEquals(null, de.get("median"));
        assertEquals("not-released", de.get("median_status"));
        assertEquals(540.0, ((Number) de.get("employment")).doubleValue());
        Map<?, ?> ca = rows.stream().map(o -> (Map<?, ?>) o).filter(m -> m.get("area").equals("06")).findFirst()
                .orElseThrow();
        assertEquals(136_800.0, ((Number) ca.get("median")).doubleValue());
        assertEquals(221_080.0, ((Number) ca.get("p90")).doubleValue());
        assertEquals(3.2, ((Number) ca.get("employment_rse_percent")).doubleValue());
        assertEquals(false, ca.get("small_estimate"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"profile 15-2051 --area CA", "rank 15-2051 100000 --area CA",
        "percentile 15-2051 95 --area CA", "history 15-2051 --area CA", "compare 15-2051 --by state",
        "group 43 --national", "experience 43-4051 --rebase-year 2023 --national", "profile 11-1011 --la"})
    void everyOccupationCommand_takesAnExportAsItsFile(String command) {
        List<String> words = new ArrayList<>(List.of(command.split(" ")));
        String file = words.remove("--national") ? national : words.remove("--la") ? losAngeles : byState;
        words.addAll(List.of("--file", file));

        CliRun r = run(words.toArray(String[]::new));

        assertEquals(0, r.code(), r.err() + r.out());
        assertFalse(r.out().isBlank());
    }

    @Test
    void profile_ofAnExportWithTheMeansOnly_saysThePercentilesAreNotInTheFile() {
        CliRun r = run("profile", "11-1031", "--file", losAngeles);

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Legislators (SOC 11-1031, detailed) — OEWS May 2021, Los Angeles-Long "
                + "Beach-Anaheim, CA"), r.out());
        assertTrue(r.out().contains("Percentiles: not in this file"), r.out());
        assertTrue(r.out().contains("BLS publishes only annual wages for this occupation"), r.out());
        assertFalse(r.out().contains("10th percentile"), r.out());
    }

    @Test
    void stateFileBefore2019_namesItsStates() {
        CliRun r = run("compare", "43-4051", "--by", "state", "--file", state2017);

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Customer Service Representatives (SOC 43-4051) by area — OEWS May 2017, all "
                + "industries"), r.out());
        for (String s : List.of("Alabama (01)", "Alaska (02)", "California (06)", "Texas (48)", "Puerto Rico (72)")) {
            assertTrue(r.out().contains(s), s + "\n" + r.out());
        }
        CliRun profile = run("profile", "43-4051", "--file", state2017, "--area", "TX");
        assertEquals(0, profile.code(), profile.err());
        assertTrue(profile.out().startsWith("Customer Service Representatives (SOC 43-4051, detailed) — OEWS May "
                + "2017, Texas"), profile.out());
    }

    @Test
    void compare_smallEstimateFirst_isMarkedAndExplained() {
        CliRun r = run("compare", "41-9091", "--by", "state", "--file", small);

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).contains("Emp. RSE %") && lines.get(1).contains("Wage RSE %"), lines.get(1));
        assertTrue(lines.get(2).startsWith("1  Alaska (02) ◇"), lines.get(2));
        assertTrue(lines.get(2).contains("48.5"), lines.get(2));
        assertTrue(lines.stream().filter(l -> l.contains("◇")).count() == 2, "one row and the note\n" + r.out());
        assertTrue(r.out().contains("◇: small estimate: relative standard error of employment or of the mean wage "
                + "30% or more"), r.out());
    }

    @Test
    void compare_smallEstimate_isFlaggedInCsvAndJson() {
        CliRun csv = run("compare", "41-9091", "--by", "state", "--file", small, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        List<String> header = ProfileOutputTest.fields(lines.get(0));
        Map<String, String> alaska = ProfileOutputTest.cells(header, lines.get(1));
        assertEquals("02", alaska.get("area"));
        assertEquals("48.5", alaska.get("employment_rse_percent"));
        assertEquals("true", alaska.get("small_estimate"));
        assertEquals("false", ProfileOutputTest.cells(header, lines.get(2)).get("small_estimate"));

        CliRun json = run("compare", "41-9091", "--by", "state", "--file", small, "--format", "json");
        Map<?, ?> first = (Map<?, ?>) ((List<?>) Json.parse(json.out())).get(0);
        assertEquals(true, first.get("small_estimate"));
        assertEquals(48.5, ((Number) first.get("employment_rse_percent")).doubleValue());
        assertEquals(40.0, ((Number) first.get("employment")).doubleValue());
    }

    @Test
    void minEmployment_leavesOutTheSmallRows_andSaysHowMany() {
        CliRun r = run("compare", "41-9091", "--by", "state", "--file", small, "--min-employment", "100");

        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("Alaska (02)  "), r.out());
        assertTrue(r.out().lines().skip(2).findFirst().orElseThrow().startsWith("1  Puerto Rico (72)"), r.out());
        assertTrue(r.out().contains("Left out by --min-employment 100: 1 row (1 with fewer jobs): Alaska (02)."),
                r.out());

        CliRun csv = run("compare", "41-9091", "--by", "state", "--file", small, "--min-employment", "100",
                "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(AreaFiles.STATES.size(), csv.out().lines().count(), "a header and the four states kept");
        assertTrue(csv.err().contains("Left out by --min-employment 100: 1 row"), csv.err());

        CliRun none = run("compare", "41-9091", "--by", "state", "--file", small, "--min-employment", "10000000");
        assertEquals(Main.EXIT_NOT_FOUND, none.code(), none.out());
        CliRun negative = run("compare", "41-9091", "--by", "state", "--file", small, "--min-employment", "-5");
        assertEquals(Main.EXIT_USAGE, negative.code());
        assertTrue(negative.err().contains("--min-employment must be 0 or more jobs, got -5"), negative.err());
    }

    @Test
    void chart_drawsTheSmallEstimateHollow(@TempDir Path out) throws Exception {
        Path png = out.resolve("by-state.png");
        CliRun r = run("compare", "41-9091", "--by", "state", "--file", small, "--chart", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());

        ContextComparison c = ContextComparison.of(Oews.read(Path.of(small)), "41-9091",
                ContextComparison.Across.AREA);
        Chart chart = Charts.comparison(c);
        List<Chart.Points> points = chart.layers().stream().filter(l -> l instanceof Chart.Points)
                .map(l -> (Chart.Points) l).toList();
        Chart.Points hollow = points.stream().filter(Chart.Points::hollow).findFirst().orElseThrow();
        assertEquals("Median, small estimate (RSE 30%+)", hollow.name());
        double alaskaMedian = c.rows().get(0).annual().median().amount();
        assertEquals(List.of(alaskaMedian), hollow.x());
        assertFalse(points.stream().filter(p -> !p.hollow()).anyMatch(p -> p.x().contains(alaskaMedian)));
        assertTrue(chart.notes().stream().anyMatch(n -> n.startsWith("Hollow, ◇: small estimate")), chart.notes()
                .toString());
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void fanChart_drawsTheMedianOfASmallEstimateHollow() {
        Chart fan = Charts.percentileFan(List.of(Oews.read(Path.of(small)).area("AK").row(0)),
                io.github.wageoutlook.wages.WageBasis.ANNUAL);
        Chart.Points hollow = fan.layers().stream().filter(l -> l instanceof Chart.Points p && p.hollow())
                .map(l -> (Chart.Points) l).findFirst().orElseThrow();
        assertEquals(List.of(2024.0), hollow.x());
        assertTrue(fan.notes().stream().anyMatch(n -> n.startsWith("Hollow median, 2024: small estimate")),
                fan.notes().toString());
    }

    @Test
    void profile_ofTheSmallEstimate_saysSo_inTextAndCsv() {
        CliRun r = run("profile", "41-9091", "--file", small, "--area", "AK");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Employment: 40 (relative standard error 48.5%)"), r.out());
        assertTrue(r.out().contains("◇ A small estimate (employment RSE 48.5%)"), r.out());

        CliRun csv = run("profile", "41-9091", "--file", small, "--area", "AK", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        Map<String, String> mean = ProfileOutputTest.cells(ProfileOutputTest.fields(lines.get(0)), lines.get(1));
        assertEquals("true", mean.get("small_estimate"));
        assertEquals("48.5", mean.get("employment_rse_percent"));
    }
}
