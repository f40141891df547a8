package io.github.wageoutlook.careers;

import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.wages.WageBasis;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests of O*NET 29.3's Related Occupations as shipped, and of how each related occupation is placed in an
 * OEWS year (the figures are BLS's, OEWS national May 2018 and May 2025).
 */
class RelatedOccupationsTest {
    private static final RelatedOccupations ONET = RelatedOccupations.onet();

    @Test
    void theEmbeddedFile_holds923Occupations_with20RelatedEach() {
        assertEquals(923, ONET.codes().size());
        assertTrue(ONET.codes().stream().allMatch(c -> ONET.related(c).size() == 20));
        assertEquals("O*NET 29.3 Related Occupations (923 occupations, 20 related each)", ONET.toString());
    }

    @Test
    void customerServiceRepresentatives_haveTwentyRelated_inOnetsOrder() {
        List<RelatedOccupation> r = ONET.related("43-4051");

        assertEquals(List.of("41-3091.00", "41-9041.00", "43-9041.00", "43-4141.00", "43-4041.00", "43-3021.00",
                "43-4171.00", "43-4011.00", "43-3011.00", "43-4151.00", "41-1012.00", "43-1011.00", "41-2021.00",
                "43-9061.00", "43-4061.00", "43-4021.00", "13-1111.00", "11-2022.00", "43-3061.00", "41-3021.00"),
                r.stream().map(RelatedOccupation::onetCode).toList());
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), r.stream().map(RelatedOccupation::index).toList());
        RelatedOccupation receptionists = r.get(6);
        assertEquals("Receptionists and Information Clerks", receptionists.title());
        assertEquals(Relatedness.PRIMARY_LONG, receptionists.tier());
        assertEquals(Relatedness.PRIMARY_SHORT, r.get(0).tier());
        assertEquals(Relatedness.SUPPLEMENTAL, r.get(19).tier());
        assertEquals(r, ONET.related("43-4051.00"));
    }

    @Test
    void of_listsTheTwentyWithTheirMay2025Figures_andTheAttribution() {
        OccupationComparison c = ONET.of("43-4051");

        assertEquals(20, c.rows().size());
        assertEquals("41-3091", c.rows().get(0).socCode());
        ComparedOccupation receptionists = c.rows().get(6);
        assertEquals("43-4171", receptionists.socCode());
        assertEquals(38_010.0, receptionists.median(WageBasis.ANNUAL).amount());   // OEWS May 2025 A_MEDIAN
        assertEquals(7, receptionists.related().orElseThrow().index());
        assertTrue(receptionists.education().isPresent() && receptionists.descriptor().isPresent());
        String attribution = "This page includes information from the O*NET 29.3 Database by the U.S. Department of "
                + "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
                + "O*NET® is a trademark of USDOL/ETA.";
        assertEquals(attribution, c.attribution().get(0));
        assertTrue(c.toString().replaceAll("\\R\\s+", " ").contains(attribution), c.toString());
        assertTrue(c.toHtml().contains("O*NET® is a trademark of USDOL/ETA."));
        assertTrue(c.toString().contains("USDOL/ETA has not approved, endorsed, or tested these modifications."));
        assertTrue(c.caption().contains("in O*NET's order"), c.caption());
    }

    @Test
    void besides_putsTheOccupationFirst_thenItsRelated() {
        OccupationComparison c = ONET.besides(Oews.national(2025), "customer service representatives");

        assertEquals(21, c.rows().size());
        assertEquals("43-4051", c.rows().get(0).socCode());
        assertTrue(c.rows().get(0).related().isEmpty());
        assertEquals(44_770.0, c.rows().get(0).median(WageBasis.ANNUAL).amount());
        String html = c.toHtml();
        assertFalse(html.contains("more rows"), "every row of the HTML table: " + html);
    }

    @Test
    void anOnetCodePublishedUnderAnotherCode_isShownWithThatCode_andSaysSo() {
        // May 2018 (SOC 2010): O*NET's 41-3091.00 is OEWS's 41-3099.
        ComparedOccupation sales = ONET.of(Oews.national(2018), "43-4051").rows().get(0);
        assertEquals("41-3099", sales.socCode());
        assertEquals(OnetLink.Linkage.RENUMBERED, sales.link().orElseThrow().linkage());
        assertTrue(sales.notes().get(0).contains("as 41-3099 Sales Representatives, Services, All Other for May "
                + "2018"), sales.notes().toString());
        assertTrue(sales.median(WageBasis.ANNUAL).isAvailable());

        // May 2025: sales managers' related 13-1022.00 and 13-1023.00 are both published within 13-1020.
        OccupationComparison managers = ONET.of(Oews.national(2025), "11-2022");
        List<ComparedOccupation> buyers = managers.rows().stream().filter(r -> r.socCode().equals("13-1020")).toList();
        assertEquals(List.of("13-1022.00", "13-1023.00"), buyers.stream().map(r -> r.related().orElseThrow()
                .onetCode()).toList());
        for (ComparedOccupation b : buyers) {
            assertEquals(OnetLink.Linkage.BROADER_CODE, b.link().orElseThrow().linkage());
            assertTrue(b.notes().get(0).contains("only within 13-1020 Buyers and Purchasing Agents"), b.notes()
                    .toString());
            assertTrue(b.notes().get(b.notes().size() - 1).startsWith("The same OEWS row (13-1020) as"), b.notes()
                    .toString());
        }
        // In text, the code shown and a note's number beside the title.
        assertTrue(managers.toString().lines().anyMatch(l -> l.contains("Wholesale and Retail Buyers")
                && l.matches(".*\\[\\d+\\]\\s+13-1020\\s.*")), managers.toString());
    }

    @Test
    void relatedOccupationsWithoutFigures_areListedWithTheReason() {
        OccupationComparison chiefs = ONET.of(Oews.national(2025), "11-1011");
        ComparedOccupation legislators = chiefs.rows().stream().filter(r -> r.socCode().equals("11-1031"))
                .findFirst().orElseThrow();
        assertEquals(20, chiefs.rows().size());
        assertFalse(legislators.isInContext());
        assertEquals(OnetLink.Linkage.NOT_PUBLISHED, legislators.link().orElseThrow().linkage());
        assertTrue(legislators.notes().get(0).contains("OEWS did not publish 11-1031 (Legislators) for May 2025"),
                legislators.notes().toString());

        OnetLink developers = OnetLink.in(Oews.national(2018), "15-1252.00", "Software Developers");
        assertEquals(OnetLink.Linkage.SEVERAL_CODES, developers.linkage());
        assertTrue(developers.note().contains("15-1132") && developers.note().contains("15-1133"), developers.note());
        OnetLink fishing = OnetLink.in(Oews.national(2025), "45-3031.00", "Fishing and Hunting Workers");
        assertEquals(OnetLink.Linkage.NOT_PUBLISHED, fishing.linkage());
        assertTrue(fishing.note().contains("not in the OEWS estimates for May 2025"), fishing.note());
    }

    @Test
    void anOnetDetailOccupation_takesTheFiguresOfItsSocCode_andSaysSo() {
        OnetLink acute = OnetLink.in(Oews.national(2025), "29-1141.01", "Acute Care Nurses");

        assertEquals(OnetLink.Linkage.SAME_CODE, acute.linkage());
        assertEquals("29-1141", acute.oewsCode().orElseThrow());
        assertTrue(acute.isOnetDetail());
        assertTrue(acute.note().contains("OEWS publishes 29-1141 Registered Nurses as a whole"), acute.note());
    }

    @Test
    void aSocCodeOnetSplits_namesTheOnetOccupationsWithin() {
        OccupationLookupException e = assertThrows(OccupationLookupException.class, () -> ONET.related("11-9199"));
        assertFalse(e.isAmbiguous());
        assertTrue(e.getMessage().contains("11-9199.01"), e.getMessage());
        // OEWS's 13-1020 holds three SOC 2018 codes, each an O*NET occupation.
        OccupationLookupException buyers = assertThrows(OccupationLookupException.class,
                () -> ONET.of(Oews.national(2025), "buyers and purchasing agents"));
        assertTrue(buyers.getMessage().contains("13-1023.00"), buyers.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ONET.related("nurse"));
    }

    @Test
    void relatedness_readsOnetsLabels() {
        assertEquals(Relatedness.PRIMARY_SHORT, Relatedness.parse("primary-short"));
        assertEquals("Supplemental", Relatedness.SUPPLEMENTAL.toString());
        assertThrows(IllegalArgumentException.class, () -> Relatedness.parse("Tertiary"));
    }
}
