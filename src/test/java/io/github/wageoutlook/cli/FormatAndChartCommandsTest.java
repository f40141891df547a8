package io.github.wageoutlook.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --format csv|json} of rank, percentile, group, experience, outlook, history and {@code --chart} of
 * experience and outlook, run through {@link Main#run} and parsed back. */
class FormatAndChartCommandsTest {



    private static List<Map<String, String>> csv(String text) {
        List<String> lines = text.lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                m.put(header.get(i), cells[i]);
            }
            return m;
        }).toList();
    }

    private static List<?> json(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return (List<?>) Json.parse(r.out());
    }

    @Test
    void rank_json_givesThePercentileOfFortyThousandIn2018() {
        Map<?, ?> row = (Map<?, ?>) json(run("rank", "43-4051", "40000", "--year", "2018", "--format", "json")).get(0);

        // The text form prints "ranks at the 69th percentile (68.5)".
        assertEquals(68.5, (Double) row.get("percentile"), 0.05);
        assertEquals(40_000.0, (Double) row.get("wage"));
        assertEquals(false, row.get("lower_bound"));
        assertEquals("between the median and the 75th percentile", row.get("bracket"));
    }

    @Test
    void percentile_csv_publishedAndEstimatedPercentiles() {
        CliRun p90 = run("percentile", "43-4051", "90", "--year", "2018", "--format", "csv");
        CliRun p95 = run("percentile", "43-4051", "95", "--year", "2018", "--format", "csv");

        assertEquals(0, p90.code(), p90.err());
        assertEquals("55310", csv(p90.out()).get(0).get("wage"));
        assertEquals("published", csv(p90.out()).get(0).get("source"));
        assertEquals(62_870, Double.parseDouble(csv(p95.out()).get(0).get("wage")), 5);
        assertEquals("estimated", csv(p95.out()).get(0).get("source"));
    }

    @Test
    void group_csv_mixtureBesideBlsPublishedFigures() {
        CliRun r = run("group", "43", "--year", "2018", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = csv(r.out());
        assertEquals(6, rows.size());
        Map<String, String> median = rows.get(2);
        assertEquals("median", median.get("statistic"));
        // BLS 43-0000 May 2018 A_MEDIAN 35,760; the mixture gives $35,660 (the group command's figure).
        assertEquals("35760", median.get("bls_published"));
        assertEquals(35_660, Double.parseDouble(median.get("mixture")), 5);
    }

    @Test
    void experience_csv_curveThenBracketsWithTheOpenOneMarked() {
        CliRun r = run("experience", "43-4051", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = csv(r.out());
        assertEquals(9 + 4, rows.size());
        assertEquals("curve", rows.get(0).get("kind"));
        assertEquals(27_070, Double.parseDouble(rows.get(0).get("curve_pay")), 5);
        Map<String, String> open = rows.get(12);
        assertEquals("bracket", open.get("kind"));
        assertEquals("34000", open.get("survey_pay"));
        assertEquals("30", open.get("to_years"));
        assertEquals("open bracket: end assumed", open.get("note"));
    }

    @Test
    void experience_withTargetAndFormat_isUsageError() {
        CliRun r = run("experience", "43-4051", "--format", "json", "--target", "33000");

        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("--target and --rebase-year print text only"), r.err());
    }

    @Test
    void outlook_json_everyCycleWithTheBacktestWhereItExists() {
        List<?> rows = json(run("outlook", "43-4051", "--format", "json"));

        assertEquals(4, rows.size());
        double[] published = {4.9, -2.0, -5.0, -5.5};
        for (int i = 0; i < 4; i++) {
            assertEquals(published[i], (Double) ((Map<?, ?>) rows.get(i)).get("percent_change"), 1e-9);
        }
        Map<?, ?> first = (Map<?, ?>) rows.get(0);
        assertEquals("2016-26", first.get("cycle"));
        assertEquals(373.5, (Double) first.get("annual_openings_thousands"), 1e-9);
        assertEquals("As fast as average", first.get("descriptor"));
        // OEWS 43-4051: 2,707,040 (May 2016) → 2,595,750 (May 2025), 9 years; machine output keeps percents to 0.01.
        assertEquals(100 * (Math.pow(2_595_750.0 / 2_707_040, 1.0 / 9) - 1),
                (Double) first.get("realized_cagr_percent"), 0.005);
        assertEquals("43-4051", first.get("cycle_code"));
        assertEquals("same-code", first.get("linkage"));
        Map<?, ?> last = (Map<?, ?>) rows.get(3);
        assertEquals(2025.0, ((Number) last.get("oews_to_year")).doubleValue(), 0.0);
    }

    @Test
    void history_csv_realMedianIn2023DollarsOf2017() {
        CliRun r = run("history", "43-4051", "--dollars", "2023", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        Map<String, String> y2017 = csv(r.out()).stream().filter(m -> m.get("year").equals("2017")).findFirst()
                .orElseThrow();
        assertEquals("32890", y2017.get("nominal_median"));
        // 32,890 × 304.702 / 245.120 = 40,884.66 (CPI-U annual averages 2023 and 2017), printed as BLS prints annual
        // wages, to the nearest ten dollars.
        assertEquals("40880", y2017.get("median"));
        assertEquals("2023", y2017.get("dollars_of"));
    }

    @Test
    void experience_chart_writesPngWithTheCurve(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("experience.png");
        CliRun r = run("experience", "43-4051", "--chart", png.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Chart: " + png + " (900×560, Customer service representatives (43-4051): pay by"
                + " years of experience)"), r.out());
        assertPng(png);
    }

    @Test
    void outlook_chart_writesPngAndKeepsCsvClean(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("outlook.png");
        CliRun r = run("outlook", "43-4051", "--format", "csv", "--chart", png.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("cycle,soc_code,cycle_code,linkage,cycle_title,"), r.out());
        assertTrue(!r.out().contains("Chart:"), r.out());
        assertPng(png);
    }

    @Test
    void rank_chartOption_isNotOffered() {
        CliRun r = run("rank", "43-4051", "40000", "--chart", "x.png");

        assertEquals(Main.EXIT_USAGE, r.code());
    }

    private static void assertPng(Path png) throws Exception {
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "PNG of " + bytes.length + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
    }
}
