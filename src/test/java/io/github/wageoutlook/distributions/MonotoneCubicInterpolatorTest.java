package io.github.wageoutlook.distributions;

import java.util.Random;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonotoneCubicInterpolatorTest {
    private final MonotoneCubicInterpolator pchip = new MonotoneCubicInterpolator();

    @Test
    void interpolate_passesThroughEveryPoint() {
        double[] x = {-1.28, -0.67, 0, 0.67, 1.28};
        double[] y = {10.0, 10.2, 10.4, 10.7, 10.9};
        PolynomialSplineFunction f = pchip.interpolate(x, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], f.value(x[i]), 1e-12);
        }
    }

    @Test
    void interpolate_ofRandomIncreasingData_isIncreasingAndNeverOvershoots() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(6);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (i == 0 ? 0 : x[i - 1]) + 0.01 + random.nextDouble();
                // Steps of very different sizes, including flat ones, are where a plain cubic spline overshoots.
                y[i] = (i == 0 ? 0 : y[i - 1]) + (random.nextInt(4) == 0 ? 0 : Math.pow(random.nextDouble(), 3) * 10);
            }
            PolynomialSplineFunction f = pchip.interpolate(x, y);
            double previous = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= 2000; k++) {
                double v = f.value(Math.min(x[n - 1], x[0] + (x[n - 1] - x[0]) * k / 2000));
                assertTrue(v >= previous - 1e-12, "decreases at step " + k + " of trial " + trial);
                assertTrue(v >= y[0] - 1e-12 && v <= y[n - 1] + 1e-12, "leaves the data range in trial " + trial);
                previous = v;
            }
        }
    }

    @Test
    void interpolate_betweenEqualValues_staysFlat() {
        PolynomialSplineFunction f = pchip.interpolate(new double[] {0, 1, 2, 3}, new double[] {1, 2, 2, 5});
        assertEquals(2.0, f.value(1.5), 1e-12);
    }

    @Test
    void interpolate_ofTwoPoints_isTheStraightLine() {
        PolynomialSplineFunction f = pchip.interpolate(new double[] {0, 2}, new double[] {1, 5});
        assertEquals(3.0, f.value(1), 1e-12);
    }

    @Test
    void slopes_ofLinearData_areTheLineSlope() {
        double[] d = MonotoneCubicInterpolator.slopes(new double[] {0, 1, 3, 4}, new double[] {1, 3, 7, 9});
        for (double s : d) {
            assertEquals(2.0, s, 1e-12);
        }
    }

    @Test
    void interpolate_withNonIncreasingX_namesTheIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pchip.interpolate(new double[] {0, 1, 1}, new double[] {0, 1, 2}));
        assertTrue(e.getMessage().contains("x[2]") && e.getMessage().contains("strictly increasing"),
                e.getMessage());
    }

    @Test
    void interpolate_withLengthMismatchOrOnePoint_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> pchip.interpolate(new double[] {0, 1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> pchip.interpolate(new double[] {0}, new double[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> pchip.interpolate(new double[] {0, Double.NaN}, new double[] {0, 1}));
    }
}
