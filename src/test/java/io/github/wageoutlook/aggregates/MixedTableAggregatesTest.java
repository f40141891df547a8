package io.github.wageoutlook.aggregates;

import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.distributions.ContextGroup;
import io.github.wageoutlook.distributions.DistributionAccuracy;
import io.github.wageoutlook.distributions.DistributionColumns;
import io.github.wageoutlook.distributions.GroupDistribution;
import io.github.wageoutlook.distributions.NeighbourYearShape;
import io.github.wageoutlook.distributions.WageAtPercentile;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.WageHistory;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsAudit;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageComparison;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCrosswalk;
import io.github.wageoutlook.testing.AreaFiles;
import io.github.wageoutlook.wages.WageBasis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every aggregate on one mixed table — the national files of May 2023 and 2024, the national industry estimates by
 * sector of May 2024 and a state file — as an all-data file mixes them: each refuses, naming the contexts, or gives
 * one labelled result per context that equals the result on that context alone. Nothing adds rows of several
 * contexts into one number.
 */
class MixedTableAggregatesTest {

    @TempDir
    static Path dir;
    private static OewsTable mixed;
    private static OewsTable states;

    @BeforeAll
    static void mixTheTable() {
        // The office and administrative support occupations published in each year the state rows borrow from.
        List<String> codes = Oews.national(2024).majorGroup("43").level(GroupLevel.DETAILED).stream()
                .map(OccupationWages::socCode).filter(c -> AreaFiles.STATES.stream()
                        .allMatch(a -> Oews.national(a.figuresOf()).occupation(c).isPresent())).toList();
        List<String> withTotals = new ArrayList<>(List.of("00-0000", "43-0000"));
        withTotals.addAll(codes);
        states = Oews.read(AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES,
                withTotals.toArray(String[]::new)));
        mixed = OewsTable.concat(List.of(Oews.national(2023), Oews.national(2024), Oews.industries(2024), states));
    }

    private static void assertNamesTheContexts(MixedContextsException e) {
        assertTrue(e.getMessage().contains("year (2: 2023; 2024)"), e.getMessage());
        assertTrue(e.getMessage().contains("area (6: U.S. (99); Alabama (01)"), e.getMessage());
        assertTrue(e.getMessage().contains("industry (21: NAICS 000000 Cross-industry; NAICS 11 Agriculture"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--area"), e.getMessage());
        assertEquals(mixed.contexts(), e.contexts());
    }

    @Test
    void theMixedTable_holds27Contexts() {
        assertEquals(2 + 20 + 5, mixed.contexts().size());
    }

    @Test
    void groupDistribution_refusesTheMixedTable_andByContextEqualsEachContextAlone() {
        assertNamesTheContexts(assertThrows(MixedContextsException.class,
                () -> GroupDistribution.from(mixed, "43", WageBasis.ANNUAL)));
        Map<Context, GroupDistribution> byContext = GroupDistribution.byContext(mixed, "43", WageBasis.ANNUAL);
        assertEquals(mixed.contexts(), List.copyOf(byContext.keySet()), "every context has office occupations");
        GroupDistribution national2024 = byContext.get(Context.national(2024));
        assertEquals(GroupDistribution.from(Oews.national(2024), "43", WageBasis.ANNUAL).median(),
                national2024.median());
        GroupDistribution alabama = byContext.get(states.area("AL").contexts().get(0));
        assertEquals(GroupDistribution.from(states.area("AL"), "43", WageBasis.ANNUAL).median(), alabama.median());
        assertTrue(alabama.label().contains("Alabama"), alabama.label());
        Set<String> labels = byContext.values().stream().map(GroupDistribution::label).collect(Collectors.toSet());
        assertEquals(byContext.size(), labels.size(), "each result is labelled with its own context");
    }

    @Test
    void groupOfRows_refusesRowsOfSeveralContexts() {
        List<OccupationWages> rows = mixed.majorGroup("43").level(GroupLevel.DETAILED).rows();
        MixedContextsException e = assertThrows(MixedContextsException.class,
                () -> GroupDistribution.from("office", rows, WageBasis.ANNUAL));
        assertEquals(27, e.contexts().size());
    }

    @Test
    void distributionColumns_groupByArea_refusesSeveralYearsAndIndustries_byContextEqualsGroupDistribution() {
        DistributionColumns columns = DistributionColumns.fit(mixed, WageBasis.ANNUAL);
        assertNamesTheContexts(assertThrows(MixedContextsException.class,
                () -> columns.wageAtByAreaAndMajorGroup(mixed, 50)));
        Map<ContextGroup, WageAtPercentile> groups = columns.wageAtByContextAndMajorGroup(mixed, 50);
        Map<Context, GroupDistribution> reference = GroupDistribution.byContext(mixed, "43", WageBasis.ANNUAL);
        reference.forEach((context, group) -> {
            WageAtPercentile got = groups.get(new ContextGroup(context, "43"));
            assertEquals(group.median(), got, context::toString);
        });
        int[] twoContexts = IntStream.range(0, mixed.size())
                .filter(r -> mixed.row(r).socCode().equals("43-4051")).limit(2).toArray();
        assertThrows(MixedContextsException.class, () -> columns.mixtureWageAt(twoContexts, 50));
    }

    @Test
    void distributionColumns_groupByArea_onAStateFile_isOneResultPerState() {
        DistributionColumns columns = DistributionColumns.fit(states, WageBasis.ANNUAL);
        assertEquals(5, columns.wageAtByAreaAndMajorGroup(states, 50).size());
    }

    @Test
    void wageHistory_refusesSeveralAreasOrIndustries_acceptsOnePlaceOverYears() {
        MixedContextsException e = assertThrows(MixedContextsException.class,
                () -> WageHistory.of(mixed, "43-4051", Cpi.u(), SocCrosswalk.bls()));
        assertTrue(e.getMessage().contains("wage history of 43-4051"), e.getMessage());
        WageHistory national = WageHistory.of(mixed.area("US").industry("000000"), "43-4051", Cpi.u(),
                SocCrosswalk.bls());
        assertEquals(List.of(2023, 2024), national.years());
        assertEquals("U.S.", national.where());
    }

    @Test
    void accuracy_refusesAMixedTable_namingTheContexts() {
        assertNamesTheContexts(assertThrows(MixedContextsException.class,
                () -> DistributionAccuracy.measure(List.of(mixed))));
    }

    @Test
    void neighbourYearShape_usesOnlyTheSameContextsNeighbours() {
        List<OewsTable> national = List.of(Oews.national(2023), Oews.national(2024));
        List<OewsTable> withOthers = new ArrayList<>(mixed.byContext().values());
        OccupationWages csr2024 = Oews.national(2024).occupation("43-4051").orElseThrow();
        double[] inputs = {10, 50, 90};
        assertEquals(NeighbourYearShape.measure(national, WageBasis.ANNUAL, 25, inputs).estimate(csr2024),
                NeighbourYearShape.measure(withOthers, WageBasis.ANNUAL, 25, inputs).estimate(csr2024));
    }

    @Test
    void audit_namesEachFindingsContext_andNeverCallsRowsOfTwoContextsDuplicates() {
        assertEquals(List.of(), OewsAudit.findings(mixed));
        OewsTable twice = OewsTable.concat(List.of(states.area("TX"), states.area("TX")));
        List<OewsAudit.Finding> findings = OewsAudit.findings(twice);
        assertEquals(states.area("TX").size(), findings.size());
        assertTrue(findings.get(0).toString().contains("Texas"), findings.get(0)::toString);
        assertEquals("48", findings.get(0).context().area().code());
    }

    @Test
    void occupationLookup_andPercentileFan_refuseSeveralContexts() {
        assertThrows(MixedContextsException.class, () -> mixed.occupation("43-4051"));
        List<OccupationWages> rows = List.of(Oews.national(2023).occupation("43-4051").orElseThrow(),
                states.area("AL").occupation("43-4051").orElseThrow());
        MixedContextsException e = assertThrows(MixedContextsException.class,
                () -> Charts.percentileFan(rows, WageBasis.ANNUAL));
        assertTrue(e.getMessage().contains("area (2: U.S. (99); Alabama (01))"), e.getMessage());
        assertTrue(Charts.percentileFan(List.of(states.area("AL").occupation("43-4051").orElseThrow()),
                WageBasis.ANNUAL).notes().get(0).contains("state estimates, Alabama, all industries"));
    }

    @Test
    void wageComparison_andTablePrint_nameTheContextOfEveryRow() {
        List<OccupationWages> rows = mixed.search("customer service representatives").level(GroupLevel.DETAILED)
                .rows();
        String text = WageComparison.of("43-4051 everywhere", rows).toDisplayTable().toText(rows.size());
        assertTrue(text.contains("Area") && text.contains("Industry") && text.contains("Ownership"), text);
        assertEquals(rows.size(), text.lines().skip(2).distinct().count(), text);
        String printed = mixed.search("customer service representatives").level(GroupLevel.DETAILED).printRows(100);
        assertTrue(printed.contains("AREA_TITLE") && printed.contains("NAICS") && printed.contains("OWN_CODE"),
                printed);
    }
}
