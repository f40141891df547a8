package io.github.wageoutlook.experience;

import io.github.wageoutlook.wages.Wage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default curve keeps the survey's shape: over generated rising bracket sets (3 to 6 brackets, each paying at
 * least the one before, the last more than the first; the last bracket narrow, half a year to 2 years, or very wide,
 * 10 to 40 years; equal neighbours included), the curve rises over the whole bracketed range, never climbs above the
 * highest bracket by more than the last step between brackets, and has no turn inside a bracket; and a fit that
 * does turn inside a bracket has the turn reported.
 */
class RisingBracketsPropertyTest {

    /** Generated brackets and the figures they were built from. */
    record RisingSet(ExperienceBrackets brackets, double[] pay) {
        @Override
        public String toString() {
            return brackets.stream().map(b -> b.label() + " " + b.pay().rounded()).toList().toString();
        }
    }

    @Provide
    Arbitrary<RisingSet> risingSets() {
        Arbitrary<Integer> count = Arbitraries.integers().between(3, 6);
        Arbitrary<Double> start = Arbitraries.of(0.0, 1.0, 2.0);
        Arbitrary<Double> firstPay = Arbitraries.doubles().between(18_000, 150_000);
        Arbitrary<double[]> widths = Arbitraries.doubles().between(0.5, 8).array(double[].class).ofSize(6);
        // A step of 0 (equal neighbours) in about one case of five.
        Arbitrary<double[]> steps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(0.005, 0.35).ofScale(3)))
                .array(double[].class).ofSize(6);
        Arbitrary<Double> lastWidth = Arbitraries.oneOf(Arbitraries.doubles().between(0.5, 2),
                Arbitraries.doubles().between(10, 40));
        return Combinators.combine(count, start, firstPay, widths, steps, lastWidth)
                .as(RisingBracketsPropertyTest::build);
    }

    private static RisingSet build(int n, double start, double firstPay, double[] widths, double[] steps,
                                   double lastWidth) {
        List<ExperienceBracket> list = new ArrayList<>();
        double[] pay = new double[n];
        double lo = start;
        for (int i = 0; i < n; i++) {
            // Brackets end by 60 years of experience: at most 2 + 5 × 8 = 42 before the last, so it keeps 18+.
            double width = i == n - 1 ? Math.min(lastWidth, ExperienceBracket.MAX_YEARS - lo) : widths[i];
            pay[i] = i == 0 ? firstPay : pay[i - 1] * (1 + steps[i]);
            if (i == n - 1 && pay[i] <= pay[0]) {
                pay[i] = pay[0] * 1.01; // rising: the last pays more than the first
            }
            list.add(ExperienceBracket.of("00-0000", "generated", lo, lo + width, Wage.annual(pay[i]), 2024, "test"));
            lo += width;
        }
        return new RisingSet(ExperienceBrackets.of("generated", list), pay);
    }

    @Property(tries = 200)
    void defaultCurve_ofRisingBrackets_risesOverTheBracketedRange(@ForAll("risingSets") RisingSet s) {
        ExperienceCurve c = ExperienceCurve.fit(s.brackets());
        int steps = (int) Math.round((c.endYears() - c.startYears()) / 0.01);
        for (int i = 1; i <= steps; i++) {
            double x = c.startYears() + i * 0.01;
            double before = c.payAt(x - 0.01).amount();
            double now = c.payAt(Math.min(x, c.endYears())).amount();
            assertTrue(now >= before * (1 - 1e-9), () -> c.method() + " falls at " + x + " years: " + now
                    + " after " + before + "; " + c.methodChoice().orElse(""));
        }
    }

    @Property(tries = 200)
    void defaultCurve_ofRisingBrackets_staysUnderTheHighestBracketTimesTheLastStep(
            @ForAll("risingSets") RisingSet s) {
        ExperienceCurve c = ExperienceCurve.fit(s.brackets());
        int n = s.pay().length;
        double ceiling = s.pay()[n - 1] * s.pay()[n - 1] / s.pay()[n - 2];
        int steps = (int) Math.round((c.endYears() - c.startYears()) / 0.01);
        for (int i = 0; i <= steps; i++) {
            double x = Math.min(c.endYears(), c.startYears() + i * 0.01);
            double pay = c.payAt(x).amount();
            assertTrue(pay <= ceiling * (1 + 1e-9), () -> c.method() + " reaches " + pay + " at " + x
                    + " years, above " + ceiling);
        }
        assertTrue(c.payAt(c.endYears()).amount() >= s.pay()[0] * (1 - 1e-9), c.method().toString());
    }

    @Property(tries = 200)
    void defaultCurve_ofRisingBrackets_hasNoTurnInsideABracket(@ForAll("risingSets") RisingSet s) {
        ExperienceCurve c = ExperienceCurve.fit(s.brackets());
        assertEquals(List.of(), c.turns(), () -> c.method() + ": " + c.formula());
    }

    @Property(tries = 150)
    void anyFit_thatFallsInsideTheRange_reportsTheTurnWithItsBracket(@ForAll("risingSets") RisingSet s) {
        ExperienceCurve mincer = ExperienceCurve.fit(s.brackets(), CurveOptions.defaults()
                .withMethod(CurveMethod.MINCER));
        // Steps counted in whole hundredths, the last one exactly at the range's end: a peak in the last hundredth
        // (18.30 of 18.31 years) is then seen, which a running sum of 0.01 could step past.
        boolean falls = false;
        double previous = mincer.payAt(mincer.startYears()).amount();
        int steps = (int) Math.ceil((mincer.endYears() - mincer.startYears()) / 0.01);
        for (int i = 1; i <= steps; i++) {
            double x = Math.min(mincer.endYears(), mincer.startYears() + i * 0.01);
            double now = mincer.payAt(x).amount();
            falls |= now < previous * (1 - 1e-12);
            previous = now;
        }
        boolean anyFalls = falls;
        assertEquals(anyFalls, !mincer.turns().isEmpty(), () -> mincer.formula() + " turns " + mincer.turns());
        for (CurveTurn t : mincer.turns()) {
            assertTrue(t.years() >= mincer.startYears() && t.years() <= mincer.endYears(), t.toString());
            t.bracket().ifPresent(b -> assertTrue(t.years() >= b.lowerYears() - 1e-9
                    && t.years() <= b.upperYears(CurveOptions.DEFAULT_OPEN_BRACKET_WIDTH) + 1e-9, t.toString()));
        }
    }

    /** The example of issue 18: five rising brackets whose last spans 10 to 40 years. */
    @Example
    void issueExample_defaultCurveRisesToAtMostTheCeiling_whileTheFreeMincerFitPeaksInsideTheLastBracket() {
        double[][] ranges = {{0, 2}, {2, 4}, {4, 7}, {7, 10}, {10, 40}};
        double[] pay = {60_000, 75_000, 90_000, 105_000, 120_000};
        List<ExperienceBracket> list = new ArrayList<>();
        for (int i = 0; i < pay.length; i++) {
            list.add(ExperienceBracket.of("00-0000", "example", ranges[i][0], ranges[i][1], Wage.annual(pay[i]), 2024,
                    "test"));
        }
        ExperienceBrackets b = ExperienceBrackets.of("example", list);

        ExperienceCurve mincer = ExperienceCurve.fit(b, CurveOptions.defaults().withMethod(CurveMethod.MINCER));
        assertEquals(148_090, mincer.peak().orElseThrow().pay().rounded().amount());
        assertEquals(20.0, Math.round(mincer.peak().orElseThrow().years() * 10) / 10.0);
        assertEquals(55_910, mincer.payAt(40).rounded().amount());   // below the first bracket's $60,000
        CurveTurn turn = mincer.turns().get(0);
        assertTrue(turn.peak());
        assertEquals("10–40 yrs", turn.bracket().orElseThrow().label());

        ExperienceCurve auto = ExperienceCurve.fit(b);
        assertEquals(CurveMethod.MONOTONE, auto.method());
        assertTrue(auto.methodChoice().orElseThrow().startsWith("the brackets rise, and the mincer fit turns down "
                + "at 20 years, inside the 10–40 yrs bracket, climbs to $148,092 at 20 years, above the $137,143"),
                auto.methodChoice().orElseThrow());
        assertTrue(auto.turns().isEmpty());
        assertEquals(122_330, auto.payAt(40).rounded().amount());          // ≤ 120,000 × 120,000 / 105,000
        assertTrue(auto.goodnessOfFit().maxAbsError() < 1e-9);              // and every bracket average is matched
        assertFalse(auto.peak().isPresent());
    }

    @Example
    void rising_constrainedMincer_risesAndStaysUnderTheCeilingWhereTheFreeFitDoesNot() {
        double[][] ranges = {{0, 2}, {2, 4}, {4, 7}, {7, 10}, {10, 40}};
        double[] pay = {60_000, 75_000, 90_000, 105_000, 120_000};
        List<ExperienceBracket> list = new ArrayList<>();
        for (int i = 0; i < pay.length; i++) {
            list.add(ExperienceBracket.of("00-0000", "example", ranges[i][0], ranges[i][1], Wage.annual(pay[i]), 2024,
                    "test"));
        }
        ExperienceCurve rising = ExperienceCurve.fit(ExperienceBrackets.of("example", list),
                CurveOptions.defaults().withMethod(CurveMethod.RISING));
        assertTrue(rising.turns().isEmpty());
        // The constraint holds at the end: pay there is the ceiling 120,000 × 120,000 / 105,000 = $137,143.
        assertEquals(137_142.86, rising.payAt(40).amount(), 0.01);
        assertTrue(rising.yearlyRaise(39).amount() >= 0);
    }
}
