package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded national industry estimates by sector (BLS OEWS May 2024, natsector_M2024_dl.xlsx), with the figures
 * BLS publishes for customer service representatives written here as BLS prints them.
 */
class IndustryEstimatesTest {

    private final OewsTable sectors = Oews.industries(2024);

    @Test
    void customerServiceRepresentatives_inAdministrativeAndSupportServices_private_may2024() {
        OccupationWages csr = sectors.industry("56").occupation("43-4051").orElseThrow();
        assertEquals("56", csr.industry().naics());
        assertEquals("Administrative and Support and Waste Management and Remediation Services", csr.industry().title());
        assertEquals(IndustryLevel.SECTOR, csr.industry().level());
        assertEquals(new Ownership("5", "Private"), csr.ownership());
        assertEquals(Area.NATIONAL, csr.area());
        assertEquals(405_860, csr.employment().value());
        assertEquals(Wage.annual(40_390), csr.annual().mean().wage());
        assertEquals(Wage.annual(37_550), csr.annual().median().wage());
        assertEquals(Wage.annual(29_460), csr.annual().p10().wage());
        assertEquals(Wage.annual(52_180), csr.annual().p90().wage());
        assertEquals(4.38, csr.percentOfIndustry().value());
        assertEquals(12, csr.percentReporting().value());
        assertTrue(csr.percentReporting().isExact());
        assertEquals(FigureStatus.BLANK, csr.jobsPer1000().status());
        assertEquals(FigureStatus.BLANK, csr.locationQuotient().status());
    }

    @Test
    void tableHolds20SectorOwnershipGroups_namedFromTheFile() {
        assertEquals(16_434, sectors.size());
        assertEquals(20, sectors.industries().size());
        assertEquals(20, sectors.contexts().size());
        assertEquals(List.of("5", "59", "235", "58", "57", "123"),
                sectors.ownerships().stream().map(Ownership::code).toList());
        assertEquals("Private and Postal Service", sectors.ownership("59").ownerships().get(0).title());
        assertEquals("Private", sectors.ownership("05").ownerships().get(0).title(), "with a leading zero");
        assertEquals(List.of(Area.NATIONAL), sectors.areas());
    }

    @ParameterizedTest(name = "industry(\"{0}\") is sector 56")
    @ValueSource(strings = {"56", "000056", "560000", " 56 ", "Administrative and Support and Waste Management and "
            + "Remediation Services", "waste management"})
    void industryLookup_codesWithOrWithoutPadding_titlesAndFragments(String query) {
        assertEquals(List.of("56"), sectors.industry(query).industries().stream().map(Industry::naics).toList());
    }

    @ParameterizedTest(name = "industry(\"{0}\") is manufacturing 31-33")
    @ValueSource(strings = {"31-33", "31", "32", "33", "manufacturing"})
    void industryLookup_sectorRanges(String query) {
        assertEquals("31-33", sectors.industry(query).industries().get(0).naics());
    }

    @Test
    void industryLookup_aMoreDetailedCode_namesTheSectorThatHoldsIt() {
        LookupException e = assertThrows(LookupException.class, () -> sectors.industry("5614"));
        assertTrue(e.getMessage().contains("no industry NAICS 5614"), e.getMessage());
        assertTrue(e.getMessage().contains("(NAICS 56)"), e.getMessage());
        LookupException calls = assertThrows(LookupException.class, () -> sectors.industry("561420"));
        assertTrue(calls.candidates().get(0).endsWith("(NAICS 56)"), calls.candidates()::toString);
    }

    @Test
    void industryLookup_unknownOrAmbiguous_namesCandidates_neverAnEmptyTable() {
        LookupException unknown = assertThrows(LookupException.class, () -> sectors.industry("Fnance and Insurnce"));
        assertTrue(unknown.getMessage().contains("nearest: Finance and Insurance (NAICS 52)"), unknown.getMessage());
        LookupException ambiguous = assertThrows(LookupException.class, () -> sectors.industry("services"));
        assertTrue(ambiguous.isAmbiguous());
        assertTrue(ambiguous.candidates().size() > 1, ambiguous.getMessage());
    }

    @Test
    void occupationOverTheWholeFile_refusesToPickOneOfTwentyContexts() {
        MixedContextsException e = assertThrows(MixedContextsException.class, () -> sectors.occupation("43-4051"));
        assertEquals(20, e.contexts().size());
        assertTrue(e.getMessage().contains("industry (20: NAICS 11 Agriculture"), e.getMessage());
        assertTrue(e.getMessage().contains("--industry"), e.getMessage());
    }

    @Test
    void theTwentyRowsOf43_4051_printDistinctly() {
        OewsTable csr = sectors.search("customer service representatives").level(GroupLevel.DETAILED);
        assertEquals(20, csr.size());
        Set<String> lines = new HashSet<>();
        csr.rows().forEach(r -> lines.add(r.toString()));
        assertEquals(20, lines.size(), "each row names its industry");
        String printed = csr.printRows(30);
        assertTrue(printed.contains("NAICS") && printed.contains("OWN_CODE"), printed);
        assertEquals(20, printed.lines().filter(l -> l.contains("43-4051")).distinct().count(), printed);
    }
}
