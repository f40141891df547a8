package io.github.wageoutlook.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code profile --format csv|json} and {@code --chart}, run through {@link Main#run} as a user would. */
class ProfileOutputTest {



    @Test
    void chart_writesPngOfDefaultSizeWithData(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("csr-fan.png");
        CliRun r = run("profile", "43-4051", "--year", "2018", "--chart", png.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Median                  $16.23      $33,750"), r.out());
        assertTrue(r.out().contains("Chart: " + png), r.out());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "PNG of " + bytes.length + " bytes");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                Arrays.copyOf(bytes, 8), "PNG signature");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        assertTrue(distinctColours(image) > 20, "a drawn chart, not a blank image");
    }

    @Test
    void chart_svgFileHoldsAnSvgDocument(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("fan.svg");
        CliRun r = run("profile", "43-4051", "--chart", svg.toString(), "--format", "csv");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("year,soc_code,"), "CSV output stays clean: " + r.out());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("width=\"900px\""), text.substring(0, 300));
    }

    @Test
    void chart_withOtherExtension_isUsageError() {
        CliRun r = run("profile", "43-4051", "--chart", "fan.gif");

        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("--chart must name a .png or .svg file, got 'fan.gif'"), r.err());
    }

    @Test
    void csv_parsesToOneRowPerStatisticWithThePublishedFigures() {
        CliRun r = run("profile", "43-4051", "--year", "2018", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r.out());
        List<String> header = fields(lines.get(0));
        List<String> expected = new java.util.ArrayList<>(List.of("year", "soc_code", "title", "level", "employment",
                "employment_rse_percent", "employment_rse_status", "wage_rse_percent", "wage_rse_status",
                "small_estimate", "statistic", "hourly", "annual", "hourly_status", "annual_status"));
        expected.addAll(List.of("area", "area_title", "area_type", "naics", "naics_title", "own_code", "own_title",
                "jobs_1000", "jobs_1000_status", "loc_quotient", "loc_quotient_status", "pct_total",
                "pct_total_status", "pct_rpt", "pct_rpt_status"));
        assertEquals(expected, header);
        Map<String, String> median = cells(header, lines.get(4));
        assertEquals("median", median.get("statistic"));
        assertEquals("33750", median.get("annual"));
        assertEquals("16.23", median.get("hourly"));
        assertEquals("2871400", median.get("employment"));
        Map<String, String> p90 = cells(header, lines.get(6));
        assertEquals("55310", p90.get("annual"));
        assertEquals("published", p90.get("annual_status"));
    }

    @Test
    void csv_topCodedFigureCarriesItsStatus() {
        CliRun r = run("profile", "11-1011", "--year", "2024", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        Map<String, String> p90 = cells(fields(lines.get(0)), lines.get(6));
        assertEquals("239200", p90.get("annual"));
        assertEquals("top-coded", p90.get("annual_status"));
    }

    @Test
    void json_parsesToAnArrayOfObjectsWithNumbers() {
        CliRun r = run("profile", "43-4051", "--year", "2017", "--format", "json");

        assertEquals(0, r.code(), r.err());
        List<?> rows = (List<?>) Json.parse(r.out());
        assertEquals(6, rows.size());
        Map<?, ?> median = (Map<?, ?>) rows.get(3);
        assertEquals("median", median.get("statistic"));
        assertEquals(15.81, (Double) median.get("hourly"), 1e-9);
        assertEquals(32_890.0, (Double) median.get("annual"), 1e-9);
        assertEquals(2017.0, (Double) median.get("year"), 1e-9);
        assertEquals("Customer Service Representatives", median.get("title"));
    }

    @Test
    void format_unknown_isUsageErrorNamingTheChoices() {
        CliRun r = run("profile", "43-4051", "--format", "xml");

        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("--format must be text, csv or json, got 'xml'"), r.err());
    }

    @Test
    void csv_quotesFieldsWithCommasAndQuotes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Output.csv(new Output.Rows(List.of("a", "b"), List.of(Arrays.asList("x, \"y\"", null))),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals("a,b\r\n\"x, \"\"y\"\"\",\r\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void json_escapesTextAndWritesNullForMissing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Output.json(new Output.Rows(List.of("a", "b", "c"), List.of(Arrays.asList("q\"\\\n", null, Double.NaN))),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        Map<?, ?> row = (Map<?, ?>) ((List<?>) Json.parse(bytes.toString(StandardCharsets.UTF_8))).get(0);
        assertEquals("q\"\\\n", row.get("a"));
        assertTrue(row.containsKey("b") && row.get("b") == null);
        assertTrue(row.containsKey("c") && row.get("c") == null);
    }

    static Map<String, String> cells(List<String> header, String line) {
        List<String> values = fields(line);
        assertEquals(header.size(), values.size(), line);
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(header.get(i), values.get(i));
        }
        return m;
    }

    /** The fields of one RFC 4180 line: quoted fields may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
