package io.github.wageoutlook.projections;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One occupation across cycles, the Handbook descriptors, and scenarios. */
class OutlookAcrossCyclesTest {

    @Test
    void customerServiceRepresentatives_inEveryCycle() {
        List<OccupationProjection> rows = Projections.acrossCycles("43-4051");
        // Published percent changes: 2016-26 +4.9, 2019-29 −2.0, 2023-33 −5.0, 2024-34 −5.5.
        assertEquals(List.of(4.9, -2.0, -5.0, -5.5), rows.stream().map(r -> r.percentChange().value()).toList());
        assertEquals(Projections.cycles(), rows.stream().map(OccupationProjection::cycle).toList());
    }

    @Test
    void softwareDevelopers_acrossCycles_followBlsSocTables() {
        List<LinkedProjection> rows = Projections.linkedAcrossCycles("15-1252");
        assertEquals(List.of("2016-26 15-1132 OVERLAPS", "2016-26 15-1133 OVERLAPS", "2019-29 15-1256 CONTAINS",
                        "2023-33 15-1252 SAME_OCCUPATION", "2024-34 15-1252 SAME_OCCUPATION"),
                rows.stream().map(l -> l.row().cycle() + " " + l.row().code() + " " + l.relation()).toList());
        assertTrue(rows.get(0).toString().startsWith("15-1132 Software developers, applications (2016-26"),
                rows.get(0).toString());
        assertTrue(rows.get(0).toString().contains(" [overlaps it: "), rows.get(0).toString());
        assertTrue(rows.get(4).note().isEmpty() && rows.get(4).isComparable()
                && !rows.get(4).toString().contains("["), rows.get(4).toString());
    }

    @Test
    void descriptors_ofCustomerServiceRepresentatives() {
        List<GrowthDescriptor> d = Projections.acrossCycles("43-4051").stream()
                .map(r -> Projections.cycle(r.cycle()).descriptor(r)).toList();
        // Career guides on customer service representatives: +5% in 2016-26 is "as fast as average".
        assertEquals(List.of(GrowthDescriptor.AS_FAST_AS_AVERAGE, GrowthDescriptor.DECLINE, GrowthDescriptor.DECLINE,
                GrowthDescriptor.DECLINE), d);
    }

    @ParameterizedTest
    @CsvSource({"7, MUCH_FASTER_THAN_AVERAGE", "6.4, FASTER_THAN_AVERAGE", "5, FASTER_THAN_AVERAGE",
        "4.4, AS_FAST_AS_AVERAGE", "2.5, AS_FAST_AS_AVERAGE", "2, SLOWER_THAN_AVERAGE", "0.5, SLOWER_THAN_AVERAGE",
        "0.4, LITTLE_OR_NO_CHANGE", "-0.4, LITTLE_OR_NO_CHANGE", "-0.5, DECLINE", "-5.5, DECLINE"})
    void publishedScale2024_34_roundsToAWholePercentFirst(double percent, GrowthDescriptor expected) {
        DescriptorScale s = DescriptorScale.of(Cycle.of(2024, 2034), 3.1);
        assertEquals(ThresholdBasis.PUBLISHED, s.basis());
        assertEquals(expected, s.describe(percent));
    }

    @Test
    void cycleWithoutPublishedThresholds_isInferredByTheStatedRule_andSaysSo() {
        DescriptorScale s = Projections.cycle("2019-29").descriptorScale();
        // All occupations +3.7% → 4%, one point above 2024-34's 3%: growth bounds 7/5/3/1 become 8/6/4/2.
        assertEquals(ThresholdBasis.INFERRED, s.basis());
        assertEquals(List.of(8, 6, 4, 2, 0), List.of(s.muchFasterFrom(), s.fasterFrom(), s.asFastFrom(),
                s.slowerFrom(), s.littleChangeFrom()));
        assertTrue(s.source().startsWith("Inferred"), s.source());
        // The cycle's own average always lands in "as fast as average".
        for (Cycle c : Projections.cycles()) {
            ProjectionsTable t = Projections.cycle(c);
            assertEquals(GrowthDescriptor.AS_FAST_AS_AVERAGE, t.descriptor(t.total()), c.toString());
        }
    }

    @Test
    void everyKnownScale_citesItsSource() {
        for (DescriptorScale s : DescriptorScale.known()) {
            assertTrue(s.source().length() > 40, s.toString());
            assertTrue(s.basis() != ThresholdBasis.INFERRED, s.toString());
        }
    }

    @Test
    void scaleBoundsOutOfOrder_isAnArgumentError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DescriptorScale(
                Cycle.of(2030, 2040), 5, 7, 3, 1, 0, ThresholdBasis.INFERRED, "test"));
        assertEquals("Invalid value for fasterFrom (valid values below muchFasterFrom = 5): 7", e.getMessage());
    }

    @Test
    void callCenterScenario_isShippedWithItsSource_andComparedWithAllIndustries() {
        Scenario s = Scenario.shippedFor("43-4051").get(0);
        assertEquals(36.0, s.projection().percentChange(), 1e-9);
        assertEquals(Cycle.of(2016, 2026), s.projection().cycle());
        assertTrue(s.source().contains("not shipped"), s.source());
        GrowthComparison c = s.compareWithAllIndustries();
        assertEquals(2784.5, c.reference().baseEmployment(), 1e-9);
        assertEquals(36.0 - 4.895, c.percentPoints(), 1e-3);
        assertEquals(0.0312, c.subject().growthRate(), 5e-5);
        assertEquals(GrowthDescriptor.MUCH_FASTER_THAN_AVERAGE,
                s.projection().descriptor(Projections.cycle("2016-26").descriptorScale()));
    }

    @Test
    void userScenario_getsEveryCalculation() {
        Projection mine = Projection.of("my plan", 120, 150, Cycle.of(2024, 2034)).withAnnualOpenings(20);
        Scenario s = Scenario.of("my plan", "43-4051", "", mine, "me");
        assertEquals(25.0, mine.percentChange(), 1e-9);
        assertEquals(200.0, mine.totalOpenings().value(), 1e-9);
        assertEquals(25.0 - (2660.3 / 2814.0 - 1) * 100, s.compareWithAllIndustries().percentPoints(), 1e-9);
    }

    @Test
    void toString_ofACycle_isACompactHead_andHtmlHasTheSameRows() {
        ProjectionsTable t = Projections.cycle("2016-26");
        List<String> lines = t.toString().lines().toList();

        // EP 2016-26 Table 1.7: 1,091 rows; all occupations 156,063.8 -> 167,582.3 thousand, +7.4%
        assertEquals(13, lines.size(), t.toString());
        assertTrue(lines.get(2).startsWith("00-0000  Total, all occupations"), lines.get(2));
        assertTrue(lines.get(2).contains("156,063.8  167,582.3      7.4"), lines.get(2));
        assertEquals("… 1,081 more rows", lines.get(12));
        String html = t.toHtml();
        assertTrue(html.contains("<td style=\"text-align:left\">&nbsp;&nbsp;Management occupations</td>"), html);
        assertTrue(html.contains("… 1,081 more rows"), html);
    }
}
