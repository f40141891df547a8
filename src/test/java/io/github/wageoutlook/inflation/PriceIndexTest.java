package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceIndexTest {
    private static final PriceIndex CPI_U = Cpi.u();

    @TempDir
    Path dir;

    @Test
    void csr2017Median_in2023Dollars_is32890Times304702Over245120() {
        OccupationWages csr = Oews.national(2017).occupation("43-4051").orElseThrow();
        Wage median2017 = csr.annual().median().wage();
        assertEquals(Wage.annual(32_890), median2017);

        Wage in2023 = CPI_U.adjust(median2017, 2017, 2023);

        assertEquals(32_890 * 304.702 / 245.120, in2023.amount(), 1e-9);
        assertEquals(40_884.66, in2023.amount(), 0.005);
        assertEquals(WageBasis.ANNUAL, in2023.basis());
        assertEquals(Wage.annual(40_880), in2023.rounded());
    }

    @Test
    void hourlyWage_keepsItsBasis() {
        Wage h = CPI_U.adjust(Wage.hourly(15.81), 2017, 2023);
        assertEquals(WageBasis.HOURLY, h.basis());
        assertEquals(15.81 * 304.702 / 245.120, h.amount(), 1e-12);
    }

    @Test
    void yearOutsideTheIndex_isMissingValue_namingTheRange() {
        MissingIndexValueException e = assertThrows(MissingIndexValueException.class,
                () -> CPI_U.adjust(Wage.annual(42_830), 1912, 2023));
        assertEquals("No CUUR0000SA0 value for 1912: the index starts in 1913 (its annual averages cover 1913 - "
                + "2025). Alternatives: adjust from 1913 at the earliest: BLS's CPI-U begins in 1913, and no BLS file "
                + "holds an earlier value", e.getMessage());
        assertEquals("1912", e.period());
        assertThrows(IllegalArgumentException.class, () -> CPI_U.adjust(Wage.annual(1), 2023, 2027));
    }

    @Test
    void annualAverage_isOnlyWhatBlsPublished_neverComputedFromAPartialYear() {
        assertTrue(CPI_U.hasMonthly(YearMonth.of(2026, 6)));
        MissingIndexValueException e = assertThrows(MissingIndexValueException.class, () -> CPI_U.annual(2026));
        assertTrue(e.getMessage().contains("BLS has not published an annual average for 2026 in this index (it "
                + "holds 6 months of it; an annual average is never computed here from a partial year)"),
                e.getMessage());
        assertEquals(2025, CPI_U.lastYear());
    }

    @Test
    void monthOutsideTheIndex_isMissingValue_namingTheRange() {
        MissingIndexValueException e = assertThrows(MissingIndexValueException.class,
                () -> CPI_U.adjust(Wage.annual(1), YearMonth.of(2023, 5), YearMonth.of(2026, 7)));
        assertTrue(e.getMessage().startsWith("No CUUR0000SA0 value for 2026-07: the monthly values of this index "
                + "cover 1913-01 - 2026-06, with 1 missing"), e.getMessage());
    }

    @Test
    void october2025_isMissing_withTheNamedErrorOfferingTheAnnualAverageOrAnInterpolation() {
        YearMonth october = YearMonth.of(2025, 10);
        assertFalse(CPI_U.hasMonthly(october));
        MissingIndexValueException e = assertThrows(MissingIndexValueException.class,
                () -> CPI_U.adjust(Wage.annual(50_000), october, YearMonth.of(2026, 6)));
        assertEquals("2025-10", e.period());
        assertEquals("CUUR0000SA0", e.seriesId());
        assertTrue(e.getMessage().startsWith("No CUUR0000SA0 value for 2025-10: BLS published no index for October "
                + "2025"), e.getMessage());
        assertEquals(List.of("the annual average of 2025, 321.943 (adjust by year; inflate … 2025 --to …)",
                "an interpolation between 2025-09 (324.800) and 2025-11 (324.122), labelled as interpolated "
                        + "(MissingMonths.INTERPOLATE; inflate --interpolate)"), e.alternatives());
        assertThrows(MissingIndexValueException.class, () -> CPI_U.valueOf(october, MissingMonths.FAIL));
    }

    @Test
    void interpolation_isOptIn_labelled_andTheStraightLineBetweenTheNeighbours() {
        IndexValue october = CPI_U.valueOf(YearMonth.of(2025, 10), MissingMonths.INTERPOLATE);
        assertEquals((324.800 + 324.122) / 2, october.value(), 1e-12);
        assertTrue(october.isInterpolated());
        assertEquals(IndexValue.Kind.INTERPOLATED, october.kind());
        assertTrue(october.note().contains("between 2025-09 (324.800) and 2025-11 (324.122)"), october.note());
        assertEquals("2025-10 324.461 (interpolated)", october.toString());

        Adjustment a = CPI_U.adjustment(YearMonth.of(2025, 10), YearMonth.of(2026, 6), MissingMonths.INTERPOLATE);
        assertTrue(a.isInterpolated());
        assertEquals(333.952 / october.value(), a.factor(), 1e-15);

        IndexValue september = CPI_U.valueOf(YearMonth.of(2025, 9), MissingMonths.INTERPOLATE);
        assertEquals(324.800, september.value(), 0.0);
        assertFalse(september.isInterpolated());
        // Never extrapolated past the last published month.
        assertThrows(MissingIndexValueException.class,
                () -> CPI_U.valueOf(YearMonth.of(2026, 7), MissingMonths.INTERPOLATE));
    }

    @Test
    void sameYearOrMonth_isExactlyTheIdentity() {
        for (int year : CPI_U.annualAverages().keySet()) {
            assertEquals(1.0, CPI_U.factor(year, year), 0.0);
            assertEquals(1.0, CPI_U.adjustment(year, year).factor(), 0.0);
        }
        assertEquals(Wage.annual(32_890.01), CPI_U.adjust(Wage.annual(32_890.01), 2017, 2017));
        YearMonth m = YearMonth.of(2025, 9);
        assertEquals(Wage.hourly(21.53), CPI_U.adjust(Wage.hourly(21.53), m, m));
    }

    @Test
    void may2017Median_in2025Dollars_is43198_05() {
        Wage median2017 = Oews.national(2017).occupation("43-4051").orElseThrow().annual().median().wage();
        Adjustment a = CPI_U.adjustment(2017, 2025);
        assertEquals(245.120, a.from().value(), 0.0);
        assertEquals(321.943, a.to().value(), 0.0);
        assertEquals(43_198.05, a.apply(median2017).amount(), 0.005);
        assertEquals(32_890 * 321.943 / 245.120, CPI_U.adjust(median2017, 2017, 2025).amount(), 1e-9);
        assertEquals("CUUR0000SA0: 2025 321.943 / 2017 245.120 = 1.313410", a.toString());
    }

    @Test
    void mergingTwoSourcesThatDisagree_namesBothSourcesThePeriodAndTheValues() {
        PriceIndex a = PriceIndex.of("CUUR0000SA0", "cu.data.1.AllItems", Map.of(2024, 313.689),
                Map.of(YearMonth.of(2025, 9), 324.800));
        PriceIndex b = PriceIndex.of("CUUR0000SA0", "SeriesReport.csv", Map.of(2025, 321.943),
                Map.of(YearMonth.of(2025, 9), 324.801));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.mergedWith(b));
        assertEquals("Sources disagree on CUUR0000SA0 2025-09: cu.data.1.AllItems has 324.8, SeriesReport.csv has "
                + "324.801", e.getMessage());
        PriceIndex agreeing = PriceIndex.of("CUUR0000SA0", "SeriesReport.csv", Map.of(2024, 313.689, 2025, 321.943),
                Map.of());
        PriceIndex merged = a.mergedWith(agreeing);
        assertEquals(321.943, merged.annual(2025), 0.0);
        assertEquals(324.800, merged.monthly(YearMonth.of(2025, 9)), 0.0);
        assertEquals("cu.data.1.AllItems and SeriesReport.csv", merged.source());
    }

    @Test
    void betweenMonths_usesMonthlyValues() {
        Wage w = CPI_U.adjust(Wage.annual(33_750), YearMonth.of(2018, 5), YearMonth.of(2023, 5));
        assertEquals(33_750 * 304.127 / CPI_U.monthly(YearMonth.of(2018, 5)), w.amount(), 1e-9);
        assertEquals(251.588, CPI_U.monthly(YearMonth.of(2018, 5)), 0.0);
    }

    @Test
    void adjustingThereAndBack_returnsTheStart() {
        Random random = new Random(2023);
        List<Integer> years = List.copyOf(CPI_U.annualAverages().keySet());
        List<YearMonth> months = List.copyOf(CPI_U.monthlyValues().keySet());
        for (int i = 0; i < 2_000; i++) {
            Wage start = Wage.annual(random.nextDouble() * 500_000);
            int a = years.get(random.nextInt(years.size()));
            int b = years.get(random.nextInt(years.size()));
            Wage back = CPI_U.adjust(CPI_U.adjust(start, a, b), b, a);
            assertEquals(start.amount(), back.amount(), 1e-9 * Math.max(1, start.amount()), a + " ↔ " + b);

            YearMonth ma = months.get(random.nextInt(months.size()));
            YearMonth mb = months.get(random.nextInt(months.size()));
            Wage backM = CPI_U.adjust(CPI_U.adjust(start, ma, mb), mb, ma);
            assertEquals(start.amount(), backM.amount(), 1e-9 * Math.max(1, start.amount()), ma + " ↔ " + mb);
        }
    }

    @Test
    void adjustingInTwoSteps_equalsAdjustingInOne() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            int a = 1913 + random.nextInt(111);
            int b = 1913 + random.nextInt(111);
            int c = 1913 + random.nextInt(111);
            Wage w = Wage.hourly(1 + random.nextDouble() * 200);
            assertEquals(CPI_U.adjust(w, a, c).amount(), CPI_U.adjust(CPI_U.adjust(w, a, b), b, c).amount(),
                    1e-9 * w.amount() * CPI_U.factor(a, c));
        }
    }

    @Test
    void withAnnual_returnsANewIndex_andLeavesTheOriginal() {
        PriceIndex with2026 = CPI_U.withAnnual(2026, 331.5);

        assertNotSame(CPI_U, with2026);
        assertFalse(CPI_U.hasAnnual(2026));
        assertEquals(331.5, with2026.annual(2026), 0.0);
        assertEquals(2026, with2026.lastYear());
        assertEquals(42_830 * 304.702 / 331.5, with2026.adjust(Wage.annual(42_830), 2026, 2023).amount(), 1e-9);
        assertTrue(with2026.source().endsWith("+ added values"));
    }

    @Test
    void withMonthly_addsAMonth() {
        PriceIndex p = CPI_U.withMonthly(YearMonth.of(2026, 7), 334.0);
        assertEquals(334.0 / 333.952, p.factor(YearMonth.of(2026, 6), YearMonth.of(2026, 7)), 1e-15);
        assertFalse(CPI_U.hasMonthly(YearMonth.of(2026, 7)));
    }

    @Test
    void badAddedValue_isIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> CPI_U.withAnnual(2024, -313.689));
        assertThrows(IllegalArgumentException.class, () -> CPI_U.withAnnual(2024, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CPI_U.withAnnual(0, 1));
        assertThrows(IllegalArgumentException.class, () -> PriceIndex.of(" ", "x", Map.of(), Map.of()));
    }

    @Test
    void newerFile_isMergedOverTheShippedOne() throws IOException {
        Path newer = dir.resolve("cu.data.1.AllItems");
        Files.writeString(newer, "series_id        \tyear\tperiod\t       value\tfootnote_codes\r\n"
                + "CUUR0000SA0      \t2025\tM13\t     321.943\t\r\n"
                + "CUUR0000SA0      \t2026\tM13\t     331.500\t\r\n");
        PriceIndex merged = CPI_U.withValuesOf(Cpi.read(newer));

        assertEquals(331.5, merged.annual(2026), 0.0);
        assertEquals(240.007, merged.annual(2016), 0.0);
        assertEquals(CPI_U.monthlyValues(), merged.monthlyValues());
        assertThrows(IllegalArgumentException.class, () -> CPI_U.withValuesOf(Cpi.embedded("CUSR0000SA0")));
    }

    @Test
    void topCodedFigure_staysALowerBound_andMissingStaysMissing() {
        WageFigure top = WageFigure.topCoded(Wage.annual(208_000));
        WageFigure adjusted = CPI_U.adjust(top, 2017, 2023);
        assertTrue(adjusted.isLowerBound());
        assertEquals(208_000 * 304.702 / 245.120, adjusted.amount(), 1e-9);

        WageFigure na = WageFigure.notAvailable(WageBasis.HOURLY);
        assertEquals(na, CPI_U.adjust(na, 2017, 2023));
        assertThrows(IllegalArgumentException.class, () -> CPI_U.adjust(na, 2017, 2030));
    }

    @Test
    void column_isScaled_missingStaysMissing_nameKept() {
        DoubleColumn c = DoubleColumn.create("A_MEDIAN", new double[] {32_890, Double.NaN, 100});
        DoubleColumn out = CPI_U.adjust(c, 2017, 2023);
        assertEquals("A_MEDIAN", out.name());
        assertEquals(32_890 * 304.702 / 245.120, out.getDouble(0), 1e-9);
        assertTrue(out.isMissing(1));
        assertEquals(100 * 304.702 / 245.120, out.getDouble(2), 1e-12);
        assertEquals(32_890, c.getDouble(0), 0.0);

        IntColumn ints = IntColumn.create("X", new int[] {245});
        assertEquals(304.702, CPI_U.adjust(ints, 2017, 2023).getDouble(0), 0.5);
    }

    @Test
    void oewsTable_wageColumnsRestated_perRowYear_employmentAndStatusesKept() {
        OewsTable two = OewsTable.concat(List.of(Oews.national(2017), Oews.national(2023)));
        OewsTable real = CPI_U.adjust(two, 2023);

        OccupationWages csr2017 = real.year(2017).occupation("43-4051").orElseThrow();
        OccupationWages csr2023 = real.year(2023).occupation("43-4051").orElseThrow();
        assertEquals(32_890 * 304.702 / 245.120, csr2017.annual().median().amount(), 1e-9);
        assertEquals(15.81 * 304.702 / 245.120, csr2017.hourly().median().amount(), 1e-9);
        assertEquals(39_680, csr2023.annual().median().amount(), 1e-9);
        assertEquals(2_767_790, csr2017.employment().value(), 0.0);

        OccupationWages ceo = real.year(2017).occupation("11-1011").orElseThrow();
        assertEquals(FigureStatus.TOP_CODED, ceo.annual().p90().status());
        assertEquals(208_000 * 304.702 / 245.120, ceo.annual().p90().amount(), 1e-9);
        assertTrue(real.name().endsWith("in 2023 dollars (CUUR0000SA0)"));
    }

    @Test
    void oewsRow_isRestatedFromItsOwnYear_asInTheTable_boundsAndEmploymentKept() {
        OccupationWages csr = Oews.national(2017).occupation("43-4051").orElseThrow();
        OccupationWages real = CPI_U.adjust(csr, 2023);
        assertEquals(32_890 * 304.702 / 245.120, real.annual().median().amount(), 1e-9);
        assertEquals(15.81 * 304.702 / 245.120, real.hourly().median().amount(), 1e-9);
        assertEquals(CPI_U.adjust(csr.annual().median().wage(), 2017, 2023), real.annual().median().wage());
        assertEquals(2017, real.year());
        assertEquals(csr.employment(), real.employment());
        OccupationWages inTable = CPI_U.adjust(Oews.national(2017), 2023).occupation("43-4051").orElseThrow();
        assertEquals(inTable.annual(), real.annual());
        assertEquals(inTable.hourly(), real.hourly());

        OccupationWages ceo = CPI_U.adjust(Oews.national(2017).occupation("11-1011").orElseThrow(), 2023);
        assertTrue(ceo.annual().p90().isLowerBound());
        assertEquals(208_000 * 304.702 / 245.120, ceo.annual().p90().amount(), 1e-9);
        assertEquals(csr, CPI_U.adjust(csr, 2017));
        assertThrows(IllegalArgumentException.class, () -> CPI_U.adjust(csr, 2030));
    }

    @Test
    void oewsTable_withAYearTheIndexLacks_isRefusedBeforeAnyWork() {
        PriceIndex to2023 = PriceIndex.of("CUUR0000SA0", "test", CPI_U.annualAverages().headMap(2024), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> to2023.adjust(Oews.national(2024), 2023));
        assertTrue(e.getMessage().contains("cover 1913 - 2023"), e.getMessage());
        OewsTable ok = to2023.withAnnual(2024, 313.689).adjust(Oews.national(2024), 2023);
        assertEquals(Oews.national(2024).size(), ok.size());
    }

    @Test
    void toTable_listsAnnualAverages() {
        var t = CPI_U.toTable();
        assertEquals(113, t.rowCount());
        assertEquals(321.943, t.doubleColumn("VALUE").getDouble(t.rowCount() - 1), 0.0);
    }

    @Test
    void embeddedCpiU_2024FromBothSourcesAgrees_2025FromTheSeriesReport_september2025FromBoth() throws IOException {
        PriceIndex flat;
        PriceIndex report;
        try (var in = io.github.wageoutlook.datasets.Datasets.open(Cpi.EMBEDDED_FILE)) {
            flat = CpiReader.readAll("flat", in).get("CUUR0000SA0");
        }
        try (var in = io.github.wageoutlook.datasets.Datasets.open(Cpi.EMBEDDED_SERIES_REPORT)) {
            report = CpiReader.readAll("report", in).get("CUUR0000SA0");
        }
        assertEquals(313.689, flat.annual(2024), 0.0);
        assertEquals(313.689, report.annual(2024), 0.0);
        assertFalse(flat.hasAnnual(2025));
        assertEquals(321.943, report.annual(2025), 0.0);
        assertEquals(324.800, flat.monthly(YearMonth.of(2025, 9)), 0.0);
        assertEquals(324.800, report.monthly(YearMonth.of(2025, 9)), 0.0);
        assertEquals(313.689, CPI_U.annual(2024), 0.0);
        assertEquals(321.943, CPI_U.annual(2025), 0.0);
        assertEquals(324.800, CPI_U.monthly(YearMonth.of(2025, 9)), 0.0);
        assertEquals(333.952, CPI_U.monthly(YearMonth.of(2026, 6)), 0.0);
        assertEquals("cu.data.1.AllItems and SeriesReport-CUUR0000SA0-1913-2026.csv", CPI_U.source());
    }
}
