package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants checked on every detailed occupation of two real years, on each basis BLS publishes. */
class DistributionPropertiesTest {
    private static final double[] GRID = grid();

    private static double[] grid() {
        List<Double> ps = new ArrayList<>();
        for (double p = 0.1; p < 100; p += 0.7) {
            ps.add(p);
        }
        for (double p : new double[] {10, 25, 50, 75, 90, 99.9, 0.01}) {
            ps.add(p);
        }
        return ps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static List<OccupationDistribution> distributions(int year) {
        List<OccupationDistribution> out = new ArrayList<>();
        for (OccupationWages row : Oews.national(year).level(GroupLevel.DETAILED).rows()) {
            for (WageBasis basis : WageBasis.values()) {
                if (row.publishedBasis().includes(basis)
                        && row.wages(basis).percentiles().stream().filter(WageFigure::isAvailable).count() >= 2) {
                    out.add(WageDistribution.from(row, basis));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2024})
    void wageAt_increasesWithPercentile_forEveryDetailedOccupation(int year) {
        List<OccupationDistribution> all = distributions(year);
        assertTrue(all.size() > 1500, "only " + all.size() + " distributions");
        for (OccupationDistribution d : all) {
            double previous = 0;
            for (double p : GRID) {
                WageAtPercentile w = d.wageAt(p);
                if (w.isLowerBound()) {
                    break;
                }
                assertTrue(w.amount() >= previous, d.label() + ": wage decreases at P" + p);
                previous = w.amount();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2024})
    void rankOfWageAt_returnsThePercentile_forEveryDetailedOccupation(int year) {
        for (OccupationDistribution d : distributions(year)) {
            for (double p : GRID) {
                WageAtPercentile w = d.wageAt(p);
                if (w.isLowerBound() || isOnFlatStretch(d, p)) {
                    continue;
                }
                assertEquals(p, d.rankOf(w.wage()).percentile(), 1e-8 * Math.max(1, p), d.label() + " at P" + p);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2024})
    void publishedPoints_areReproducedExactly_forEveryDetailedOccupation(int year) {
        int checked = 0;
        for (OccupationWages row : Oews.national(year).level(GroupLevel.DETAILED).rows()) {
            for (WageBasis basis : WageBasis.values()) {
                WageSummary s = row.wages(basis);
                if (!row.publishedBasis().includes(basis)
                        || s.percentiles().stream().filter(WageFigure::isAvailable).count() < 2) {
                    continue;
                }
                OccupationDistribution d = WageDistribution.from(row, basis);
                boolean censored = false;
                for (int p : WageSummary.PUBLISHED_PERCENTILES) {
                    WageFigure published = s.percentile(p);
                    censored |= published.isLowerBound();
                    if (!published.isAvailable()) {
                        continue;
                    }
                    WageAtPercentile w = d.wageAt(p);
                    assertEquals(published.amount(), w.amount(), row.socCode() + " " + basis + " P" + p);
                    assertEquals(censored, w.isLowerBound(), row.socCode() + " " + basis + " P" + p);
                    checked++;
                }
            }
        }
        assertTrue(checked > 7000, "only " + checked + " published points checked");
    }

    /** Where two published percentiles share a wage (BLS rounding), every rank in between has that wage. */
    private static boolean isOnFlatStretch(OccupationDistribution d, double p) {
        List<WageAtPercentile> pts = d.points();
        for (int i = 0; i + 1 < pts.size(); i++) {
            if (pts.get(i).amount() == pts.get(i + 1).amount() && p >= pts.get(i).percentile()
                    && p <= pts.get(i + 1).percentile()) {
                return true;
            }
        }
        return false;
    }
}
