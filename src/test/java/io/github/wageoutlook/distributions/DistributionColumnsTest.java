package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionColumnsTest {

    private static final double[] ANNUAL_AMOUNTS = {0, 12_000, 22_140, 33_750, 40_000, 55_310, 60_000, 95_000,
        150_000, 208_000, 239_200, 400_000};
    private static final double[] HOURLY_AMOUNTS = {0, 7.25, 10.65, 16.23, 20, 26.59, 45, 100, 115, 180};
    private static final double[] PERCENTILES = {0.5, 5, 10, 17.3, 25, 50, 68.5, 75, 90, 95, 99, 99.9};

    /** Every row of all eleven shipped national years (15,212 rows, with *, # and ANNUAL/HOURLY-only rows). */
    @ParameterizedTest
    @EnumSource(WageBasis.class)
    void everyRow_ofEveryNationalYear_equalsItsOccupationDistribution(WageBasis basis) {
        OewsTable all = Oews.nationalAllYears();
        DistributionColumns columns = DistributionColumns.fit(all, basis);
        double[] amounts = basis == WageBasis.ANNUAL ? ANNUAL_AMOUNTS : HOURLY_AMOUNTS;
        ColumnResult[] ranks = new ColumnResult[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            ranks[i] = columns.rankOf(amounts[i]);
        }
        ColumnResult[] wages = new ColumnResult[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            wages[i] = columns.wageAt(PERCENTILES[i]);
        }
        int modelled = 0;
        int boundsSeen = 0;
        for (int r = 0; r < all.size(); r++) {
            OccupationDistribution d;
            try {
                d = OccupationDistribution.from(all.row(r), basis);
            } catch (IllegalArgumentException e) {
                assertFalse(columns.hasModel(r), "row " + r + " has a batch model but none per row: " + e.getMessage());
                assertTrue(Double.isNaN(ranks[0].values()[r]) && Double.isNaN(wages[0].values()[r]), "row " + r);
                continue;
            }
            assertTrue(columns.hasModel(r), "row " + r);
            modelled++;
            for (int i = 0; i < amounts.length; i++) {
                PercentileRank expected = d.rankOf(Wage.of(amounts[i], basis));
                assertEquals(expected.percentile(), ranks[i].values()[r], 1e-9, d.label() + " rank of " + amounts[i]);
                assertEquals(expected.isLowerBound(), ranks[i].lowerBounds()[r], d.label() + " bound " + amounts[i]);
                boundsSeen += expected.isLowerBound() ? 1 : 0;
            }
            for (int i = 0; i < PERCENTILES.length; i++) {
                WageAtPercentile expected = d.wageAt(PERCENTILES[i]);
                double want = expected.wage().amount();
                assertEquals(want, wages[i].values()[r], 1e-10 * want, d.label() + " P" + PERCENTILES[i]);
                assertEquals(expected.isLowerBound(), wages[i].lowerBounds()[r], d.label() + " P" + PERCENTILES[i]);
            }
        }
        // Nearly every national row has a model; the top-coded rows exercise the lower-bound paths.
        assertTrue(modelled > 14_000, "modelled " + modelled);
        assertTrue(boundsSeen > 100, "lower bounds " + boundsSeen);
    }

    // Golden: 43-4051 Customer Service Representatives, May 2018, median $33,750 published; $40,000 ranks P68.5.
    @Test
    void rankOf_40000_forCustomerServiceRepresentatives2018_isP68point5() {
        OewsTable t = Oews.national(2018);
        DistributionColumns columns = DistributionColumns.fit(t, WageBasis.ANNUAL);
        int row = -1;
        for (int r = 0; r < t.size(); r++) {
            if (t.row(r).socCode().equals("43-4051")) {
                row = r;
            }
        }
        assertEquals(68.5, columns.rankOf(40_000).values()[row], 0.05);
        assertEquals(33_750, columns.wageAt(50).values()[row]);
    }

    // Every major group of two national years, median and P90: the batch mixture equals GroupDistribution.from;
    // group 43 in 2018 is BLS's $35,760 row, which the mixture meets within 1%.
    @Test
    void majorGroupMixtures_equalGroupDistributionOfGroup() {
        for (int year : new int[] {2018, 2024}) {
            OewsTable t = Oews.national(year);
            DistributionColumns columns = DistributionColumns.fit(t, WageBasis.ANNUAL);
            for (double p : new double[] {50, 90}) {
                Map<AreaGroup, WageAtPercentile> groups = columns.wageAtByAreaAndMajorGroup(t, p);
                assertEquals(22, groups.size(), year + " groups " + groups.keySet());
                groups.forEach((key, got) -> {
                    WageAtPercentile want = GroupDistribution.from(t, key.majorGroup(), WageBasis.ANNUAL).wageAt(p);
                    assertEquals(want.wage().amount(), got.wage().amount(), 1e-9 * want.wage().amount(),
                            year + " " + key + " P" + p);
                    assertEquals(want.isLowerBound(), got.isLowerBound(), year + " " + key + " P" + p);
                });
                if (year == 2018 && p == 50) {
                    double office = groups.entrySet().stream().filter(e -> e.getKey().majorGroup().equals("43"))
                            .findFirst().orElseThrow().getValue().wage().amount();
                    assertEquals(35_760, office, 0.01 * 35_760);
                }
            }
        }
    }

    @Test
    void badArguments_areRefusedWithTheirRange() {
        DistributionColumns columns = DistributionColumns.fit(Oews.national(2018), WageBasis.ANNUAL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> columns.rankOf(-1));
        assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> columns.wageAt(100));
        assertTrue(e.getMessage().contains("0 < p < 100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> columns.rankOf(Double.NaN));
    }
}
