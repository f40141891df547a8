package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.testing.AreaFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code compare OCC OCC …}, {@code compare OCC --similar} and {@code similar OCC}, run as a user would, on the
 * embedded files; the figures written here are BLS's as published (OEWS national May 2018 and May 2025, natsector
 * May 2024, Employment Projections 2024–34) and O*NET 29.3's order.
 */
class SideBySideCommandTest {
    private static final String ATTRIBUTION = "This page includes information from the O*NET 29.3 Database by the "
            + "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
            + "license. O*NET® is a trademark of USDOL/ETA.";

    @Test
    void seedCheck_2018_showsTheFourMedians() {
        CliRun r = run("compare", "43-4051", "43-4171", "39-6012", "11-9081", "--year", "2018");

        assertEquals(0, r.code(), r.err());
        for (String median : List.of("$33,750", "$29,140", "$30,400", "$53,390")) {
            assertTrue(r.out().contains(median), median + " in\n" + r.out());
        }
        assertTrue(r.out().contains("Median pay, May 2018"), r.out());
    }

    @Test
    void theSameFour_inMay2025() {
        CliRun r = run("compare", "43-4051", "43-4171", "39-6012", "11-9081");

        assertEquals(0, r.code(), r.err());
        // OEWS May 2025 A_MEDIAN; Employment Projections 2024-34.
        for (String figure : List.of("$44,770", "$38,010", "$38,950", "$69,250", "Median pay, May 2025",
                "Jobs 2024–34", "Openings a year, 2024–34", "Typical education", "341,700")) {
            assertTrue(r.out().contains(figure), figure + " in\n" + r.out());
        }
    }

