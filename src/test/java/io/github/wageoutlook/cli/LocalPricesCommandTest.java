package io.github.wageoutlook.cli;

import io.github.wageoutlook.testing.AreaFiles;
import io.github.wageoutlook.testing.AreaFiles.AreaRow;
import io.github.wageoutlook.testing.DataScientists2024;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --local-prices}: wages beside what they buy at the national price level (BEA's Regional Price Parities),
 * a comparison ranked by purchasing power, published and adjusted figures in separate columns, and the RPP year that
 * serves the OEWS year said with the figures. The state figures are real: data scientists, May 2024, from BLS's
 * query-tool export written in the state file's layout ({@link DataScientists2024}).
 */
class LocalPricesCommandTest {
    @TempDir
    Path dir;

    private String stateFile(String name) {
        return DataScientists2024.write(dir, name).toString();
    }

    @Test
    void compareByState_california136800_is123555AtNationalPrices_rankedByPurchasingPower() {
        CliRun r = run("compare", "15-2051", "--by", "state", "--file", stateFile("state_M2024_dl.csv"),
                "--local-prices");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).endsWith("ranked by annual median at national prices (purchasing power)"),
                lines.get(0));
        assertEquals("Prices: BEA Regional Price Parities 2024 (all items, U.S. = 100) for OEWS May 2024.",
                lines.get(1));
        String head = lines.get(2);
        assertTrue(head.contains("Median") && head.contains("Median at U.S. prices") && head.contains("RPP"), head);
        String california = line(lines, "California (06)");
        assertTrue(california.matches("2\\s+California \\(06\\)\\s+36,850\\s+\\$136,800\\s+\\$73,390\\s+\\$221,080\\s+"
                + "110\\.720\\s+\\$123,555\\s+\\$66,284\\s+\\$199,675"), california);
        // Purchasing power reorders the published ranking: Alabama (88.823) passes Texas (97.057).
        assertEquals(List.of("District of Columbia", "California", "Alabama", "Texas", "Wyoming", "Mississippi",
                "Delaware"), lines.subList(3, 10).stream().map(l -> l.replaceFirst("^\\S+\\s+", "")
                .replaceFirst(" \\(\\d+\\).*", "")).toList());
        assertTrue(line(lines, "Delaware").startsWith("–"), "Delaware's wages were not released: not ranked");
        assertTrue(r.out().contains("Source: BLS OEWS, state_M2024_dl.csv; U.S. Bureau of Economic Analysis, "
                + "Regional Price Parities (last updated February 19, 2026)."), r.out());
        // Without the flag, the published ranking (Texas above Alabama) and no adjusted column.
        CliRun plain = run("compare", "15-2051", "--by", "state", "--file", stateFile("state_M2024_dl.csv"));
        assertFalse(plain.out().contains("U.S. prices"), plain.out());
        assertTrue(plain.out().indexOf("Texas (48)") < plain.out().indexOf("Alabama (01)"), plain.out());
    }

    @Test
    void compareCsvAndJson_keepPublishedAndAdjustedFiguresInSeparateColumns() {
        String file = stateFile("state_M2024_dl.csv");
        CliRun csv = run("compare", "15-2051", "--by", "state", "--file", file, "--local-prices", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> header = Arrays.asList(csv.out().lines().findFirst().orElseThrow().split(","));
        for (String c : List.of("rank", "median", "median_status", "rank_at_national_prices",
                "median_at_national_prices", "p90_at_national_prices", "rpp", "rpp_year", "rpp_area", "rpp_note")) {
            assertTrue(header.contains(c), c + " in " + header);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(run("compare", "15-2051", "--by",
                "state", "--file", file, "--local-prices", "--format", "json").out());
        Map<String, Object> ca = rows.stream().filter(m -> "California".equals(m.get("area_title"))).findFirst()
                .orElseThrow();
        assertEquals(136_800.0, ((Number) ca.get("median")).doubleValue(), 0.0);
        assertEquals(123_555, ((Number) ca.get("median_at_national_prices")).doubleValue(), 0.0,
                "136,800 × 100 / 110.720 = 123,554.91, to the dollar");
        assertEquals(110.720, ((Number) ca.get("rpp")).doubleValue(), 0.0);
        assertEquals(2024, ((Number) ca.get("rpp_year")).intValue());
        assertEquals(2, ((Number) ca.get("rank_at_national_prices")).intValue());
        Map<String, Object> al = rows.get(2);
        assertEquals("Alabama", al.get("area_title"), "rows in the order of purchasing power");
        assertEquals(3, ((Number) al.get("rank_at_national_prices")).intValue());
        assertEquals(4, ((Number) al.get("rank")).intValue(), "rank stays the rank by the published median");
        Map<String, Object> de = rows.stream().filter(m -> "Delaware".equals(m.get("area_title"))).findFirst()
                .orElseThrow();
        assertNull(de.get("median_at_national_prices"));
        assertNull(de.get("rank_at_national_prices"));
    }

    @Test
    void anOewsYearAfterBeasNewest_usesTheNearestEarlierRpp_andSaysSo() {
        CliRun r = run("compare", "15-2051", "--by", "state", "--file", stateFile("state_M2025_dl.csv"),
                "--local-prices");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Prices: BEA Regional Price Parities 2024 (all items, U.S. = 100) for OEWS May "
                + "2025 wages: BEA's newest RPPs are of 2024 (they lag OEWS by about a year), so the nearest earlier "
                + "year is used."), r.out());
        CliRun profile = run("profile", "15-2051", "--file", stateFile("state_M2025_dl.csv"), "--area", "TX",
                "--local-prices", "--format", "csv");
        assertTrue(profile.out().contains("RPP 2024 for 2025 wages: BEA's newest RPPs are of 2024"), profile.out());
    }

    @Test
    void profileArea_localPrices_addsTheFiguresAtNationalPricesUnderThePublishedOnes() {
        CliRun r = run("profile", "15-2051", "--file", stateFile("state_M2024_dl.csv"), "--area", "CA",
                "--local-prices");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Median                  $65.77     $136,800"), r.out());
        assertTrue(r.out().contains("At national prices (published × 100 / RPP; BEA's Regional Price Parity of "
                + "California, all items, 2024: 110.720, U.S. = 100; RPP 2024 for 2024 wages):"), r.out());
        assertTrue(r.out().contains("Median                    $59.40       $123,555"), r.out());
        CliRun csv = run("profile", "15-2051", "--file", stateFile("state_M2024_dl.csv"), "--area", "CA",
                "--local-prices", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int annual = header.indexOf("annual");
        int adjusted = header.indexOf("annual_at_national_prices");
        assertTrue(annual >= 0 && adjusted > annual, header.toString());
        String median = lines.stream().filter(l -> l.contains(",median,")).findFirst().orElseThrow();
        assertTrue(median.contains(",136800,") && median.contains(",59.4,123555,"), median);
    }

    @Test
    void anAreaBeaDoesNotPrice_keepsItsPublishedFigures_andSaysWhy() {
        Path states = AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES, "43-4051");
        CliRun r = run("compare", "43-4051", "--by", "state", "--file", states.toString(), "--local-prices");
        assertEquals(0, r.code(), r.err());
        assertTrue(line(r.out().lines().toList(), "Puerto Rico").matches("–\\s+Puerto Rico \\(72\\).*\\s+n/a\\s+n/a"
                + "\\s+n/a\\s+n/a"), r.out());
        assertTrue(r.out().contains("n/a at U.S. prices, not ranked: BEA publishes no Regional Price Parity for Puerto"
                + " Rico (u.s. territory 72): its tables cover the 50 states and the District of Columbia, not the "
                + "territories."), r.out());
        CliRun profile = run("profile", "43-4051", "--file", states.toString(), "--area", "PR", "--local-prices");
        assertEquals(0, profile.code(), profile.err());
        assertTrue(profile.out().contains("At national prices: not available; BEA publishes no Regional Price Parity"
                + " for Puerto Rico"), profile.out());
    }

    @Test
    void houston_inAMetroTable_isCbsa26420_withItsPriceParity() {
        Path metro = AreaFiles.write(dir, "MSA_M2024_dl.xlsx", List.of(
                new AreaRow("26420", "Houston-The Woodlands-Sugar Land, TX", "4", "TX", 2024),
                new AreaRow("13820", "Birmingham-Hoover, AL", "4", "AL", 2021)), "43-4051");
        CliRun r = run("profile", "43-4051", "--file", metro.toString(), "--area", "Houston", "--local-prices");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OEWS May 2024, Houston-The Woodlands-Sugar Land, TX"), r.out());
        assertTrue(r.out().contains("BEA's Regional Price Parity of Houston-Pasadena-The Woodlands, TX, all items, "
                + "2024: 98.629, U.S. = 100"), r.out());
        CliRun csv = run("profile", "43-4051", "--file", metro.toString(), "--area", "Houston", "--local-prices",
                "--format", "csv");
        assertTrue(csv.out().lines().skip(1).allMatch(l -> l.contains(",26420,") && l.contains(",98.629,2024,")),
                csv.out());
    }

    /** The same comparison on BLS's own export of the query tool, {@code OES_Report_M2024_15-2051_by_state.csv}. */
    @Test
    void compareByState_ofBlsQueryToolExport_california136800_is123555AtNationalPrices() throws Exception {
        Path export = Path.of(LocalPricesCommandTest.class.getResource(
                "/oews/query-exports/OES_Report_M2024_15-2051_by_state.csv").toURI());
        CliRun r = run("compare", "15-2051", "--by", "state", "--file", export.toString(), "--local-prices");
        assertEquals(0, r.code(), r.err());
        String california = line(r.out().lines().toList(), "California");
        assertTrue(california.contains("$136,800") && california.contains("110.720")
                && california.contains("$123,555"), california);
    }

    private static String line(List<String> lines, String containing) {
        return lines.stream().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in " + lines));
    }
}
