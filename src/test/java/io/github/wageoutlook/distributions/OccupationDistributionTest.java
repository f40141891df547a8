package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OccupationDistributionTest {

    private static OccupationWages row(int year, String soc) {
        return Oews.national(year).occupation(soc).orElseThrow();
    }

    private static OccupationDistribution csr2018() {
        return WageDistribution.from(row(2018, "43-4051"), WageBasis.ANNUAL);
    }

    // Golden values: OEWS May 2018 national, 43-4051 Customer Service Representatives, as published by BLS.
    @Test
    void wageAt_publishedPercentiles_ofCustomerServiceReps2018_areBlsFigures() {
        OccupationDistribution d = csr2018();
        assertEquals(22_140, d.wageAt(10).amount());
        assertEquals(26_730, d.wageAt(25).amount());
        assertEquals(33_750, d.wageAt(50).amount());
        assertEquals(42_970, d.wageAt(75).amount());
        assertEquals(55_310, d.wageAt(90).amount());
        assertEquals(33_750, d.median().amount());
        assertFalse(d.wageAt(90).isLowerBound());
    }

    @Test
    void wageAt_hourlyP90_ofCustomerServiceReps2018_is26_59() {
        OccupationDistribution d = WageDistribution.from(row(2018, "43-4051"), WageBasis.HOURLY);
        assertEquals(26.59, d.wageAt(90).amount());
        assertEquals(10.65, d.wageAt(10).amount());
    }

    @Test
    void rankOf_40000_ofCustomerServiceReps2018_isBetweenMedianAndP75() {
        PercentileRank r = csr2018().rankOf(Wage.annual(40_000));
        assertTrue(r.percentile() > 50 && r.percentile() < 75, r.toString());
        assertEquals(PercentileBracket.MEDIAN_TO_P75, r.bracket());
        assertFalse(r.isLowerBound());
    }

    @Test
    void rankOf_publishedWage_isThePublishedPercentileExactly() {
        assertEquals(90.0, csr2018().rankOf(Wage.annual(55_310)).percentile());
        assertEquals(25.0, csr2018().rankOf(Wage.annual(26_730)).percentile());
    }

    @Test
    void mean_ofCustomerServiceReps2018_matchesBlsMeanThroughTheUpperTail() {
        OccupationDistribution d = csr2018();
        assertTrue(d.isMeanMatched());
        assertEquals(36_470, d.mean().amount(), 1e-6);
        assertEquals(36_470, d.publishedMean().orElseThrow().amount());
    }

    @Test
    void wageAt95_liesBeyondP90AndBelowTwiceIt() {
        double p95 = csr2018().wageAt(95).amount();
        assertTrue(p95 > 55_310 && p95 < 2 * 55_310, "P95 " + p95);
    }

    @Test
    void interdecile_ofCustomerServiceReps2018_hasPublishedEndsWidthAndRatio() {
        PercentileBand b = csr2018().interdecile();
        assertEquals(33_170, b.width().amount());
        assertEquals(55_310.0 / 22_140, b.ratio(), 1e-12);
        assertEquals(16_240, csr2018().interquartile().width().amount());
        assertTrue(b.contains(Wage.annual(40_000)));
        assertFalse(b.contains(Wage.annual(60_000)));
    }

    @Test
    void bracketOf_wageBelowP10_isBelowP10() {
        assertEquals(PercentileBracket.BELOW_P10, csr2018().bracketOf(Wage.annual(20_000)));
        assertEquals(PercentileBracket.ABOVE_P90, csr2018().bracketOf(Wage.annual(56_000)));
    }

    // 11-1011 Chief Executives, May 2018: P75 and P90 are top-coded (# = $208,000 and more).
    @Test
    void wageAt_atOrAboveTopCodedPercentile_isTheTopCodeAsLowerBound() {
        OccupationDistribution ceo = WageDistribution.from(row(2018, "11-1011"), WageBasis.ANNUAL);
        WageAtPercentile p80 = ceo.wageAt(80);
        assertTrue(p80.isLowerBound());
        assertEquals(208_000, p80.amount());
        assertTrue(ceo.wageAt(75).isLowerBound());
        assertTrue(ceo.interdecile().isLowerBound());
        assertTrue(ceo.wageAt(75).toString().contains("≥"));
        assertEquals(189_600, ceo.wageAt(50).amount());
    }

    @Test
    void rankOf_wageAboveTopCode_isALowerBoundAtTheLastExactPercentile() {
        OccupationDistribution ceo = WageDistribution.from(row(2018, "11-1011"), WageBasis.ANNUAL);
        PercentileRank r = ceo.rankOf(Wage.annual(300_000));
        assertTrue(r.isLowerBound());
        assertEquals(50.0, r.percentile());
        assertFalse(ceo.rankOf(Wage.annual(150_000)).isLowerBound());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100, -5, 100.5, Double.NaN, Double.POSITIVE_INFINITY})
    void wageAt_percentileOutsideOpenInterval_isRejectedNamingTheRange(double p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csr2018().wageAt(p));
        assertTrue(e.getMessage().contains("percentile") && e.getMessage().contains("0 < p < 100"), e.getMessage());
    }

    @Test
    void rankOf_negativeWage_isRejectedNamingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> csr2018().percentileRankOf(-1));
        assertTrue(e.getMessage().contains("amount") && e.getMessage().contains("0 - finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> csr2018().rankOf(Wage.annual(-1)));
    }

    @Test
    void rankOf_hourlyWageInAnnualDistribution_isABasisMismatch() {
        BasisMismatchException e = assertThrows(BasisMismatchException.class,
                () -> csr2018().rankOf(Wage.hourly(20)));
        assertTrue(e.getMessage().contains("annual") && e.getMessage().contains("hourly"), e.getMessage());
    }

    // 11-1031 Legislators, May 2018: ANNUAL=TRUE, every hourly cell is *.
    @Test
    void from_occupationWithoutWagesOnBasis_namesTheOccupation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WageDistribution.from(row(2018, "11-1031"), WageBasis.HOURLY));
        assertTrue(e.getMessage().contains("11-1031") && e.getMessage().contains("hourly"), e.getMessage());
    }

    @Test
    void of_summaryWithNoPercentiles_namesTheLabel() {
        WageFigure na = WageFigure.notAvailable(WageBasis.ANNUAL);
        WageSummary empty = new WageSummary(WageBasis.ANNUAL, na, na, na, na, na, na);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OccupationDistribution.of("99-9999 Test occupation", empty, Figure.of(10)));
        assertTrue(e.getMessage().contains("99-9999 Test occupation"), e.getMessage());
    }

    @Test
    void fromPercentiles_withDecreasingAmounts_namesTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OccupationDistribution.of("x", WageBasis.ANNUAL, new double[] {10, 50},
                        new double[] {30_000, 20_000}, OptionalDouble.empty()));
        assertTrue(e.getMessage().contains("amounts[1]"), e.getMessage());
    }

    @Test
    void fromPercentiles_withoutMean_continuesTheLastSegment() {
        OccupationDistribution d = OccupationDistribution.of("x", WageBasis.ANNUAL,
                new double[] {25, 50, 75}, new double[] {30_000, 40_000, 55_000}, OptionalDouble.empty());
        assertFalse(d.isMeanMatched());
        double z75 = StandardNormal.quantile(0.75);
        assertEquals(Math.log(55_000.0 / 40_000) / z75, d.upperTailSlope(), 1e-12);
    }

    // A salary survey's own seven percentiles: the model passes through each, as through BLS's five.
    @Test
    void fromPercentiles_ofSevenSurveyPercentiles_reproducesAndRanksEachAndMatchesTheMean() {
        double[] percentiles = {5, 10, 25, 50, 75, 90, 95};
        double[] amounts = {20_000, 23_000, 28_000, 35_000, 45_000, 58_000, 70_000};
        OccupationDistribution d = OccupationDistribution.of("survey", WageBasis.ANNUAL, percentiles,
                amounts, OptionalDouble.of(39_000));
        for (int i = 0; i < percentiles.length; i++) {
            assertEquals(amounts[i], d.wageAt(percentiles[i]).amount(), "P" + percentiles[i]);
            assertEquals(percentiles[i], d.rankOf(Wage.annual(amounts[i])).percentile(), "P" + percentiles[i]);
        }
        assertTrue(d.isMeanMatched());
        assertEquals(39_000, d.mean().amount(), 1e-6);
        double p17 = d.wageAt(17.5).amount();
        assertTrue(p17 > 23_000 && p17 < 28_000, "P17.5 " + p17);
        assertEquals(17.5, d.rankOf(Wage.annual(p17)).percentile(), 1e-9);
    }
}
