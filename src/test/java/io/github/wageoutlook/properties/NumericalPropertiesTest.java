package io.github.wageoutlook.properties;

import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.experience.CurveMethod;
import io.github.wageoutlook.experience.CurveOptions;
import io.github.wageoutlook.experience.ExperienceBracket;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.experience.ExperienceCurve;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.Projection;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the numerical core on generated inputs (jqwik: 1,000 tries each by default, shrunk to a smallest
 * counterexample on failure). The generated values span what real data holds and more: wages from $5 an hour to
 * $500,000 a year, employment from 0.1 to 200,000 thousand, growth from −50 % to +80 % a year.
 */
class NumericalPropertiesTest {

    /** Five published percentiles (P10 … P90) of a valid occupation: positive and non-decreasing, with a mean. */
    record PercentileSet(double[] amounts, OptionalDouble mean) {
    }

    @Provide
    Arbitrary<PercentileSet> percentileSets() {
        Arbitrary<Double> p10 = Arbitraries.doubles().between(10_000, 200_000);
        Arbitrary<double[]> steps = Arbitraries.doubles().between(0, 0.8).array(double[].class).ofSize(4);
        Arbitrary<Double> meanFactor = Arbitraries.doubles().between(0.9, 1.6);
        return Combinators.combine(p10, steps, meanFactor, Arbitraries.of(true, false)).as((low, s, m, hasMean) -> {
            double[] a = new double[5];
            a[0] = low;
            for (int i = 1; i < 5; i++) {
                a[i] = a[i - 1] * (1 + s[i - 1]); // steps of 0: equal neighbours, as BLS publishes for some rows
            }
            return new PercentileSet(a, hasMean ? OptionalDouble.of(a[2] * m) : OptionalDouble.empty());
        });
    }

    private static final double[] PUBLISHED = {10, 25, 50, 75, 90};

    private static OccupationDistribution distribution(PercentileSet s) {
        return OccupationDistribution.of("generated", WageBasis.ANNUAL, PUBLISHED, s.amounts(), s.mean());
    }

    @Property
    void wageAtPercentile_isMonotone(@ForAll("percentileSets") PercentileSet s,
                                     @ForAll @DoubleRange(min = 0.5, max = 99.5) double p,
                                     @ForAll @DoubleRange(min = 0.0, max = 20.0) double step) {
        OccupationDistribution d = distribution(s);
        double q = Math.min(99.5, p + step);
        double low = d.wageAt(p).wage().amount();
        double high = d.wageAt(q).wage().amount();
        assertTrue(low <= high * (1 + 1e-12), () -> "P" + p + " = " + low + " > P" + q + " = " + high);
    }

    @Property
    void publishedPercentiles_areReproduced(@ForAll("percentileSets") PercentileSet s) {
        OccupationDistribution d = distribution(s);
        for (int i = 0; i < PUBLISHED.length; i++) {
            assertEquals(s.amounts()[i], d.wageAt(PUBLISHED[i]).wage().amount(), s.amounts()[i] * 1e-9);
        }
    }

    @Property
    void rankOfWageAtPercentile_returnsThePercentile(@ForAll("percentileSets") PercentileSet s,
                                                     @ForAll @DoubleRange(min = 1, max = 99) double p) {
        OccupationDistribution d = distribution(s);
        Wage w = d.wageAt(p).wage();
        double back = d.rankOf(w).percentile();
        // Where neighbouring percentiles are equal the wage is a flat stretch: any rank within it is an inverse.
        double lo = d.wageAt(Math.max(0.5, p - 1e-6)).wage().amount();
        double hi = d.wageAt(Math.min(99.5, p + 1e-6)).wage().amount();
        if (hi - lo > w.amount() * 1e-9) {
            assertEquals(p, back, 1e-6, () -> "wage " + w + " at P" + p + " ranks P" + back);
        } else {
            assertEquals(w.amount(), d.wageAt(back).wage().amount(), w.amount() * 1e-9);
        }
    }

