package io.github.wageoutlook.charts;

import io.github.wageoutlook.experience.CurveOptions;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.experience.ExperienceCurve;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The experience chart on the embedded PayScale brackets and the projection chart on the real EP and OEWS files. */
class ExperienceAndOutlookChartsTest {

    @Test
    void experienceCurve_customerService_drawsEachBracketOverItsYearsAndTheFittedCurve() {
        Chart c = Charts.experienceCurve("43-4051");

        assertEquals("Customer service representatives (43-4051): pay by years of experience", c.title());
        assertEquals("Years of experience", c.xAxisTitle());
        assertEquals("Annual pay (US dollars of 2019)", c.yAxisTitle());
        Chart.Segments brackets = (Chart.Segments) c.layers().get(0);
        // PayScale as quoted in career guides: 0–5 yrs $28,000, 5–10 $30,000, 10–20 $32,000, 20+ $34,000.
        assertEquals(List.of(0.0, 5.0, 10.0, 20.0), brackets.x());
        assertEquals(List.of(5.0, 10.0, 20.0, 30.0), brackets.to(), "open bracket drawn to 20 + 10 assumed years");
        assertEquals(List.of(28_000.0, 30_000.0, 32_000.0, 34_000.0), brackets.y());
        assertEquals("20+ yrs: $34,000/yr (to 30 assumed)", brackets.labels().get(3));
        Chart.Line curve = (Chart.Line) c.layers().get(1);
        assertEquals(0.0, curve.x().get(0));
        assertEquals(30.0, curve.x().get(curve.x().size() - 1));
        // The Mincer fit the experience command prints: $27,070 at 0 years, $34,420 at 30.
        assertEquals(27_070, curve.y().get(0), 5);
        assertEquals(34_420, curve.y().get(curve.y().size() - 1), 5);
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("Open bracket 20+ yrs") && n.contains("20–30 years")
                && n.contains("assumed width 10 years")), c.notes().toString());
    }

    @Test
    void experienceCurve_widerOpenBracket_isDrawnToTheWidthTheFitAssumed() {
        ExperienceBrackets csr = ExperienceBrackets.embedded().occupation("43-4051").orElseThrow();
        Chart c = Charts.experienceCurve(ExperienceCurve.fit(csr, CurveOptions.defaults().withOpenBracketWidth(15)));

        Chart.Segments brackets = (Chart.Segments) c.layers().get(0);
        assertEquals(35.0, brackets.to().get(3));
        Chart.Line curve = (Chart.Line) c.layers().get(1);
        assertEquals(35.0, curve.x().get(curve.x().size() - 1));
    }

    @Test
    void experienceCurve_occupationWithoutBrackets_namesTheOnesThatHaveThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.experienceCurve("29-1141"));

        assertTrue(e.getMessage().contains("'29-1141'") && e.getMessage().contains("43-4051"), e.getMessage());
    }

    @Test
    void projectionPaths_customerService_everyCycleIndexedToItsBaseYearWithRealizedOews() {
        Chart c = Charts.projectionPaths("43-4051");

        assertEquals("Year", c.xAxisTitle());
        assertEquals("Employment, base year of the cycle = 100", c.yAxisTitle());
        List<String> names = c.layers().stream().map(Chart.Layer::name).toList();
        assertEquals(List.of("2016-26 projected +4.9%", "2016-26 realized (OEWS)", "2019-29 projected -2.0%",
                "2019-29 realized (OEWS)", "2023-33 projected -5.0%", "2023-33 realized (OEWS)",
                "2024-34 projected -5.5%", "2024-34 realized (OEWS)"), names);
        Chart.Line p2016 = (Chart.Line) c.layers().get(0);
        assertEquals(2016.0, p2016.x().get(0));
        assertEquals(2026.0, p2016.x().get(p2016.x().size() - 1));
        assertEquals(100.0, p2016.y().get(0), 1e-9);
        // EP 2016-26: 2,784.5 → 2,920.8 thousand.
        assertEquals(100 * 2920.8 / 2784.5, p2016.y().get(p2016.y().size() - 1), 1e-9);
        Chart.Points r2016 = (Chart.Points) c.layers().get(1);
        // OEWS national employment of 43-4051: May 2016 2,707,040, May 2025 2,595,750.
        assertEquals(2016.0, r2016.x().get(0));
        assertEquals(100.0, r2016.y().get(0), 1e-9);
        assertEquals(2025.0, r2016.x().get(r2016.x().size() - 1));
        assertEquals(100 * 2_595_750.0 / 2_707_040.0, r2016.y().get(r2016.y().size() - 1), 1e-9);
        Chart.Points r2019 = (Chart.Points) c.layers().get(3);
        // May 2019 2,919,230.
        assertEquals(100 * 2_595_750.0 / 2_919_230.0, r2019.y().get(r2019.y().size() - 1), 1e-9);
        assertTrue(c.notes().get(0).contains("self-employed"), c.notes().toString());
    }

    @Test
    void projectionPaths_softwareDevelopers_drawTheCyclesBeforeSoc2018WithTheLinkedCodes() {
        Chart c = Charts.projectionPaths("15-1252");
        List<String> projected = c.layers().stream().map(Chart.Layer::name).filter(n -> n.contains("projected"))
                .toList();
        // 2016-26 projects SOC 2010's 15-1132 and 15-1133; 2019-29 the OEWS hybrid 15-1256; then 15-1252 itself.
        assertEquals(5, projected.size(), projected.toString());
        assertTrue(projected.get(0).startsWith("2016-26 15-1132 projected ")
                && projected.get(1).startsWith("2016-26 15-1133 projected ")
                && projected.get(2).startsWith("2019-29 15-1256 projected ")
                && projected.get(3).startsWith("2023-33 projected ")
                && projected.get(4).startsWith("2024-34 projected "), projected.toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("Cycles without 15-1252") && n.contains("15-1132")
                && n.contains("15-1256")), c.notes().toString());
    }

    @Test
    void projectionPaths_unknownCode_isRefusedNamingTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.projectionPaths("99-9998"));

        assertTrue(e.getMessage().contains("'99-9998'"), e.getMessage());
    }

    @Test
    void bothCharts_renderToPngOfTheirSizeWithTitledAxes() throws Exception {
        for (Chart c : List.of(Charts.experienceCurve("43-4051"), Charts.projectionPaths("43-4051"))) {
            byte[] png = c.toPng();
            assertTrue(png.length > 10_000, c.title() + ": " + png.length + " bytes");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(900, image.getWidth());
            assertEquals(560, image.getHeight());
            XYChart x = XChartRenderer.toXChart(c);
            assertEquals(c.xAxisTitle(), x.getXAxisTitle());
            assertEquals(c.yAxisTitle(), x.getYAxisTitle());
            assertFalse(x.getXAxisTitle().isBlank());
            assertTrue(c.toSvg().contains("<svg"), c.title());
        }
    }

    @Test
    void segments_onlyTheFirstCarriesTheLegendEntry() {
        XYChart x = XChartRenderer.toXChart(Charts.experienceCurve("43-4051"));

        assertTrue(x.getSeriesMap().get("Survey bracket average").isShowInLegend());
        assertFalse(x.getSeriesMap().get("Survey bracket average #4").isShowInLegend());
    }

    @Test
    void segments_endingBeforeTheyStart_areRefusedNamingTheSegment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chart.Segments("b",
                List.of(0.0, 5.0), List.of(5.0, 5.0), List.of(1.0, 2.0), List.of("", "")));

        assertEquals("Invalid value for to[1] of layer 'b' (valid values > x[1] = 5.0): 5.0", e.getMessage());
    }

    @Test
    void segments_labelsOfAnotherLength_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chart.Segments("b",
                List.of(0.0), List.of(5.0), List.of(1.0), List.of()));

        assertTrue(e.getMessage().contains("labels") && e.getMessage().endsWith(": 0"), e.getMessage());
    }
}
