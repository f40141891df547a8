package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalarySampleTest {
    private static final SalarySample ONE_TO_FOUR = SalarySample.of(WageBasis.ANNUAL, 4, 1, 3, 2);

    // Hand-computed from the Hyndman–Fan positions for x = 1, 2, 3, 4:
    // R-7 h = 3q + 1, R-6 h = 5q, R-1 h = ceil(4q).
    @ParameterizedTest
    @CsvSource({
        "25, R7_LINEAR, 1.75", "50, R7_LINEAR, 2.5", "90, R7_LINEAR, 3.7", "100, R7_LINEAR, 4",
        "25, R6_WEIBULL, 1.25", "50, R6_WEIBULL, 2.5", "90, R6_WEIBULL, 4", "10, R6_WEIBULL, 1",
        "25, R1_INVERTED_CDF, 1", "26, R1_INVERTED_CDF, 2", "50, R1_INVERTED_CDF, 2", "90, R1_INVERTED_CDF, 4"})
    void percentile_ofOneToFour_followsTheNamedEstimator(double p, QuantileEstimator estimator, double expected) {
        assertEquals(expected, ONE_TO_FOUR.percentile(p, estimator).amount(), 1e-12);
    }

    @Test
    void percentile_byDefault_isR7LikeExcelPercentileInc() {
        SalarySample pay = SalarySample.of(WageBasis.ANNUAL, 31_000, 34_500, 36_000, 52_000);
        assertEquals(35_250, pay.median().amount(), 1e-9);
        assertEquals(pay.percentile(30, QuantileEstimator.R7_LINEAR), pay.percentile(30));
        // R-7 at 0.9: h = 3 × 0.9 + 1 = 3.7, so 36,000 + 0.7 × (52,000 - 36,000) = 47,200 (Excel PERCENTILE.INC).
        assertEquals(47_200, pay.percentile(90).amount(), 1e-9);
    }

    @Test
    void weighted_withIntegerWeights_equalsTheExpandedSample_forEveryEstimator() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(8);
            double[] amounts = new double[n];
            double[] weights = new double[n];
            List<Wage> expanded = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                amounts[i] = 20_000 + random.nextInt(60) * 1_000;
                weights[i] = random.nextInt(4);
                for (int k = 0; k < weights[i]; k++) {
                    expanded.add(Wage.annual(amounts[i]));
                }
            }
            if (expanded.isEmpty()) {
                continue;
            }
            SalarySample w = SalarySample.weighted(WageBasis.ANNUAL, amounts, weights);
            SalarySample plain = SalarySample.of(expanded);
            for (QuantileEstimator e : QuantileEstimator.values()) {
                for (double p : new double[] {1, 10, 25, 33.3, 50, 75, 90, 99, 100}) {
                    assertEquals(plain.percentile(p, e).amount(), w.percentile(p, e).amount(), 1e-6,
                            "trial " + trial + " " + e + " P" + p);
                }
            }
        }
    }

    @Test
    void weightedInvertedCdf_doesNotDependOnTheScaleOfWeights() {
        double[] amounts = {30_000, 45_000, 60_000};
        SalarySample counts = SalarySample.weighted(WageBasis.ANNUAL, amounts, new double[] {2, 5, 3});
        SalarySample shares = SalarySample.weighted(WageBasis.ANNUAL, amounts, new double[] {0.2, 0.5, 0.3});
        for (double p : new double[] {10, 20, 21, 50, 70, 71, 100}) {
            assertEquals(counts.percentile(p, QuantileEstimator.R1_INVERTED_CDF),
                    shares.percentile(p, QuantileEstimator.R1_INVERTED_CDF), "P" + p);
        }
    }

    @Test
    void weightedR7_withTotalWeightBelowOne_isRejectedPointingToR1() {
        SalarySample shares = SalarySample.weighted(WageBasis.ANNUAL, new double[] {1, 2}, new double[] {0.4, 0.5});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> shares.percentile(50));
        assertTrue(e.getMessage().contains("R1_INVERTED_CDF"), e.getMessage());
    }

    @Test
    void rankOf_countsSalariesAtOrBelow() {
        assertEquals(50.0, ONE_TO_FOUR.rankOf(Wage.annual(2)).percentile());
        assertEquals(0.0, ONE_TO_FOUR.rankOf(Wage.annual(0.5)).percentile());
        assertEquals(100.0, ONE_TO_FOUR.rankOf(Wage.annual(9)).percentile());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 100.01, Double.NaN})
    void percentile_outsideRange_isRejectedNamingTheRange(double p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ONE_TO_FOUR.percentile(p));
        assertTrue(e.getMessage().contains("percentile") && e.getMessage().contains("0 < p ≤ 100"), e.getMessage());
    }

    @Test
    void of_negativeSalary_namesItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SalarySample.of(WageBasis.ANNUAL, 30_000, -5));
        assertTrue(e.getMessage().contains("amounts[1]") && e.getMessage().contains("-5"), e.getMessage());
    }

    @Test
    void of_emptyOrBadWeights_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> SalarySample.of(WageBasis.ANNUAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SalarySample.weighted(WageBasis.ANNUAL, new double[] {1, 2}, new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().contains("weights[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SalarySample.weighted(WageBasis.ANNUAL, new double[] {1, 2}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> SalarySample.weighted(WageBasis.ANNUAL, new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void of_hourlyAndAnnualWages_isABasisMismatch() {
        assertThrows(BasisMismatchException.class,
                () -> SalarySample.of(List.of(Wage.annual(40_000), Wage.hourly(20))));
        assertThrows(BasisMismatchException.class, () -> ONE_TO_FOUR.rankOf(Wage.hourly(2)));
    }
}
