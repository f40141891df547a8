package io.github.wageoutlook.careers;

import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.Education;
import io.github.wageoutlook.projections.GrowthDescriptor;
import io.github.wageoutlook.projections.Training;
import io.github.wageoutlook.projections.WorkExperience;
import io.github.wageoutlook.wages.WageBasis;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests of {@link OccupationComparison} on the real files: the figures written here are BLS's as published
 * (OEWS national May 2018 and May 2025, the natsector May 2024 file, Employment Projections 2024–34 Table 1.2).
 */
class OccupationComparisonTest {
    private static final String[] SEED = {"43-4051", "43-4171", "39-6012", "11-9081"};

    @Test
    void seed2018_showsTheMediansCareerGuidesQuote() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2018), SEED);

        // OEWS May 2018 A_MEDIAN: customer service representatives, receptionists, concierges, lodging managers.
        assertEquals(List.of(33_750.0, 29_140.0, 30_400.0, 53_390.0), medians(c, WageBasis.ANNUAL));
        assertEquals(List.of(16.23, 14.01, 14.61, 25.67), medians(c, WageBasis.HOURLY));
        ComparedOccupation csr = c.rows().get(0);
        assertEquals(2_871_400.0, csr.employment().value());
        assertEquals(22_140.0, csr.p10(WageBasis.ANNUAL).amount());
        assertEquals(55_310.0, csr.p90(WageBasis.ANNUAL).amount());
        assertEquals(2018, c.year());
        String text = c.toString();
        for (String figure : List.of("$33,750", "$29,140", "$30,400", "$53,390", "$22,140 – $55,310",
                "Median pay, May 2018", "Jobs 2024–34", "Openings a year, 2024–34", "Typical education")) {
            assertTrue(text.contains(figure), figure + " in\n" + text);
        }
    }

    @Test
    void seed2025_theSameFourInMay2025Figures_withTheLatestOutlookAndEntryRequirements() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2025), SEED);

        // OEWS May 2025 A_MEDIAN and H_MEDIAN.
        assertEquals(List.of(44_770.0, 38_010.0, 38_950.0, 69_250.0), medians(c, WageBasis.ANNUAL));
        assertEquals(List.of(21.53, 18.27, 18.73, 33.29), medians(c, WageBasis.HOURLY));
        assertEquals(2_595_750.0, c.rows().get(0).employment().value());
        assertEquals(31_750.0, c.rows().get(0).p10(WageBasis.ANNUAL).amount());
        assertEquals(63_590.0, c.rows().get(0).p90(WageBasis.ANNUAL).amount());
        // Employment Projections 2024-34, Table 1.2: percent change, openings (thousands), education, experience,
        // training; descriptors on the published 2024-34 scale.
        ComparedOccupation csr = c.rows().get(0);
        assertEquals(-5.5, csr.percentChange().getAsDouble());
        assertEquals(Optional.of(GrowthDescriptor.DECLINE), csr.descriptor());
        assertEquals(341.7, csr.annualOpenings().getAsDouble());
        assertEquals(Optional.of(Education.HIGH_SCHOOL), csr.education());
        assertEquals(Optional.of(WorkExperience.NONE), csr.workExperience());
        assertEquals(Optional.of(Training.SHORT_TERM), csr.training());
        ComparedOccupation lodging = c.rows().get(3);
        assertEquals(3.4, lodging.percentChange().getAsDouble());
        assertEquals(Optional.of(GrowthDescriptor.AS_FAST_AS_AVERAGE), lodging.descriptor());
        assertEquals(Optional.of(WorkExperience.LESS_THAN_5_YEARS), lodging.workExperience());
        assertEquals(Optional.of(Training.MODERATE_TERM), c.rows().get(2).training());
        String text = c.toString();
        assertTrue(text.contains("341,700"), text);
        assertTrue(text.contains("-5.5%") && text.contains("Decline") && text.contains("0.0%"), text);
        assertTrue(text.contains("much faster >= 7%, faster 5 to 6%, as fast 3 to 4%"), "the legend: " + text);
        // The PayScale brackets of 43-4051, the only occupation the library has them for.
        assertTrue(csr.brackets().isPresent());
        assertTrue(c.rows().subList(1, 4).stream().allMatch(r -> r.brackets().isEmpty()));
        assertTrue(text.contains("0–5 yrs $28,000/yr; 5–10 yrs $30,000/yr; 10–20 yrs $32,000/yr; 20+ yrs $34,000/yr"),
                text);
    }

    @Test
    void titleWords_forThreeOccupations_resolveThroughTheOneLookup() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2025), "registered nurses",
                "software developers", "cashiers");

        assertEquals(List.of("29-1141", "15-1252", "41-2011"), c.rows().stream().map(ComparedOccupation::socCode)
                .toList());
        assertEquals("Software Developers", c.rows().get(1).title());
    }

    @Test
    void ambiguousOrUnknownNames_failAsTheLookupDoes() {
        OccupationLookupException nurse = assertThrows(OccupationLookupException.class,
                () -> OccupationComparison.of(Oews.national(2025), "43-4051", "nurse"));
        assertTrue(nurse.isAmbiguous());
        assertTrue(nurse.getMessage().contains("29-1141"), nurse.getMessage());
        OccupationLookupException typo = assertThrows(OccupationLookupException.class,
                () -> OccupationComparison.of(Oews.national(2025), "43-4051", "custmer service"));
        assertFalse(typo.isAmbiguous());
        assertTrue(typo.getMessage().contains("43-4051  Customer Service Representatives"), typo.getMessage());
        assertThrows(OccupationLookupException.class, () -> OccupationComparison.of(Oews.national(2025), "99-9999"));
    }

    @Test
    void anOccupationGivenTwice_isAnError_namingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OccupationComparison.of(Oews.national(2025), "43-4051", "customer service representatives"));
        assertTrue(e.getMessage().contains("already given as '43-4051'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OccupationComparison.of(Oews.national(2025)));
    }

    @Test
    void sortedBy_eachFigure_highestFirst() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2025), SEED);

        assertEquals(List.of("11-9081", "43-4051", "39-6012", "43-4171"), codes(c.sortedBy(
                OccupationComparison.Order.MEDIAN)));
        // 2024-34: lodging managers +3.4%, concierges +2.3%, receptionists 0.0%, customer service -5.5%.
        assertEquals(List.of("11-9081", "39-6012", "43-4171", "43-4051"), codes(c.sortedBy(
                OccupationComparison.Order.GROWTH)));
        // Openings a year: 341.7k, 128.5k, 6.8k, 5.4k.
        assertEquals(List.of("43-4051", "43-4171", "39-6012", "11-9081"), codes(c.sortedBy(
                OccupationComparison.Order.OPENINGS)));
        assertEquals(List.of("43-4051", "43-4171", "39-6012", "11-9081"), codes(c.sortedBy(
                OccupationComparison.Order.EMPLOYMENT)));
        assertTrue(c.sortedBy(OccupationComparison.Order.MEDIAN).caption().contains("sorted by median pay"));
        assertEquals(OccupationComparison.Order.GROWTH, OccupationComparison.Order.parse("Growth"));
        assertThrows(IllegalArgumentException.class, () -> OccupationComparison.Order.parse("salary"));
    }

    @Test
    void anOccupationTheContextLacks_isListedWithANote_notDropped() {
        OewsTable sector56 = Oews.industries(2024).industry("56").ownership("5");
        // Legislators (11-1031) are in the May 2024 national file but not in NAICS 56, private: the title is
        // found in the national file of the year and the row listed without figures.
        OccupationComparison c = OccupationComparison.of(sector56, "43-4051", "legislators");

        assertEquals(2, c.rows().size());
        ComparedOccupation csr = c.rows().get(0);
        ComparedOccupation legislators = c.rows().get(1);
        assertEquals(37_550.0, csr.median(WageBasis.ANNUAL).amount());   // natsector May 2024, NAICS 56, private
        assertEquals(405_860.0, csr.employment().value());
        assertFalse(legislators.isInContext());
        assertEquals("Legislators", legislators.title());
        assertFalse(legislators.median(WageBasis.ANNUAL).isAvailable());
        assertTrue(legislators.notes().get(0).startsWith("Not in this context"), legislators.notes().toString());
        String text = c.toString();
        assertTrue(text.contains("Median pay, May 2024, NAICS 56, Private"), text);
        assertTrue(text.contains("Jobs 2024–34, U.S."), "projections are national: " + text);
        assertTrue(text.contains("Legislators [1]") && text.contains("[1] Not in this context"), text);
    }

    @Test
    void aCodeTheYearDoesNotPublish_isListedWithBlsReason() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2025), "43-4051", "11-1031");

        ComparedOccupation legislators = c.rows().get(1);
        assertFalse(legislators.isInContext());
        assertTrue(legislators.notes().get(0).contains("OEWS did not publish 11-1031 (Legislators) for May 2025"),
                legislators.notes().toString());
        assertTrue(legislators.projection().isPresent(), "Employment Projections 2024-34 still project it");
    }

    @Test
    void aTableOfSeveralContexts_isRefused() {
        assertThrows(MixedContextsException.class, () -> OccupationComparison.of(Oews.industries(2024), "43-4051"));
    }

    @Test
    void topCodedMedians_printAsLowerBounds() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2024), "11-1011", "29-1211");

        // May 2024: chief executives' P90 and anesthesiologists' median are at the top-code, $239,200.
        assertTrue(c.rows().get(0).p90(WageBasis.ANNUAL).isLowerBound());
        assertTrue(c.rows().get(1).median(WageBasis.ANNUAL).isLowerBound());
        assertTrue(c.toString().contains("≥ $239,200"), c.toString());
        assertTrue(c.toString().contains("≥: at or above BLS's top-code"), c.toString());
    }

    @Test
    void projectionUnderAnotherCode_isTakenThroughBlsSocTables_andSaysSo() {
        // OEWS May 2018 publishes 41-3099; Employment Projections 2024-34 project the same occupation as 41-3091.
        OccupationComparison c = OccupationComparison.of(Oews.national(2018), "41-3099");

        ComparedOccupation r = c.rows().get(0);
        assertEquals("41-3091", r.projection().orElseThrow().code());
        assertTrue(r.notes().get(0).contains("project it as 41-3091"), r.notes().toString());
    }

    @Test
    void html_isOneSelfContainedTable_withEveryRowAndTheLegend() {
        OccupationComparison c = OccupationComparison.of(Oews.national(2018), SEED);
        String html = c.toHtml();

        assertTrue(html.startsWith("<table>\n<caption>Occupations compared — pay: OEWS May 2018"), html);
        assertTrue(html.contains(">$53,390<") && html.contains(">Median pay, May 2018<"), html);
        assertTrue(html.contains(">Notes<") && html.contains("Sources: BLS OEWS May 2018"), html);
        assertEquals(1, html.split("<table>", -1).length - 1);
    }

    @Test
    void toTable_oneRowPerOccupation_figuresAtPublishedPrecision() {
        Table t = OccupationComparison.of(Oews.national(2025), SEED).toTable();

        assertEquals(4, t.rowCount());
        assertEquals(44_770.0, t.doubleColumn("ANNUAL_MEDIAN").getDouble(0));
        assertEquals("published", t.stringColumn("ANNUAL_MEDIAN_STATUS").get(0));
        assertEquals(21.53, t.doubleColumn("HOURLY_MEDIAN").getDouble(0));
        assertEquals(-5.5, t.doubleColumn("EMPLOYMENT_CHANGE_PERCENT").getDouble(0));
        assertEquals(341.7, t.doubleColumn("ANNUAL_OPENINGS_THOUSANDS").getDouble(0));
        assertEquals("Decline", t.stringColumn("DESCRIPTOR").get(0));
        assertEquals("2024-34", t.stringColumn("PROJECTION_CYCLE").get(0));
        assertEquals("High school diploma or equivalent", t.stringColumn("EDUCATION").get(3));
        assertTrue(t.intColumn("ONET_INDEX").isMissing(0));
    }

    private static List<Double> medians(OccupationComparison c, WageBasis basis) {
        return c.rows().stream().map(r -> r.median(basis).amount()).toList();
    }

    private static List<String> codes(OccupationComparison c) {
        return c.rows().stream().map(ComparedOccupation::socCode).toList();
    }
}
