package io.github.wageoutlook.soc;

import io.github.wageoutlook.soc.SocCrosswalk.CodeChange;
import io.github.wageoutlook.soc.SocCrosswalk.Link;
import io.github.wageoutlook.soc.SocCrosswalk.Relation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden tests against BLS's own tables: the SOC 2010 to 2018 crosswalk and the OEWS hybrid structure. */
class SocCrosswalkTest {
    private static final SocCrosswalk BLS = SocCrosswalk.bls();

    @Test
    void blsTables_readWhole_900MappingsAnd868HybridRows() {
        assertEquals(900, BLS.mappings().size());
        assertEquals(868, BLS.hybridRows().size());
        assertEquals(new SocCrosswalk.Mapping("11-1011", "Chief Executives", "11-1011", "Chief Executives"),
                BLS.mappings().get(0));
        assertEquals("Software Developers, Applications", BLS.title("15-1132").orElseThrow());
        assertEquals("Software Developers", BLS.title("15-1252").orElseThrow());
    }

    @Test
    void applicationsDevelopers_wereSplit_overlappingSoftwareDevelopersAndTesters_withEmploymentShares() {
        List<CodeChange> next = BLS.successorsOf("15-1132");
        assertEquals(List.of("15-1252", "15-1253"), next.stream().map(CodeChange::to).toList());
        assertTrue(next.stream().allMatch(c -> c.relation() == Relation.OVERLAPS));
        double toDevelopers = next.get(0).shareOfFrom().orElseThrow();
        double toTesters = next.get(1).shareOfFrom().orElseThrow();
        assertEquals(1.0, toDevelopers + toTesters, 1e-12);
        assertTrue(toDevelopers > 0.85 && toDevelopers < 0.95, "≈ 90%: " + toDevelopers);
    }

    @Test
    void softwareDevelopers_mergedFromApplicationsAndSystemsSoftware_sharesOfItsWorkersAddToOne() {
        List<CodeChange> before = BLS.predecessorsOf("15-1252");
        assertEquals(List.of("15-1132", "15-1133"), before.stream().map(CodeChange::from).toList());
        // 15-1252's workers shared in proportion to May 2018 employment: 903,160 and 405,330.
        assertEquals(903_160.0 / (903_160 + 405_330), before.get(0).shareOfTo().orElseThrow(), 1e-12);
        assertEquals(405_330.0 / (903_160 + 405_330), before.get(1).shareOfTo().orElseThrow(), 1e-12);
    }

    @Test
    void shares_followTheDocumentedFlows_onSmallTables() {
        List<SocCrosswalk.Mapping> m = List.of(
                new SocCrosswalk.Mapping("11-0001", "A", "21-0001", "X"),
                new SocCrosswalk.Mapping("11-0001", "A", "21-0002", "Y"),
                new SocCrosswalk.Mapping("11-0002", "B", "21-0002", "Y"));
        TreeMap<Integer, Map<String, Double>> e = new TreeMap<>();
        e.put(2018, Map.of("11-0001", 300.0, "11-0002", 100.0));
        e.put(2021, Map.of("21-0001", 200.0, "21-0002", 200.0));
        SocCrosswalk cw = SocCrosswalk.of(m, List.of()).withOewsEmployment(e);
        // flow(A→X) = 200 × 300/300 = 200; flow(A→Y) = 200 × 300/400 = 150; flow(B→Y) = 200 × 100/400 = 50.
        List<CodeChange> a = cw.successorsOf("11-0001");
        assertEquals(200.0 / 350, a.get(0).shareOfFrom().orElseThrow(), 1e-12);
        assertEquals(150.0 / 350, a.get(1).shareOfFrom().orElseThrow(), 1e-12);
        assertEquals(Relation.CONTAINS, a.get(0).relation());
        assertEquals(Relation.OVERLAPS, a.get(1).relation());
        assertEquals(0.25, cw.predecessorsOf("21-0002").get(1).shareOfTo().orElseThrow(), 1e-12);
        assertEquals(Relation.PART_OF, cw.successorsOf("11-0002").get(0).relation());
        // Without employment, no share is made up.
        assertTrue(SocCrosswalk.of(m, List.of()).successorsOf("11-0001").get(0).shareOfFrom().isEmpty());
    }

    @Test
    void unchangedAndRenumberedCodes_areTheSameOccupation() {
        assertEquals(Relation.SAME_OCCUPATION, BLS.successorsOf("43-4051").get(0).relation());
        CodeChange env = BLS.successorsOf("19-4091").get(0);
        assertEquals("19-4042", env.to());
        assertEquals(Relation.SAME_OCCUPATION, env.relation());
        assertEquals(1.0, env.shareOfFrom().orElseThrow(), 0.0);
    }

    @Test
    void oewsYears_linkThroughTheHybridStructure() {
        assertEquals(List.of(new Link("15-1256", "Software Developers and Software Quality Assurance Analysts and "
                + "Testers", Relation.CONTAINS)), BLS.linksInYear("15-1252", 2024, 2019));
        assertEquals(List.of("15-1132", "15-1133"), BLS.linksInYear("15-1252", 2024, 2016).stream()
                .map(Link::code).toList());
        assertTrue(BLS.linksInYear("15-1252", 2024, 2016).stream().allMatch(l -> l.relation() == Relation.OVERLAPS));
        assertEquals(Relation.PART_OF, BLS.relation("15-1253", 2021, "15-1256", 2019).orElseThrow());
        assertEquals(Relation.PART_OF, BLS.relation("13-1021", 2014, "13-1020", 2018).orElseThrow());
        assertTrue(BLS.relation("43-4051", 2018, "15-1252", 2021).isEmpty());
    }

    @Test
    void retiredCodes_byYear() {
        assertFalse(BLS.isRetired("15-1132", 2018));
        assertTrue(BLS.isRetired("15-1132", 2019));
        assertTrue(BLS.isRetired("15-1132", 2024));
        assertFalse(BLS.isRetired("15-1256", 2020));
        assertTrue(BLS.isRetired("15-1256", 2021));
        assertFalse(BLS.isRetired("15-1252", 2016), "not yet in use is not retired");
        assertFalse(BLS.isRetired("11-1031", 2025), "Legislators: not published for May 2025, not retired");
        assertFalse(BLS.isRetired("25-9045", 2024), "an OEWS aggregate still published");
        assertFalse(BLS.isRetired("43-4051", 2025));
    }

    @Test
    void whyAbsent_namesTheRevisionAndTheSuccessors() {
        String why = BLS.whyAbsent("15-1132", 2024).orElseThrow();
        assertTrue(why.startsWith("SOC code 15-1132 (Software Developers, Applications) was retired in SOC 2018; "
                + "OEWS published it for May 2014-2018. Its SOC 2018 successors: 15-1252 Software Developers (≈ 90% "
                + "of its workers), 15-1253 Software Quality Assurance Analysts and Testers"), why);
        assertTrue(BLS.whyAbsent("15-1252", 2016).orElseThrow().contains("not yet in use for May 2016"));
        assertEquals("OEWS did not publish 11-1031 (Legislators) for May 2025; OEWS published it for May 2014-2024.",
                BLS.whyAbsent("11-1031", 2025).orElseThrow());
        assertTrue(BLS.whyAbsent("99-9998", 2024).isEmpty());
    }

    @Test
    void badCodes_areRefused_namingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SocCrosswalk.Mapping("151132", "x", "15-1252", "y"));
        assertTrue(e.getMessage().startsWith("Invalid value for soc2010Code"), e.getMessage());
    }
}
