package io.github.wageoutlook.experience;

import io.github.wageoutlook.experience.ExperienceCurve.BracketFit;
import io.github.wageoutlook.experience.ExperienceCurve.GoodnessOfFit;
import io.github.wageoutlook.experience.ExperienceCurve.HeldOut;
import io.github.wageoutlook.experience.ExperienceCurve.LeaveOneOut;
import io.github.wageoutlook.experience.ExperienceCurve.Peak;
import io.github.wageoutlook.experience.ExperienceCurve.Raise;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperienceCurveTest {

    private static final String CSR = "43-4051";
    private static final String TITLE = "Customer service representatives";

    /** PayScale's figures as quoted in published career guides on customer service representatives, as shipped. */
    static ExperienceBrackets seed() {
        return ExperienceBrackets.embedded().occupation(CSR).orElseThrow();
    }

    private static ExperienceBracket closed(double lo, double hi, double pay) {
        return ExperienceBracket.of(CSR, TITLE, lo, hi, Wage.annual(pay), 2019, "test");
    }

    @Test
    void fit_seedBrackets_reproducesEachBracketWithinOnePercent() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        assertEquals(CurveMethod.MINCER, curve.method());
        double[] published = {28_000, 30_000, 32_000, 34_000};
        List<BracketFit> fits = curve.fitPerBracket();
        assertEquals(4, fits.size());
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], fits.get(i).bracket().pay().amount());
            double fitted = fits.get(i).fitted().amount();
            assertTrue(Math.abs(fitted / published[i] - 1) < 0.01,
                    fits.get(i).bracket().label() + ": fitted " + fitted + " vs " + published[i]);
        }
        GoodnessOfFit g = curve.goodnessOfFit();
        assertTrue(g.maxAbsError() < 0.01);
        assertTrue(g.rSquared().orElseThrow() > 0.99);
        assertEquals(3, g.parameters());
    }

    @Test
    void fitPerBracket_matchesTheCurvesAverageOverTheBracket_notItsMidpoint() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        BracketFit top = curve.fitPerBracket().get(3);
        assertEquals(curve.averagePay(20, 30).amount(), top.fitted().amount(), 1e-9);
        assertEquals(simpsonAverage(curve, 20, 30), top.fitted().amount(), 1e-6);
        assertTrue(Math.abs(curve.payAt(25).amount() - top.fitted().amount()) > 1, "a bending curve's midpoint "
                + "value differs from its average");
    }

    /** Independent check of the quadrature: composite Simpson with 2,000 intervals. */
    private static double simpsonAverage(ExperienceCurve c, double lo, double hi) {
        int n = 2000;
        double h = (hi - lo) / n;
        double s = c.payAt(lo).amount() + c.payAt(hi).amount();
        for (int i = 1; i < n; i++) {
            s += (i % 2 == 0 ? 2 : 4) * c.payAt(lo + i * h).amount();
        }
        return s * h / 3 / (hi - lo);
    }

    @Test
    void mincer_fittedToExactBracketAveragesOfAKnownCurve_recoversItsCoefficients() {
        double a = 10.1;
        double b = 0.04;
        double c = -0.0007;
        double[][] ranges = {{0, 1}, {1, 5}, {5, 10}, {10, 20}, {20, 30}};
        List<ExperienceBracket> list = new ArrayList<>();
        for (double[] r : ranges) {
            int n = 4000;
            double h = (r[1] - r[0]) / n;
            double s = 0;
            for (int i = 0; i <= n; i++) {
                double x = r[0] + i * h;
                s += (i == 0 || i == n ? 1 : i % 2 == 0 ? 2 : 4) * Math.exp(a + b * x + c * x * x);
            }
            list.add(closed(r[0], r[1], s * h / 3 / (r[1] - r[0])));
        }
        // This curve peaks at 28.6 years, inside the last bracket: only an explicit MINCER fit keeps that turn.
        ExperienceCurve curve = ExperienceCurve.fit(ExperienceBrackets.of("known", list),
                CurveOptions.defaults().withMethod(CurveMethod.MINCER));
        List<Double> k = curve.coefficients();
        assertEquals(a, k.get(0), 1e-7);
        assertEquals(b, k.get(1), 1e-7);
        assertEquals(c, k.get(2), 1e-8);
    }

    @ParameterizedTest
    @EnumSource(value = CurveMethod.class, names = {"MINCER", "MONOTONE", "LINEAR"})
    void fit_toItsOwnBracketAverages_returnsTheSameCurve(CurveMethod method) {
        CurveOptions options = CurveOptions.defaults().withMethod(method);
        ExperienceCurve first = ExperienceCurve.fit(seed(), options);
        List<ExperienceBracket> own = new ArrayList<>();
        for (BracketFit f : first.fitPerBracket()) {
            own.add(f.bracket().withPay(f.fitted()));
        }
        ExperienceCurve again = ExperienceCurve.fit(ExperienceBrackets.of("own", own), options);
        for (BracketFit f : again.fitPerBracket()) {
            assertEquals(0, f.error(), 1e-9, f.bracket().label());
        }
        for (double x = 0; x <= 40; x += 0.5) {
            assertEquals(first.payAt(x).amount(), again.payAt(x).amount(), 1e-6 * first.payAt(x).amount(),
                    "at " + x + " years");
        }
    }

    @Test
    void monotone_increasingBrackets_giveANonDecreasingCurveThatMatchesEveryBracket() {
        ExperienceCurve curve = ExperienceCurve.fit(seed(), CurveOptions.defaults().withMethod(CurveMethod.MONOTONE));
        for (BracketFit f : curve.fitPerBracket()) {
            assertEquals(0, f.error(), 1e-9, f.bracket().label());
        }
        double previous = 0;
        for (double x = 0; x <= 40; x += 0.1) {
            double pay = curve.payAt(x).amount();
            assertTrue(pay >= previous - 1e-9, "falls at " + x + " years");
            previous = pay;
        }
        assertTrue(curve.peak().isEmpty());
    }

    @Test
    void auto_withThreeBrackets_fitsTheMonotoneCurve() {
        ExperienceBrackets three = ExperienceBrackets.of(closed(0, 5, 28_000), closed(5, 10, 30_000),
                closed(10, 20, 32_000));
        assertEquals(CurveMethod.MONOTONE, ExperienceCurve.fit(three).method());
    }

    @Test
    void auto_withTwoBrackets_fitsALineThroughBothMidpoints() {
        ExperienceBrackets two = ExperienceBrackets.of(closed(0, 5, 28_000), closed(5, 10, 30_000));
        ExperienceCurve curve = ExperienceCurve.fit(two);
        assertEquals(CurveMethod.LINEAR, curve.method());
        assertEquals(28_000, curve.payAt(2.5).amount(), 1e-6);
        assertEquals(30_000, curve.payAt(7.5).amount(), 1e-6);
        assertEquals(28_000, curve.averagePay(0, 5).amount(), 1e-6);
        assertEquals(400, curve.yearlyRaise(3).amount(), 1e-6);
    }

    @Test
    void linear_thatFallsToZeroWithinTheBrackets_isRefused() {
        ExperienceBrackets falling = ExperienceBrackets.of(closed(0, 5, 40_000), closed(5, 10, 10_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperienceCurve.fit(falling));
        assertTrue(e.getMessage().contains("falls to -5000.00 at 10 years"), e.getMessage());
        assertEquals(CurveMethod.MONOTONE, ExperienceCurve.fit(falling,
                CurveOptions.defaults().withMethod(CurveMethod.MONOTONE)).method());
    }

    @Test
    void fit_oneBracket_isRefusedNamingTheCount() {
        ExperienceBrackets one = ExperienceBrackets.of(closed(0, 5, 28_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperienceCurve.fit(one));
        assertTrue(e.getMessage().contains("at least 2 brackets"), e.getMessage());
        assertTrue(e.getMessage().contains("0–5 yrs"), e.getMessage());
    }

    @Test
    void mincer_withTwoBrackets_isRefusedNamingTheMinimum() {
        ExperienceBrackets two = ExperienceBrackets.of(closed(0, 5, 28_000), closed(5, 10, 30_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperienceCurve.fit(two,
                CurveOptions.defaults().withMethod(CurveMethod.MINCER)));
        assertTrue(e.getMessage().contains("at least 3 brackets for mincer"), e.getMessage());
    }

    @Test
    void fit_bracketsOfTwoOccupations_isRefused() {
        ExperienceBrackets mixed = ExperienceBrackets.of("mixed", List.of(closed(0, 5, 28_000), closed(5, 10, 30_000),
                ExperienceBracket.of("43-4171", "Receptionists", 0, 5, Wage.annual(26_000), 2019, "test"),
                ExperienceBracket.of("43-4171", "Receptionists", 5, 10, Wage.annual(27_000), 2019, "test")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperienceCurve.fit(mixed));
        assertTrue(e.getMessage().contains("43-4171"), e.getMessage());
    }

    @Test
    void bracketGain_seed_is21point4Percent() {
        assertEquals(0.214, ExperienceCurve.fit(seed()).bracketGain(), 0.0005);
    }

    @Test
    void averageYearlyRaise_seed_compoundsTheGainOverTheMidpointSpan() {
        Raise r = ExperienceCurve.fit(seed()).averageYearlyRaise();
        assertEquals(2.5, r.fromYears());
        assertEquals(25, r.toYears());
        assertEquals(6_000 / 22.5, r.amount(), 1e-9);
        assertEquals(Math.pow(34_000.0 / 28_000, 1 / 22.5) - 1, r.fraction(), 1e-12);
        assertEquals(0.00867, r.fraction(), 0.00001);
    }

    @Test
    void openBracketWidth_isAnAdjustableAssumption() {
        ExperienceCurve ten = ExperienceCurve.fit(seed());
        ExperienceCurve twenty = ExperienceCurve.fit(seed(), CurveOptions.defaults().withOpenBracketWidth(20));
        assertEquals(30, ten.endYears());
        assertEquals(40, twenty.endYears());
        assertEquals(twenty.averagePay(20, 40).amount(), twenty.fitPerBracket().get(3).fitted().amount(), 1e-9);
        assertTrue(Math.abs(ten.payAt(25).amount() - twenty.payAt(25).amount()) > 10);
        assertEquals(30.0, twenty.averageYearlyRaise().toYears());
        assertThrows(IllegalArgumentException.class, () -> CurveOptions.defaults().withOpenBracketWidth(0));
    }

    @Test
    void leaveOneOut_seed_predictsEachBracketFromACurveFittedToTheOthers() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        assertTrue(curve.canLeaveOneOut());
        LeaveOneOut loo = curve.leaveOneOut();
        assertEquals(4, loo.heldOut().size());
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            HeldOut h = loo.heldOut().get(i);
            List<ExperienceBracket> rest = new ArrayList<>(seed().rows());
            ExperienceBracket out = rest.remove(i);
            assertEquals(out, h.bracket());
            ExperienceCurve others = ExperienceCurve.fit(ExperienceBrackets.of("rest", rest),
                    CurveOptions.defaults().withMethod(CurveMethod.MINCER));
            double predicted = others.averagePay(out.lowerYears(), out.upperYears(10)).amount();
            assertEquals(predicted, h.predicted().amount(), 1e-9);
            assertEquals(predicted / out.pay().amount() - 1, h.error(), 1e-12);
            sum += Math.abs(h.error());
        }
        assertEquals(sum / 4, loo.meanAbsError(), 1e-12);
        assertTrue(loo.heldOut().get(0).extrapolated());
        assertFalse(loo.heldOut().get(1).extrapolated());
        assertTrue(loo.heldOut().get(3).extrapolated());
    }

    @Test
    void leaveOneOut_withTooFewBracketsForTheMethod_isRefused() {
        ExperienceCurve line = ExperienceCurve.fit(ExperienceBrackets.of(closed(0, 5, 28_000), closed(5, 10, 30_000)));
        assertFalse(line.canLeaveOneOut());
        assertThrows(IllegalStateException.class, line::leaveOneOut);
    }

    @Test
    void yearlyRaise_isNextYearsPayMinusThisYears() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        Raise r = curve.yearlyRaise(7);
        double now = curve.payAt(7).amount();
        double next = curve.payAt(8).amount();
        assertEquals(next - now, r.amount(), 1e-9);
        assertEquals(next / now - 1, r.fraction(), 1e-12);
        assertTrue(r.amount() > 0);
    }

    @Test
    void growth_isPayRelativeToTheStart() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        assertEquals(curve.payAt(15).amount() / curve.payAt(0).amount() - 1, curve.growth(15), 1e-12);
        assertEquals(0, curve.growth(0), 0);
    }

    @Test
    void yearsToReach_findsThePointWhereTheCurveMeetsTheTarget() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        double years = curve.yearsToReach(Wage.annual(32_000)).orElseThrow();
        assertEquals(32_000, curve.payAt(years).amount(), 0.01);
        assertTrue(curve.payAt(years - 0.01).amount() < 32_000);
        assertEquals(0, curve.yearsToReach(Wage.annual(20_000)).orElseThrow());
        assertEquals(OptionalDouble.empty(), curve.yearsToReach(Wage.annual(60_000)));
        assertThrows(BasisMismatchException.class, () -> curve.yearsToReach(Wage.hourly(16)));
    }

    @Test
    void peak_ofTheSeedMincerCurve_isWhereTheParabolaTurns_beyondTheData() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        List<Double> k = curve.coefficients();
        assertTrue(k.get(2) < 0);
        Peak p = curve.peak().orElseThrow();
        assertEquals(-k.get(1) / (2 * k.get(2)), p.years(), 1e-12);
        assertTrue(p.beyondData());
        assertTrue(curve.payAt(p.years() - 0.5).amount() < p.pay().amount());
        assertTrue(curve.payAt(p.years() + 0.5).amount() < p.pay().amount());
    }

    @Test
    void peak_ofHumpShapedBrackets_isInsideTheData() {
        ExperienceBrackets hump = ExperienceBrackets.of(closed(0, 5, 30_000), closed(5, 10, 40_000),
                closed(10, 20, 36_000));
        ExperienceCurve curve = ExperienceCurve.fit(hump);
        Peak p = curve.peak().orElseThrow();
        assertTrue(p.years() > 2.5 && p.years() < 15, "peak at " + p.years());
        assertFalse(p.beyondData());
    }

    @Test
    void rebasedTo_setsTheAverageOverTheRangeAndKeepsTheShape() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        ExperienceCurve bls = curve.rebasedTo(Wage.annual(33_750));
        assertEquals(33_750, bls.averagePay(0, 30).amount(), 1e-6);
        assertEquals(curve.growth(20), bls.growth(20), 1e-12);
        assertEquals(curve.payAt(10).amount() * bls.scale(), bls.payAt(10).amount(), 1e-9);
        assertEquals(1, bls.adjustments().size());
        assertEquals(curve.fitPerBracket(), bls.fitPerBracket());
        ExperienceCurve at10 = curve.rebasedTo(Wage.annual(33_750), 10);
        assertEquals(33_750, at10.payAt(10).amount(), 1e-6);
        assertThrows(BasisMismatchException.class, () -> curve.rebasedTo(Wage.hourly(16.23)));
    }

    @Test
    void scaledBy_multipliesEveryPoint_andRefusesNonPositiveFactors() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        ExperienceCurve real = curve.scaledBy(251.107 / 255.657, "2019 dollars to 2018 dollars (CPI-U)");
        assertEquals(curve.payAt(12).amount() * 251.107 / 255.657, real.payAt(12).amount(), 1e-9);
        assertTrue(real.adjustments().get(0).contains("CPI-U"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> curve.scaledBy(0, "x"));
        assertTrue(e.getMessage().contains("factor"), e.getMessage());
    }

    @Test
    void queries_outsideZeroToSixtyYears_areRefusedNamingTheRange() {
        ExperienceCurve curve = ExperienceCurve.fit(seed());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> curve.payAt(-1));
        assertTrue(e.getMessage().contains("valid values 0 - 60") && e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> curve.payAt(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> curve.yearlyRaise(60));
        assertThrows(IllegalArgumentException.class, () -> curve.averagePay(5, 5));
    }
}
