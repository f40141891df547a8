package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Estimates shown beside BLS's figures respect BLS's published bounds; golden values from the May 2018 file. */
class BoundedEstimateTest {

    @Test
    void groupMixtureP90_belowBlsPublishedTopCode_isClampedToAtLeast208000_in2018() {
        OewsTable t2018 = Oews.national(2018);
        GroupDistribution management = GroupDistribution.from(t2018, "11", WageBasis.ANNUAL);
        OccupationWages row = t2018.occupation("11-0000", GroupLevel.MAJOR).orElseThrow();
        WageAtPercentile mixture = management.wageAt(90);
        assertEquals(200_350, mixture.wage().rounded().amount());      // the mixture's own figure
        assertEquals("≥ $208,000", row.annual().p90().toString());     // BLS's published bound

        BoundedEstimate p90 = BoundedEstimate.of(mixture, row.annual().p90());
        assertEquals(208_000, p90.shown().amount());
        assertTrue(p90.isLowerBound());
        assertTrue(p90.isClamped());
        assertEquals(BoundedEstimate.Comparison.CLAMPED_TO_BOUND, p90.comparison());
        assertEquals("clamped-to-bound", p90.comparison().code());
        assertEquals(OptionalDouble.empty(), p90.difference());
        assertEquals("≥ $208,000/yr", p90.toString());
        assertEquals(Optional.of("the model's $200,350/yr is below BLS's published lower bound ≥ $208,000; shown at "
                + "the bound"), p90.note());
    }

    @Test
    void besideAnExactFigure_theDifferenceIsComputed() {
        OewsTable t2018 = Oews.national(2018);
        GroupDistribution management = GroupDistribution.from(t2018, "11", WageBasis.ANNUAL);
        OccupationWages row = t2018.occupation("11-0000", GroupLevel.MAJOR).orElseThrow();
        BoundedEstimate median = BoundedEstimate.of(management.wageAt(50), row.annual().median());
        assertEquals(BoundedEstimate.Comparison.DIFFERENCE, median.comparison());
        assertEquals(104_390, median.shown().rounded().amount());
        assertEquals(104_390.0 / 104_240 - 1, median.difference().getAsDouble(), 1e-4);
        assertFalse(median.isLowerBound());
    }

    @Test
    void atOrAboveTheBound_agreesWithIt_andHasNoDifference() {
        BoundedEstimate e = BoundedEstimate.of(Wage.annual(215_000), false,
                Optional.of(WageFigure.topCoded(Wage.annual(208_000))));
        assertEquals(BoundedEstimate.Comparison.WITHIN_BOUND, e.comparison());
        assertEquals(215_000, e.shown().amount());
        assertEquals(OptionalDouble.empty(), e.difference());
        assertEquals(Optional.empty(), e.note());
    }

    @Test
    void withoutAPublishedFigure_theEstimateStandsAlone() {
        BoundedEstimate e = BoundedEstimate.of(Wage.annual(50_000), false, Optional.empty());
        assertEquals(BoundedEstimate.Comparison.NO_PUBLISHED_FIGURE, e.comparison());
        assertEquals("no-published-figure", e.comparison().code());
        BoundedEstimate na = BoundedEstimate.of(Wage.annual(50_000), false,
                Optional.of(WageFigure.notAvailable(WageBasis.ANNUAL)));
        assertEquals(BoundedEstimate.Comparison.NO_PUBLISHED_FIGURE, na.comparison());
    }

    @Test
    void mixingBases_isABasisMismatch() {
        assertThrows(BasisMismatchException.class, () -> BoundedEstimate.of(Wage.hourly(50), false,
                Optional.of(WageFigure.published(Wage.annual(100_000)))));
    }

    @Test
    void shownBelowAPublishedBound_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedEstimate(Wage.annual(1), false,
                Optional.of(WageFigure.topCoded(Wage.annual(208_000))), Wage.annual(1), false,
                BoundedEstimate.Comparison.WITHIN_BOUND));
    }

    // Management occupations, May 2018: P75 $151,700 published, P90 top-coded at $208,000.
    @Test
    void percentileBetweenAPublishedFigureAndATopCode_isALowerBound_andRankThereAnUpperBound() {
        OccupationWages row = Oews.national(2018).occupation("11-0000", GroupLevel.MAJOR).orElseThrow();
        OccupationDistribution d = OccupationDistribution.from(row, WageBasis.ANNUAL);
        WageAtPercentile p85 = d.wageAt(85);
        assertTrue(p85.isLowerBound());
        assertEquals(183_570, p85.wage().rounded().amount());
        assertFalse(d.wageAt(75).isLowerBound());                      // published
        assertFalse(d.wageAt(60).isLowerBound());                      // between two published figures
        assertTrue(d.wageAt(95).isLowerBound());                       // at or above the top-coded percentile

        PercentileRank r = d.rankOf(Wage.annual(190_000));
        assertTrue(r.isUpperBound());
        assertFalse(r.isLowerBound());
        assertEquals(86.5, Math.round(r.percentile() * 10) / 10.0);
        assertEquals("$190,000/yr ranks at P ≤ 86.5", r.toString());
        assertFalse(d.rankOf(Wage.annual(120_000)).isUpperBound());

        // The column-wise form is the same model: the same cell, flagged the same way.
        DistributionColumns columns = DistributionColumns.fit(Oews.national(2018), WageBasis.ANNUAL);
        int index = Oews.national(2018).rows().indexOf(row);
        assertTrue(columns.wageAt(85).lowerBounds()[index]);
        assertEquals(p85.amount(), columns.wageAt(85).values()[index]);
    }
}
