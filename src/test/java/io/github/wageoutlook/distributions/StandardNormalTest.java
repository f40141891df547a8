package io.github.wageoutlook.distributions;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StandardNormalTest {

    @Test
    void cdf_agreesWithCommonsMathToRelativePrecision() {
        NormalDistribution reference = new NormalDistribution(null, 0, 1);
        for (double x = -12; x <= 8; x += 0.0137) {
            double expected = x < 0 ? 0.5 * Erf.erfc(-x / Math.sqrt(2)) : reference.cumulativeProbability(x);
            assertEquals(expected, StandardNormal.cdf(x), 1e-14 * expected + 1e-16, "at x = " + x);
        }
    }

    @Test
    void cdf_atKnownPoints_matchesTables() {
        assertEquals(0.5, StandardNormal.cdf(0), 1e-16);
        assertEquals(0.8413447460685429, StandardNormal.cdf(1), 1e-15);
        assertEquals(0.9750021048517795, StandardNormal.cdf(1.96), 1e-15);
        assertEquals(7.619853024160527e-24, StandardNormal.cdf(-10), 1e-36);
        assertEquals(0, StandardNormal.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1, StandardNormal.cdf(Double.POSITIVE_INFINITY));
    }

    @Test
    void quantile_invertsCdf() {
        for (double p = 1e-6; p < 1; p += 0.00731) {
            assertEquals(p, StandardNormal.cdf(StandardNormal.quantile(p)), 1e-15 + 1e-13 * p, "at p = " + p);
        }
        assertEquals(-1.2815515655446004, StandardNormal.quantile(0.1), 1e-13);
    }
}
