package io.github.wageoutlook.charts;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.wages.WageBasis;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The percentile fan chart on the real OEWS files, and the checks of {@link Chart}'s parts. */
class ChartsTest {

    @Test
    void percentileFan_customerService_hasBothBandsAndTheMedianWithPublishedFigures() {
        Chart fan = Charts.percentileFan("43-4051");

        assertEquals("Customer Service Representatives (43-4051): annual wage percentiles, May 2014–2025",
                fan.title());
        assertEquals("Survey year (May)", fan.xAxisTitle());
        assertEquals("Annual wage (US dollars)", fan.yAxisTitle());
        Chart.Band outer = (Chart.Band) fan.layers().get(0);
        Chart.Band inner = (Chart.Band) fan.layers().get(1);
        Chart.Line median = (Chart.Line) fan.layers().get(2);
        assertEquals(12, outer.x().size());
        int y2018 = outer.x().indexOf(2018.0);
        // OEWS May 2018, 43-4051: A_PCT10 22,140, A_PCT25 26,730, A_MEDIAN 33,750, A_PCT75 42,970, A_PCT90 55,310.
        assertEquals(22_140.0, outer.lower().get(y2018));
        assertEquals(55_310.0, outer.upper().get(y2018));
        assertEquals(26_730.0, inner.lower().get(y2018));
        assertEquals(42_970.0, inner.upper().get(y2018));
        assertEquals(33_750.0, median.y().get(y2018));
        // OEWS May 2017: A_MEDIAN 32,890.
        assertEquals(32_890.0, median.y().get(median.x().indexOf(2017.0)));
    }

    @Test
    void percentileFan_hourly_usesHourlyFiguresAndAxis() {
        Chart fan = Charts.percentileFan("43-4051", WageBasis.HOURLY);

        Chart.Line median = (Chart.Line) fan.layers().get(2);
        assertEquals(16.23, median.y().get(median.x().indexOf(2018.0)));
        assertEquals("Hourly wage (US dollars)", fan.yAxisTitle());
        assertEquals(Chart.AxisFormat.DOLLARS_AND_CENTS, fan.yAxisFormat());
    }

    @Test
    void percentileFan_topCodedPercentiles_areDrawnAtTheBoundAndNoted() {
        Chart fan = Charts.percentileFan("11-1011");

        Chart.Band outer = (Chart.Band) fan.layers().get(0);
        assertEquals(239_200.0, outer.upper().get(outer.x().indexOf(2024.0)));
        // May 2025 publishes the wage itself: chief executives' P90 $507,730.
        assertEquals(507_730.0, outer.upper().get(outer.x().indexOf(2025.0)));
        assertEquals(208_000.0, outer.upper().get(outer.x().indexOf(2018.0)));
        assertTrue(fan.notes().stream().anyMatch(n -> n.startsWith("Top-coded") && n.contains("P90 in 2014–2024")),
                fan.notes().toString());
    }

    @Test
    void percentileFan_codeOnlyInEarlyFiles_spansThoseYears() {
        // 15-1132 (software developers, applications) was replaced under SOC 2018: national files 2014–2018 only,
        // then the 2019–2020 hybrid codes; it reappears in no later file.
        Chart fan = Charts.percentileFan("15-1132");

        assertEquals(List.of(2014.0, 2015.0, 2016.0, 2017.0, 2018.0), fan.layers().get(0).x());
        assertTrue(fan.title().endsWith("May 2014–2018"), fan.title());
    }

    @Test
    void percentileFan_softwareDevelopers_saysWhichYearsComeFromWhichCode() {
        Chart fan = Charts.percentileFan("15-1252");

        assertEquals(List.of(2021.0, 2022.0, 2023.0, 2024.0, 2025.0), fan.layers().get(0).x());
        List<String> names = fan.layers().stream().map(Chart.Layer::name).toList();
        assertEquals(List.of("10th–90th percentile", "25th–75th percentile", "Median",
                "Median of 15-1132 (overlaps it)", "Median of 15-1133 (overlaps it)",
                "Median of 15-1256 (contains it)"), names);
        // OEWS May 2019, 15-1256: A_MEDIAN 107,510.
        Chart.Line hybrid = (Chart.Line) fan.layers().get(5);
        assertEquals(List.of(2019.0, 2020.0), hybrid.x());
        assertEquals(107_510.0, hybrid.y().get(0));
        assertTrue(fan.notes().stream().anyMatch(n -> n.startsWith("Codes by year: 2014–2018: 15-1132, 15-1133; "
                + "2019–2020: 15-1256; 2021–2025: 15-1252")), fan.notes().toString());
    }

