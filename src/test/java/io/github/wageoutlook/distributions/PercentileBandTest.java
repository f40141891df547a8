package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentileBandTest {

    @Test
    void band_withTopCodedUpperEnd_printsWidthAndRatioAsLowerBounds() {
        PercentileBand b = new PercentileBand(new WageAtPercentile(10, Wage.annual(100_000), false),
                new WageAtPercentile(90, Wage.annual(208_000), true));
        assertTrue(b.isLowerBound());
        assertEquals(108_000, b.width().amount());
        assertTrue(b.toString().contains("width ≥ $108,000/yr"), b.toString());
    }

    @Test
    void band_withEndsOutOfOrder_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PercentileBand(
                new WageAtPercentile(90, Wage.annual(50_000), false),
                new WageAtPercentile(10, Wage.annual(20_000), false)));
        assertThrows(BasisMismatchException.class, () -> new PercentileBand(
                new WageAtPercentile(10, Wage.annual(20_000), false),
                new WageAtPercentile(90, Wage.hourly(50), false)));
    }

    @ParameterizedTest
    @CsvSource({"0, BELOW_P10", "9.99, BELOW_P10", "10, P10_TO_P25", "49.9, P25_TO_MEDIAN", "50, MEDIAN_TO_P75",
        "89.9, P75_TO_P90", "90, ABOVE_P90", "100, ABOVE_P90"})
    void bracketOf_rank_belongsToTheBracketStartingAtOrBelowIt(double rank, PercentileBracket expected) {
        assertEquals(expected, PercentileBracket.of(rank));
    }

    @Test
    void bracketOf_rankOutsideRange_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PercentileBracket.of(101));
        assertTrue(e.getMessage().contains("0 - 100"), e.getMessage());
    }
}
