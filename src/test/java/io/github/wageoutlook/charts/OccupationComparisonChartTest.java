package io.github.wageoutlook.charts;

import io.github.wageoutlook.careers.OccupationComparison;
import io.github.wageoutlook.careers.RelatedOccupations;
import io.github.wageoutlook.oews.Oews;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart of a comparison of occupations, on the real files (OEWS May 2018 and 2025, Projections 2024–34). */
class OccupationComparisonChartTest {

    @Test
    void seed2018_oneBarPerOccupation_fromP10ToP90_theMedianAsADot_growthBesideTheName() {
        Chart c = Charts.occupations(OccupationComparison.of(Oews.national(2018), "43-4051", "43-4171", "39-6012",
                "11-9081"));

        Chart.Segments bars = (Chart.Segments) c.layers().get(0);
        Chart.Points medians = (Chart.Points) c.layers().get(1);
        // OEWS May 2018 A_PCT10, A_PCT90 and A_MEDIAN; the first occupation at the top.
        assertEquals(List.of(22_140.0, 20_600.0, 21_850.0, 30_860.0), bars.x());
        assertEquals(List.of(55_310.0, 41_660.0, 50_380.0, 102_410.0), bars.to());
        assertEquals(List.of(4.0, 3.0, 2.0, 1.0), bars.y());
        assertEquals(List.of(33_750.0, 29_140.0, 30_400.0, 53_390.0), medians.x());
        assertEquals("1. Customer Service Representatives  ·  jobs 2024–34: -5.5% (decline)", bars.labels().get(0));
        assertTrue(c.notes().get(0).startsWith("Pay: BLS OEWS, May 2018, U.S. (national_M2018_dl.xlsx)"),
                c.notes().toString());
        assertTrue(c.toPng().length > 10_000);
    }

    @Test
    void relatedOccupations_carryOnetsRankAndAttribution() {
        Chart c = Charts.occupations(RelatedOccupations.onet().of("43-4051"));

        Chart.Segments bars = (Chart.Segments) c.layers().get(0);
        assertEquals(20, bars.labels().size());
        assertTrue(bars.labels().get(6).startsWith("Receptionists and Information Clerks (O*NET #7)"),
                bars.labels().get(6));
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("O*NET® is a trademark of USDOL/ETA.")));
        assertTrue(c.height() > Chart.DEFAULT_HEIGHT);
    }
}
