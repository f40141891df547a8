package io.github.wageoutlook.projections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calculations on a projection, on the figures published career guides quote and on invariants. */
class ProjectionTest {

    private static Projection csr2016() {
        return Projections.cycle("2016-26").occupation("43-4051").orElseThrow().projection();
    }

    @Test
    void cagr_ofCustomerServiceRepresentatives2016_26_isAboutHalfAPercentAYear() {
        // (2,920.8 / 2,784.5)^(1/10) − 1 = 0.4790% a year.
        assertEquals(0.0047905, csr2016().growthRate(), 5e-7);
        assertEquals(4.895, csr2016().percentChange(), 5e-4);
        assertEquals(136.3, csr2016().change(), 1e-9);
    }

    @Test
    void totalOpenings_areAnnualOpeningsTimesYears() {
        // 373.5k a year over ten years.
        assertEquals(3735.0, csr2016().totalOpenings().value(), 1e-9);
        assertFalse(Projection.of("no openings", 100, 110, 10).totalOpenings().isAvailable());
    }

    @Test
    void employmentInAYear_compoundAndLinear_hitTheEndPoints() {
        Projection p = csr2016();
        assertEquals(2784.5, p.employmentIn(2016).employment(), 1e-9);
        assertEquals(2920.8, p.employmentIn(2026).employment(), 1e-9);
        // Midway the compound path is the geometric mean, the linear one the arithmetic mean.
        assertEquals(Math.sqrt(2784.5 * 2920.8), p.employmentIn(2021).employment(), 1e-9);
        assertEquals(2852.65, p.employmentIn(2021, PathMethod.LINEAR).employment(), 1e-9);
        assertEquals(11, p.path(PathMethod.COMPOUND).size());
    }

    @Test
    void employmentBeyondThePeriod_isFlaggedAsExtrapolation() {
        Projection p = csr2016();
        assertFalse(p.employmentIn(2020).extrapolated());
        assertTrue(p.employmentIn(2030).extrapolated());
        assertTrue(p.employmentIn(2010).extrapolated());
        assertEquals(2784.5 * Math.pow(1 + p.growthRate(), 14), p.employmentIn(2030).employment(), 1e-6);
    }

    @Test
    void linearPathBelowZero_isAnArgumentErrorNamingTheYear() {
        Projection shrinking = Projection.of("shrinking", 100, 10, Cycle.of(2020, 2030));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shrinking.employmentIn(2035, PathMethod.LINEAR));
        assertTrue(e.getMessage().contains("2035"), e.getMessage());
        assertTrue(shrinking.employmentIn(2035).employment() > 0);
    }

    @Test
    void compoundingForwardThenBack_returnsTheStart() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            double base = 1 + 1000 * random.nextDouble();
            double target = base * (0.5 + random.nextDouble());
            int years = 1 + random.nextInt(20);
            Projection forward = Projection.of("p", base, target, years);
            double end = forward.employmentIn(2000 + years).employment();
            Projection back = Projection.of("back", end, base, years);
            assertEquals(base, back.employmentIn(2000 + years).employment(), 1e-9 * base);
            assertEquals(-forward.growthRate() / (1 + forward.growthRate()), back.growthRate(), 1e-12);
            List<EmploymentPoint> path = forward.path(PathMethod.COMPOUND);
            for (int k = 1; k < path.size(); k++) {
                assertEquals(Math.signum(target - base),
                        Math.signum(path.get(k).employment() - path.get(k - 1).employment()));
            }
        }
    }

    @Test
    void comparisonWithAllOccupations_2016_26_isMinus2point5Points() {
        ProjectionsTable t = Projections.cycle("2016-26");
        GrowthComparison c = csr2016().compareWith(t.total().projection());
        // Published: +4.9% against +7.4% for all occupations.
        assertEquals(4.9 - 7.4, c.percentPoints(), 0.06);
        assertFalse(c.isFaster());
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "-5, 100", "100, -1", "NaN, 100", "100, Infinity"})
    void badEmployment_isAnArgumentErrorNamingTheField(double base, double target) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Projection.of("bad", base, target, 10));
        assertTrue(e.getMessage().contains("Employment (valid values"), e.getMessage());
    }

    @Test
    void badYears_isAnArgumentErrorNamingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Projection.of("bad", 1, 2, 0));
        assertEquals("Invalid value for years (valid values 1 - 100): 0", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"2016-26, 2016, 2026", "2023–33, 2023, 2033", "2024–2034, 2024, 2034", "1995-05, 1995, 2005"})
    void cycle_readsBlsSpellings_andPrintsTheShortForm(String text, int base, int end) {
        Cycle c = Cycle.parse(text);
        assertEquals(Cycle.of(base, end), c);
        assertEquals(c, Cycle.parse(c.toString()));
    }

    @Test
    void unknownCycle_isAnArgumentErrorListingTheEmbeddedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Projections.cycle("2018-28"));
        assertTrue(e.getMessage().contains("2016-26, 2019-29, 2023-33, 2024-34"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cycle.parse("2016"));
    }
}
