package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeighbourYearShapeTest {
    private static final double[] OUTER = {10, 50, 90};

    private static OccupationWages csr(int year) {
        return Oews.national(year).occupation("43-4051").orElseThrow();
    }

    private static double residual(int year) {
        OccupationWages row = csr(year);
        double model = NeighbourYearShape.modelEstimate(row, WageBasis.ANNUAL, 25, OUTER).orElseThrow();
        return Math.log(row.annual().p25().amount() / model);
    }

    @Test
    void correction_isTheShrunkWeightedMeanOfTheNeighbouringYearsResiduals() {
        NeighbourYearShape shape = NeighbourYearShape.measure(
                List.of(Oews.national(2016), Oews.national(2017), Oews.national(2018), Oews.national(2019)),
                WageBasis.ANNUAL, 25, OUTER);
        // 2018: 2017 and 2019 at distance 1 (weight 1), 2016 at distance 2 (weight 1/4).
        double expected = (residual(2017) + residual(2019) + residual(2016) / 4)
                / (2.25 + NeighbourYearShape.SHRINKAGE);
        assertEquals(expected, shape.correction(csr(2018)), 1e-12);
        assertEquals(3, shape.neighbours(csr(2018)));
        assertEquals(2, shape.neighbours(csr(2016)));
        double model = NeighbourYearShape.modelEstimate(csr(2018), WageBasis.ANNUAL, 25, OUTER).orElseThrow();
        assertEquals(model * Math.exp(expected), shape.estimate(csr(2018)).orElseThrow(), 1e-9);
    }

    @Test
    void estimate_neverReadsTheEstimatedYearsOwnFigure() {
        List<OewsTable> without2018 = List.of(Oews.national(2017), Oews.national(2019));
        List<OewsTable> with2018 = List.of(Oews.national(2017), Oews.national(2018), Oews.national(2019));
        for (String soc : List.of("43-4051", "29-1141", "35-2014", "15-1132")) {
            OccupationWages row = Oews.national(2018).occupation(soc).orElseThrow();
            OptionalDouble a = NeighbourYearShape.measure(without2018, WageBasis.ANNUAL, 25, OUTER).estimate(row);
            OptionalDouble b = NeighbourYearShape.measure(with2018, WageBasis.ANNUAL, 25, OUTER).estimate(row);
            assertEquals(a, b, soc);
        }
    }

    @Test
    void estimate_withoutNeighbours_isTheModelsEstimate() {
        NeighbourYearShape shape = NeighbourYearShape.measure(List.of(Oews.national(2018)), WageBasis.ANNUAL, 75,
                OUTER);
        OccupationWages row = csr(2018);
        assertEquals(0, shape.correction(row));
        assertEquals(0, shape.neighbours(row));
        double model = OccupationDistribution.of("csr", WageBasis.ANNUAL, OUTER,
                new double[] {22_140, 33_750, 55_310}, OptionalDouble.of(row.annual().mean().amount())).wageAt(75)
                .amount();
        assertEquals(model, shape.estimate(row).orElseThrow(), 1e-9);
    }

    @Test
    void estimate_ofARowWithoutTheInputs_isEmpty() {
        // 29-1211 Anesthesiologists, May 2021: every percentile above the median is top-coded (#).
        OccupationWages row = Oews.national(2021).occupation("29-1211").orElseThrow();
        assertTrue(row.annual().p90().isLowerBound(), row.annual().toString());
        NeighbourYearShape shape = NeighbourYearShape.measure(List.of(Oews.national(2021)), WageBasis.ANNUAL, 25,
                OUTER);
        assertTrue(shape.estimate(row).isEmpty());
    }

    @Test
    void neighbouringYears_reduceTheHeldOutError_on2014To2020() {
        List<OewsTable> years = List.of(2014, 2015, 2016, 2017, 2018, 2019, 2020).stream().map(Oews::national)
                .toList();
        NeighbourYearShape shape = NeighbourYearShape.measure(years, WageBasis.ANNUAL, 25, OUTER);
        double rowOnly = 0;
        double shaped = 0;
        int n = 0;
        for (OewsTable t : years) {
            for (OccupationWages row : t.level(GroupLevel.DETAILED).rows()) {
                if (!row.annual().percentiles().stream().allMatch(WageFigure::isExact)) {
                    continue;
                }
                double published = row.annual().p25().amount();
                double model = NeighbourYearShape.modelEstimate(row, WageBasis.ANNUAL, 25, OUTER).orElseThrow();
                rowOnly += Math.abs(model / published - 1);
                shaped += Math.abs(shape.estimate(row).orElseThrow() / published - 1);
                n++;
            }
        }
        assertTrue(n > 5000, "rows " + n);
        // Measured: 1.81% from the row alone, 0.80% with the neighbouring years.
        assertTrue(shaped / n < 0.6 * rowOnly / n, "shaped " + shaped / n + " vs row only " + rowOnly / n);
    }

    @Test
    void badArguments_nameTheArgumentAndTheValidValues() {
        List<OewsTable> one = List.of(Oews.national(2018));
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> NeighbourYearShape.measure(one, WageBasis.ANNUAL, 30, OUTER));
        assertTrue(target.getMessage().contains("target") && target.getMessage().contains("30"),
                target.getMessage());
        IllegalArgumentException includes = assertThrows(IllegalArgumentException.class,
                () -> NeighbourYearShape.measure(one, WageBasis.ANNUAL, 50, OUTER));
        assertTrue(includes.getMessage().contains("inputs[1]") && includes.getMessage().contains("without the "
                + "target 50"), includes.getMessage());
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> NeighbourYearShape.measure(one, WageBasis.ANNUAL, 25, new double[] {50}));
        assertTrue(few.getMessage().contains("inputs"), few.getMessage());
        IllegalArgumentException unpublished = assertThrows(IllegalArgumentException.class,
                () -> NeighbourYearShape.measure(one, WageBasis.ANNUAL, 25, new double[] {10, 40}));
        assertTrue(unpublished.getMessage().contains("inputs[1]") && unpublished.getMessage().contains("40"),
                unpublished.getMessage());
    }
}