    @Test
    void similar_listsTwentyInOnetsOrder_withReceptionistsMay2025Median_andTheAttribution() {
        CliRun r = run("similar", "43-4051");

        assertEquals(0, r.code(), r.err());
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*(\\d+)  (Primary-Short|Primary-Long|Supplemental)\\s.*?\\s(\\d{2}-\\d{4})"
                + "\\s").matcher(r.out());
        while (m.find()) {
            codes.add(m.group(3));
        }
        assertEquals(20, codes.size(), r.out());
        assertEquals(List.of("41-3091", "41-9041", "43-9041", "43-4141", "43-4041"), codes.subList(0, 5));
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Receptionists and Information Clerks")
                && l.contains("43-4171") && l.contains("$38,010")), r.out());
        assertTrue(r.out().replaceAll("\\R\\s+", " ").contains(ATTRIBUTION), r.out());
    }

    @Test
    void similar_anOnetCodeOewsPublishesUnderAnotherCode_isShownWithThatCode_andSaysSo() {
        CliRun r = run("similar", "43-4051", "--year", "2018");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Sales Representatives of Services") && l.contains(
                "41-3099")), r.out());
        assertTrue(r.out().replaceAll("\\R\\s+", " ").contains("as 41-3099 Sales Representatives, Services, All "
                + "Other for May 2018"), r.out());
    }

    @Test
    void compare_withTitleWords_forThreeOccupations() {
        CliRun r = run("compare", "registered nurses", "software developers", "cashiers");

        assertEquals(0, r.code(), r.err());
        for (String code : List.of("29-1141", "15-1252", "41-2011")) {
            assertTrue(r.out().contains(code), code + " in\n" + r.out());
        }
    }

    @Test
    void compare_sorted_byMedian_growth_openings_employment() {
        List<String> four = List.of("compare", "43-4051", "43-4171", "39-6012", "11-9081");
        assertEquals(List.of("11-9081", "43-4051", "39-6012", "43-4171"), order(four, "median"));
        assertEquals(List.of("11-9081", "39-6012", "43-4171", "43-4051"), order(four, "growth"));
        assertEquals(List.of("43-4051", "43-4171", "39-6012", "11-9081"), order(four, "openings"));
        assertEquals(List.of("43-4051", "43-4171", "39-6012", "11-9081"), order(four, "employment"));
        assertTrue(run("compare", "43-4051", "43-4171", "--sort", "median").out().contains("sorted by median pay"));
    }

    private static List<String> order(List<String> words, String by) {
        List<String> args = new ArrayList<>(words);
        args.addAll(List.of("--sort", by, "--format", "json"));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return ((List<?>) Json.parse(r.out())).stream().map(o -> (String) ((Map<?, ?>) o).get("soc_code")).toList();
    }

    @Test
    void anOccupationTheIndustryLacks_isListedAsSuch() {
        CliRun r = run("compare", "43-4051", "legislators", "--industry", "56", "--year", "2024");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Median pay, May 2024, NAICS 56, Private"), r.out());
        assertTrue(r.out().contains("$37,550"), r.out());   // natsector May 2024, NAICS 56 private, A_MEDIAN
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Legislators [1]") && l.contains("—")), r.out());
        assertTrue(r.out().contains("[1] Not in this context: BLS publishes no May 2024 estimate of 11-1031"),
                r.out());
        List<?> json = (List<?>) Json.parse(run("compare", "43-4051", "legislators", "--industry", "56", "--year",
                "2024", "--format", "json").out());
        Map<?, ?> legislators = (Map<?, ?>) json.get(1);
        assertEquals(false, legislators.get("in_context"));
        assertEquals("not-in-file", legislators.get("annual_median_status"));
        assertEquals(null, legislators.get("annual_median"));
        assertEquals("56", legislators.get("naics"));
    }

    @Test
    void withAStateFileAndArea_everyOccupationComesFromThatArea(@TempDir Path dir) {
        String state = AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES, "43-4051", "43-4171")
                .toString();
        CliRun r = run("compare", "43-4051", "43-4171", "29-1141", "--file", state, "--area", "AL",
                "--format", "json");

        assertEquals(0, r.code(), r.err());
        List<?> rows = (List<?>) Json.parse(r.out());
        assertEquals(3, rows.size());
        for (Object o : rows) {
            assertEquals("Alabama", ((Map<?, ?>) o).get("area_title"));
        }
        // The file holds Alabama's rows with the national figures of May 2019 (the test file's stand-in figures).
        double median = Oews.national(2019).occupation("43-4051").orElseThrow().annual().median().amount();
        assertEquals(median, ((Number) ((Map<?, ?>) rows.get(0)).get("annual_median")).doubleValue());
        assertEquals(false, ((Map<?, ?>) rows.get(2)).get("in_context"));
        CliRun text = run("compare", "43-4051", "43-4171", "29-1141", "--file", state, "--area", "AL");
        assertTrue(text.out().contains("Median pay, May 2024, Alabama"), text.out());
    }

    @Test
    void compareSimilar_putsTheOccupationFirst_andHtmlIsOneTable(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("similar.png");
        CliRun r = run("compare", "43-4051", "--similar", "--format", "html", "--chart", png.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<table>\n<caption>Customer Service Representatives and related occupations"),
                r.out());
        assertEquals(21, r.out().split("<tr><td style", -1).length - 1, "the occupation and its 20 related");
        assertTrue(r.out().contains("O*NET® is a trademark of USDOL/ETA."));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertTrue(image.getHeight() > 560, "taller for 21 rows: " + image.getHeight());
    }

    @Test
    void csvAndJson_holdTheSameRows() {
        CliRun csv = run("compare", "43-4051", "43-4171", "--year", "2018", "--format", "csv");
        CliRun json = run("compare", "43-4051", "43-4171", "--year", "2018", "--format", "json");

        assertEquals(3, csv.out().lines().count());
        assertTrue(csv.out().startsWith("row,soc_code,title,in_context,"), csv.out());
        Map<?, ?> first = (Map<?, ?>) ((List<?>) Json.parse(json.out())).get(0);
        assertEquals(33_750, ((Number) first.get("annual_median")).intValue());
        assertEquals(16.23, ((Number) first.get("hourly_median")).doubleValue());
        assertEquals("2024-34", first.get("projection_cycle"));
    }

    @Test
    void help_listsEveryOptionTheNewFormsTake() {
        Set<String> options = new HashSet<>(OewsSelection.options(true, "sort"));
        options.addAll(OewsSelection.FETCH_OPTIONS);
        options.addAll(List.of(OewsSelection.FILE, OewsSelection.OFFLINE, "hourly"));
        String compare = run("compare", "--help").out();
        String similar = run("similar", "--help").out();
        for (String o : options) {
            assertTrue(compare.contains("--" + o), "compare --help lacks --" + o + ":\n" + compare);
            assertTrue(similar.contains("--" + o), "similar --help lacks --" + o + ":\n" + similar);
        }
        assertTrue(compare.contains("--similar") && compare.contains("--by industry|ownership"), compare);
        assertTrue(compare.contains("--format text|csv|json|html"), compare);
        assertTrue(run("--help").out().contains("  similar "), "the command list names similar");
    }
}
