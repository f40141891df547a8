package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupDistributionTest {

    private static OccupationDistribution annual(String soc) {
        return WageDistribution.from(Oews.national(2018).occupation(soc).orElseThrow(), WageBasis.ANNUAL);
    }

    // BLS's published row 43-0000 Office and Administrative Support Occupations, May 2018: median $35,760,
    // mean $38,990, employment 21,828,990.
    @Test
    void median_ofOfficeAndAdministrativeSupport2018_isWithinOnePercentOfBlsGroupRow() {
        GroupDistribution g = GroupDistribution.from(Oews.national(2018), "43", WageBasis.ANNUAL);
        assertEquals(56, g.members().size());
        assertEquals(21_828_990, g.employment());
        assertEquals(35_760, g.median().amount(), 0.01 * 35_760);
        assertEquals(38_990, g.mean().amount(), 0.005 * 38_990);
    }

    @Test
    void mixture_ofOneOccupation_isThatOccupation() {
        OccupationDistribution csr = annual("43-4051");
        GroupDistribution g = GroupDistribution.of("only CSRs", List.of(csr));
        for (double p : new double[] {1, 10, 33, 50, 90, 97}) {
            assertEquals(csr.wageAt(p).amount(), g.wageAt(p).amount(), 1e-6 * csr.wageAt(p).amount());
        }
    }

    @Test
    void mixture_liesBetweenItsMembers_andRankInvertsWageAt() {
        OccupationDistribution csr = annual("43-4051");
        OccupationDistribution receptionists = annual("43-4171");
        GroupDistribution g = GroupDistribution.of("front desk", List.of(csr, receptionists));
        double previous = 0;
        for (double p = 1; p < 100; p += 2) {
            double w = g.wageAt(p).amount();
            double a = csr.wageAt(p).amount();
            double b = receptionists.wageAt(p).amount();
            assertTrue(w >= Math.min(a, b) - 1e-6 && w <= Math.max(a, b) + 1e-6, "P" + p);
            assertTrue(w > previous, "P" + p);
            assertEquals(p, g.rankOf(Wage.annual(w)).percentile(), 1e-6);
            previous = w;
        }
    }

    @Test
    void of_hourlyAndAnnualMembers_isABasisMismatch() {
        OccupationDistribution hourly = WageDistribution.from(Oews.national(2018).occupation("43-4051").orElseThrow(),
                WageBasis.HOURLY);
        BasisMismatchException e = assertThrows(BasisMismatchException.class,
                () -> GroupDistribution.of("mixed", List.of(annual("43-4171"), hourly)));
        assertTrue(e.getMessage().contains("hourly") && e.getMessage().contains("annual"), e.getMessage());
    }

    @Test
    void of_memberWithoutEmployment_namesIt() {
        OccupationDistribution noEmployment = OccupationDistribution.of("my survey", WageBasis.ANNUAL,
                new double[] {25, 50, 75}, new double[] {30_000, 40_000, 50_000}, OptionalDouble.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupDistribution.of("g", List.of(annual("43-4051"), noEmployment)));
        assertTrue(e.getMessage().contains("my survey") && e.getMessage().contains("employment"), e.getMessage());
    }

    // Major group 27 (Arts, Design, Entertainment, Sports, and Media) holds hourly-only occupations such as
    // 27-2011 Actors: an annual mixture leaves them out and says so.
    @Test
    void ofGroup_annual_leavesOutHourlyOnlyOccupationsAndListsThem() {
        GroupDistribution g = GroupDistribution.from(Oews.national(2018), "27-0000", WageBasis.ANNUAL);
        assertTrue(g.excluded().stream().anyMatch(e -> e.startsWith("27-2011 Actors")), g.excluded().toString());
    }

    @Test
    void ofGroup_withDetailedCode_isRejectedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupDistribution.from(Oews.national(2018), "43-4051", WageBasis.ANNUAL));
        assertTrue(e.getMessage().contains("groupCode") && e.getMessage().contains("43-4051"), e.getMessage());
    }

    @Test
    void wageAt_percentileOutsideOpenInterval_isRejected() {
        GroupDistribution g = GroupDistribution.of("g", List.of(annual("43-4051")));
        assertThrows(IllegalArgumentException.class, () -> g.wageAt(100));
        assertThrows(IllegalArgumentException.class, () -> g.wageAt(0));
    }

    @Test
    void ofGroup_minorGroup_usesOnlyItsDetailedOccupations() {
        GroupDistribution g = GroupDistribution.from(Oews.national(2018), "43-4000", WageBasis.ANNUAL);
        assertTrue(g.members().stream().allMatch(m -> m.label().startsWith("43-4")), g.toString());
        assertTrue(g.members().stream().anyMatch(m -> m.label().startsWith("43-4051")));
    }
}