    @Test
    void percentileFan_rowsWithAGapYear_notesTheAbsentYears() {
        List<io.github.wageoutlook.oews.OccupationWages> rows = List.of(
                Oews.national(2016).occupation("43-4051").orElseThrow(),
                Oews.national(2019).occupation("43-4051").orElseThrow());

        Chart fan = Charts.percentileFan(rows, WageBasis.ANNUAL);

        assertTrue(fan.notes().stream().anyMatch(n -> n.startsWith("No row for 43-4051 in 2017–2018")),
                fan.notes().toString());
    }

    @Test
    void percentileFan_unknownCode_namesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.percentileFan("99-9998"));
        assertEquals("No embedded OEWS year has SOC code 99-9998", e.getMessage());
    }

    @Test
    void percentileFan_rowsOfTwoOccupations_isRejected() {
        List<io.github.wageoutlook.oews.OccupationWages> rows = List.of(
                Oews.national(2018).occupation("43-4051").orElseThrow(),
                Oews.national(2018).occupation("43-4171").orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.percentileFan(rows, WageBasis.ANNUAL));
        assertTrue(e.getMessage().contains("one occupation expected"), e.getMessage());
    }

    @Test
    void toPng_isAnImageOfTheChartsSize() throws Exception {
        Chart small = Charts.percentileFan("43-4171").withSize(640, 400);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(small.toPng()));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(640, small.toImage().getWidth());
    }

    @Test
    void write_chosesFormatByExtensionAndRejectsOthers(@TempDir Path dir) throws Exception {
        Chart fan = Charts.percentileFan("39-6012");

        String svg = java.nio.file.Files.readString(fan.write(dir.resolve("fan.SVG")));
        assertTrue(svg.contains("<svg"), svg.substring(0, 200));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fan.write(dir.resolve("fan.jpg")));
        assertTrue(e.getMessage().contains("valid extensions .png, .svg"), e.getMessage());
    }

    @Test
    void band_upperBelowLower_namesLayerAndPoint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Chart.Band("P10–P90", List.of(2017.0, 2018.0), List.of(1.0, 5.0), List.of(2.0, 4.0)));
        assertEquals("Invalid value for upper of band 'P10–P90' at x = 2018.0 (valid values >= lower 5.0): 4.0",
                e.getMessage());
    }

    @Test
    void line_xNotAscending_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Chart.Line("m", List.of(2018.0, 2017.0), List.of(1.0, 2.0)));
        assertEquals("Invalid value for x[1] of layer 'm' (valid values > x[0] = 2018.0): 2017.0", e.getMessage());
    }

    @Test
    void points_nanValue_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Chart.Points("p", List.of(1.0), List.of(Double.NaN)));
        assertEquals("Invalid value for y[0] of layer 'p' (valid values: finite numbers): NaN", e.getMessage());
    }

    @Test
    void builder_withoutAxisTitles_refusesToBuild() {
        Chart.Builder b = Chart.builder("t").line("m", List.of(1.0), List.of(1.0));
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("needs both axis titles"), e.getMessage());
    }

    @Test
    void size_outOfRange_namesFieldRangeAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chart.builder("t").size(50, 400));
        assertEquals("Invalid value for width (valid values 100 - 10000 pixels): 50", e.getMessage());
    }

    @Test
    void aLongNote_isWrappedToTheChartWidth_wordsKeptWhole() {
        java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        java.awt.FontMetrics m = g.getFontMetrics();
        String note = "Cycles without 15-1252, drawn with the codes BLS's SOC crosswalk links to it: 2016-26 15-1132, "
                + "15-1133; 2019-29 15-1256 (not the same occupation: compare growth with care).";
        List<String> lines = XChartRenderer.wrap(note, m, 300);
        assertTrue(lines.size() > 1, lines.toString());
        for (String line : lines) {
            assertTrue(m.stringWidth(line) <= 300, line);
        }
        assertEquals(note, String.join(" ", lines.stream().map(String::strip).toList()));
        assertEquals(List.of("short note"), XChartRenderer.wrap("short note", m, 300));
    }
}
