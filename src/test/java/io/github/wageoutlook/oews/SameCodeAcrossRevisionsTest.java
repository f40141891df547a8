package io.github.wageoutlook.oews;

import io.github.wageoutlook.inflation.WageHistory;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A code SOC 2018 kept may name another occupation: BLS's SOC tables are asked whenever a code crosses a revision, and
 * titles follow the code's vintage.
 */
class SameCodeAcrossRevisionsTest {

    @Test
    void financialAnalysts_2014to2018_areNotTheSameOccupationAs2021on() {
        OccupationLinks links = OccupationLinks.national("13-2051");
        for (int year = 2014; year <= 2018; year++) {
            OccupationLinks.Linked l = links.inYear(year).get(0);
            assertEquals("13-2051", l.row().socCode());
            assertEquals(OccupationLinks.Linkage.CONTAINS, l.linkage(), year + ": " + l.why());
            assertFalse(l.linkage().isComparable());
            assertTrue(l.why().contains("Financial Analysts") && l.why().contains("the occupation changed"), l.why());
        }
        assertEquals(OccupationLinks.Linkage.SAME_CODE, links.inYear(2021).get(0).linkage());
    }

    @Test
    void historyOfFinancialAnalysts_growsOnlyOverComparableYears() {
        WageHistory h = WageHistory.of("13-2051");
        WageHistory.Growth g = h.compoundAnnualGrowth().orElseThrow();
        assertEquals(2021, g.fromYear());      // was 2014: −0.4% a year across the split that created 13-2054
        assertEquals(2025, g.toYear());
        assertEquals(-1.4, 100 * g.rate(), 0.05);
        assertTrue(h.yearOverYear(2018).isEmpty() || h.entries(2018).get(0).linkage() != OccupationLinks.Linkage
                .SAME_CODE);
    }

    @Test
    void crosswalkTitles_followTheCodesVintage() {
        SocCrosswalk cw = SocCrosswalk.bls();
        SocCrosswalk.CodeChange first = cw.successorsOf("13-2051").get(0);
        assertEquals("Financial Analysts", first.fromTitle());                       // SOC 2010
        assertEquals("Financial and Investment Analysts", first.toTitle());          // SOC 2018
        assertEquals("Financial Analysts", cw.title("13-2051", 2018).orElseThrow());
        assertEquals("Financial and Investment Analysts", cw.title("13-2051", 2021).orElseThrow());
    }

    @Test
    void detailedCodesPublishedIn2018And2021_thatChangedMeaning_areFoundByTheCrosswalk() {
        SocCrosswalk cw = SocCrosswalk.bls();
        OewsTable may2018 = Oews.national(2018);
        OewsTable may2021 = Oews.national(2021);
        List<String> changed = new ArrayList<>();
        for (OccupationWages r : may2018.rows()) {
            if (r.level() == GroupLevel.DETAILED && may2021.occupation(r.socCode()).isPresent()
                    && cw.sameCodeAcross(r.socCode(), 2018, 2021) != SocCrosswalk.Relation.SAME_OCCUPATION) {
                changed.add(r.socCode());
            }
        }
        assertTrue(changed.containsAll(List.of("13-2051", "11-9199", "13-1199", "17-3029", "27-2099", "27-3099",
                "27-4099")), changed.toString());
        assertEquals(21, changed.size(), changed.toString());
        assertEquals(SocCrosswalk.Relation.SAME_OCCUPATION, cw.sameCodeAcross("43-4051", 2018, 2021));
    }
}
