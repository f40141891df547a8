package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionColumnsTest {

    private static final OewsTable Y2018 = Oews.national(2018);

    private static int rowOf(OewsTable t, String socCode) {
        return t.rows().indexOf(t.occupation(socCode).orElseThrow());
    }

    static Stream<Arguments> shippedTablesAndBases() {
        List<Arguments> out = new ArrayList<>();
        List<OewsTable> tables = new ArrayList<>(List.of(Oews.nationalAllYears()));
        Oews.industryYears().forEach(y -> tables.add(Oews.industries(y)));
        for (OewsTable t : tables) {
            for (WageBasis b : WageBasis.values()) {
                out.add(Arguments.of(t.name(), t, b));
            }
        }
        return out.stream();
    }

    /**
     * Every row of every shipped file (the twelve national years, 16,613 rows, and the national industry file), on
     * both bases: the model reproduces each published percentile exactly and ranks each published wage at its
     * percentile exactly, a top-coded percentile comes back as the top-code flagged as a lower bound, and a matched
     * upper tail gives BLS's published mean.
     */
    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("shippedTablesAndBases")
    void fit_ofEveryShippedRow_reproducesBlsPublishedPercentilesAndMeans(String name, OewsTable table,
                                                                         WageBasis basis) {
        DistributionColumns columns = DistributionColumns.fit(table, basis);
        List<Integer> published = WageSummary.PUBLISHED_PERCENTILES;
        ColumnResult[] wages = new ColumnResult[published.size()];
        for (int i = 0; i < wages.length; i++) {
            wages[i] = columns.wageAt(published.get(i));
        }
        int exact = 0;
        int topCoded = 0;
        int meansMatched = 0;
        for (int r = 0; r < table.size(); r++) {
            if (!columns.hasModel(r)) {
                assertTrue(Double.isNaN(wages[0].values()[r]), "row " + r);
                continue;
            }
            OccupationWages row = table.row(r);
            WageSummary s = row.wages(basis);
            OccupationDistribution d = columns.row(r);
            boolean censored = false;
            for (int i = 0; i < wages.length; i++) {
                WageFigure f = s.percentile(published.get(i));
                String where = row.socCode() + " " + row.year() + " " + basis + " P" + published.get(i);
                if (f.isLowerBound() || censored) {
                    censored = true;
                    if (d.topCode().isPresent()) { // else the top-code was not above the last exact figure
                        assertTrue(wages[i].lowerBounds()[r], where);
                        assertEquals(d.topCode().get().amount(), wages[i].values()[r], where);
                        topCoded++;
                    }
                } else if (f.isExact() && f.amount() > 0) {
                    assertEquals(f.amount(), wages[i].values()[r], where);
                    assertFalse(wages[i].lowerBounds()[r], where);
                    if (s.percentiles().stream().filter(g -> g.isExact() && g.amount() == f.amount()).count() == 1) {
                        assertEquals((double) published.get(i), d.rankOf(Wage.of(f.amount(), basis)).percentile(), where);
                    }
                    exact++;
                }
            }
            if (d.isMeanMatched()) {
                assertEquals(s.mean().amount(), d.mean().amount(), 1e-9 * s.mean().amount(), row.socCode());
                meansMatched++;
            }
        }
        assertTrue(exact > 10_000, "exact figures " + exact);
        assertTrue(meansMatched > 2_500, "means matched " + meansMatched);
        if (basis == WageBasis.ANNUAL && table.size() == Oews.nationalAllYears().size()) {
            assertTrue(topCoded > 100, "top-coded figures " + topCoded);
        }
    }

    // Golden: 43-4051 Customer Service Representatives, May 2018, P10 $22,140 … P90 $55,310, mean $36,470 published;
    // $40,000 ranks P68.5.
    @Test
    void row_ofCustomerServiceRepresentatives2018_isBlsFiguresAndRanks40000AtP68point5() {
        DistributionColumns columns = DistributionColumns.fit(Y2018, WageBasis.ANNUAL);
        int row = rowOf(Y2018, "43-4051");
        double[] expected = {22_140, 26_730, 33_750, 42_970, 55_310};
        double[] percentiles = {10, 25, 50, 75, 90};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], columns.wageAt(percentiles[i]).values()[row]);
        }
        assertEquals(68.5, columns.rankOf(40_000).values()[row], 0.05);
        OccupationDistribution d = columns.row(row);
        assertEquals("43-4051 Customer Service Representatives (May 2018)", d.label());
        assertEquals(36_470, d.mean().amount(), 1e-6);
        assertEquals(Y2018.row(row).employment(), d.employment());
        assertEquals(OccupationDistribution.from(Y2018.row(row), WageBasis.ANNUAL).points(), d.points());
    }

    // Golden: 11-1011 Chief Executives, May 2018: median $189,600, P75 and P90 top-coded (# = $208,000 and more).
    @Test
    void wageAt_aboveTheLastExactPercentileOfChiefExecutives2018_isTheTopCodeAsLowerBound() {
        DistributionColumns columns = DistributionColumns.fit(Y2018, WageBasis.ANNUAL);
        int row = rowOf(Y2018, "11-1011");
        assertEquals(189_600, columns.wageAt(50).values()[row]);
        assertFalse(columns.wageAt(50).lowerBounds()[row]);
        for (double p : new double[] {60, 75, 95}) {
            assertTrue(columns.wageAt(p).lowerBounds()[row], "P" + p);
        }
        assertEquals(208_000, columns.wageAt(75).values()[row]);
        assertEquals(50, columns.rankOf(300_000).values()[row]);
        assertTrue(columns.rankOf(300_000).lowerBounds()[row]);
    }

    // BLS's 43-0000 row, May 2018: median $35,760, which the mixture of its 56 detailed occupations meets within 1%.
    @Test
    void majorGroupMixtures_haveTheMembersOfGroupDistributionOfGroup() {
        for (int year : new int[] {2018, 2024}) {
            OewsTable t = Oews.national(year);
            DistributionColumns columns = DistributionColumns.fit(t, WageBasis.ANNUAL);
            for (double p : new double[] {50, 90}) {
                Map<AreaGroup, WageAtPercentile> groups = columns.wageAtByAreaAndMajorGroup(t, p);
                assertEquals(22, groups.size(), year + " groups " + groups.keySet());
                groups.forEach((key, got) -> {
                    WageAtPercentile want = GroupDistribution.from(t, key.majorGroup(), WageBasis.ANNUAL).wageAt(p);
                    assertEquals(want, got, year + " " + key + " P" + p);
                });
            }
        }
        double office = DistributionColumns.fit(Y2018, WageBasis.ANNUAL).wageAtByAreaAndMajorGroup(Y2018, 50)
                .get(new AreaGroup("99", "43")).wage().amount();
        assertEquals(35_760, office, 0.01 * 35_760);
    }

    // A file may publish decreasing percentiles (OewsAudit reports them); no distribution passes through them.
    @Test
    void fit_ofRowWithDecreasingPercentiles_hasNoModel_asFromRefusesIt() {
        Table plain = Y2018.toTable();
        int row = rowOf(Y2018, "43-4051");
        plain.doubleColumn("A_PCT75").set(row, 30_000.0); // below the published median, $33,750
        OewsTable edited = OewsTable.from(plain);
        DistributionColumns columns = DistributionColumns.fit(edited, WageBasis.ANNUAL);
        assertFalse(columns.hasModel(row));
        assertTrue(Double.isNaN(columns.wageAt(50).values()[row]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> columns.row(row));
        assertTrue(e.getMessage().contains("43-4051") && e.getMessage().contains("decreasing"), e.getMessage());
        assertTrue(columns.hasModel(row + 1));
    }

    // 11-1031 Legislators, May 2018: ANNUAL=TRUE, every hourly cell is *.
    @Test
    void row_withoutWagesOnTheBasis_namesTheOccupation() {
        DistributionColumns columns = DistributionColumns.fit(Y2018, WageBasis.HOURLY);
        int row = rowOf(Y2018, "11-1031");
        assertFalse(columns.hasModel(row));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> columns.row(row));
        assertTrue(e.getMessage().contains("11-1031") && e.getMessage().contains("hourly"), e.getMessage());
    }

    @Test
    void badArguments_areRefusedWithTheirRange() {
        DistributionColumns columns = DistributionColumns.fit(Y2018, WageBasis.ANNUAL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> columns.rankOf(-1));
        assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> columns.wageAt(100));
        assertTrue(e.getMessage().contains("0 < p < 100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> columns.rankOf(Double.NaN));
        assertThrows(IndexOutOfBoundsException.class, () -> columns.row(Y2018.size()));
    }
}