    @Property
    void compoundingForwardThenBack_returnsTheStart(@ForAll @DoubleRange(min = 0.1, max = 200_000) double base,
                                                    @ForAll @DoubleRange(min = -0.5, max = 0.8) double rate,
                                                    @ForAll @IntRange(min = 1, max = 40) int years) {
        double target = base * Math.pow(1 + rate, years);
        Cycle cycle = Cycle.of(2024, 2024 + years);
        Projection forward = Projection.of("forward", base, target, cycle);
        assertEquals(rate, forward.growthRate(), 1e-9);
        for (int k = 1; k <= years; k++) {
            // Forward k years on the compound path, then back: the rate that takes the reached value back to the
            // base undoes the forward rate, and compounding at it for k years lands on the start.
            double reached = forward.employmentIn(2024 + k).employment();
            Projection back = Projection.of("back", reached, base, Cycle.of(2024 + k, 2024 + 2 * k));
            assertEquals(1 / (1 + rate) - 1, back.growthRate(), 1e-9 / (1 + rate));
            assertEquals(base, reached * Math.pow(1 + back.growthRate(), k), base * 1e-9);
            assertEquals(base, back.employmentIn(2024 + 2 * k).employment(), base * 1e-12);
        }
        assertEquals(target, forward.employmentIn(2024 + years).employment(), target * 1e-12);
    }

    @Property
    void inflationThereAndBack_returnsTheStart(@ForAll @DoubleRange(min = 1, max = 1_000_000) double amount,
                                               @ForAll("indexValues") List<Double> values,
                                               @ForAll @IntRange(min = 0, max = 29) int from,
                                               @ForAll @IntRange(min = 0, max = 29) int to) {
        Map<Integer, Double> annual = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            annual.put(1995 + i, values.get(i));
        }
        PriceIndex index = PriceIndex.of("CUUR0000SA0", "generated", annual, Map.of());
        int a = 1995 + Math.min(from, values.size() - 1);
        int b = 1995 + Math.min(to, values.size() - 1);
        Wage start = Wage.annual(amount);
        Wage there = index.adjust(start, a, b);
        Wage back = index.adjust(there, b, a);
        assertEquals(start.amount(), back.amount(), amount * 1e-12);
        assertEquals(WageBasis.ANNUAL, back.basis());
    }

    @Provide
    Arbitrary<List<Double>> indexValues() {
        return Arbitraries.doubles().between(10, 1_000).list().ofMinSize(2).ofMaxSize(30);
    }

    @Property(tries = 300)
    void curveFittedToItsOwnPredictions_returnsThem(@ForAll("bracketPays") double[] pays,
                                                    @ForAll("methods") CurveMethod method) {
        ExperienceCurve first = ExperienceCurve.fit(brackets(pays), CurveOptions.defaults().withMethod(method));
        double[] predicted = first.fitPerBracket().stream().mapToDouble(f -> f.fitted().amount()).toArray();
        ExperienceCurve again = ExperienceCurve.fit(brackets(predicted), CurveOptions.defaults().withMethod(method));
        double[] repredicted = again.fitPerBracket().stream().mapToDouble(f -> f.fitted().amount()).toArray();
        for (int i = 0; i < predicted.length; i++) {
            assertEquals(predicted[i], repredicted[i], predicted[i] * 1e-6,
                    "bracket " + i + " of " + method + " fitted to " + Arrays.toString(predicted));
        }
    }

    @Provide
    Arbitrary<double[]> bracketPays() {
        Arbitrary<Double> first = Arbitraries.doubles().between(20_000, 150_000);
        Arbitrary<double[]> steps = Arbitraries.doubles().between(0.01, 0.4).array(double[].class).ofSize(4);
        return Combinators.combine(first, steps).as((f, s) -> {
            double[] pay = new double[5];
            pay[0] = f;
            for (int i = 1; i < 5; i++) {
                pay[i] = pay[i - 1] * (1 + s[i - 1]);
            }
            return pay;
        });
    }

    @Provide
    Arbitrary<CurveMethod> methods() {
        return Arbitraries.of(CurveMethod.values());
    }

    /** Career-stage brackets: under 1, 1–4, 5–9, 10–19, 20+ years. */
    private static ExperienceBrackets brackets(double[] pays) {
        double[][] years = {{0, 1}, {1, 5}, {5, 10}, {10, 20}, {20, Double.POSITIVE_INFINITY}};
        List<ExperienceBracket> list = new ArrayList<>();
        for (int i = 0; i < pays.length; i++) {
            list.add(new ExperienceBracket("43-4051", "Customer service representatives", years[i][0], years[i][1],
                    Wage.annual(pays[i]), 2024, OptionalInt.empty(), "generated"));
        }
        return ExperienceBrackets.of("generated", list);
    }
}
