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
    void yearOutsideTheIndex_isIllegalArgument_namingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CPI_U.adjust(Wage.annual(42_830), 2024, 2023));
        assertEquals("Invalid value for year (CUUR0000SA0 annual averages cover 1913 - 2023): 2024; add the value "
                + "with withAnnual(2024, value) or load a newer file", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CPI_U.adjust(Wage.annual(1), 2023, 1912));
    }

    @Test
    void monthOutsideTheIndex_isIllegalArgument_namingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CPI_U.adjust(Wage.annual(1), YearMonth.of(2023, 5), YearMonth.of(2024, 2)));
        assertTrue(e.getMessage().startsWith("Invalid value for month (CUUR0000SA0 monthly values cover 1913-01 - "
                + "2024-01): 2024-02"), e.getMessage());
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
        PriceIndex with2024 = CPI_U.withAnnual(2024, 313.689);

        assertNotSame(CPI_U, with2024);
        assertFalse(CPI_U.hasAnnual(2024));
        assertEquals(313.689, with2024.annual(2024), 0.0);
        assertEquals(2024, with2024.lastYear());
        assertEquals(42_830 * 304.702 / 313.689, with2024.adjust(Wage.annual(42_830), 2024, 2023).amount(), 1e-9);
        assertTrue(with2024.source().endsWith("+ added values"));
    }

    @Test
    void withMonthly_addsAMonth() {
        PriceIndex p = CPI_U.withMonthly(YearMonth.of(2024, 2), 310.326);
        assertEquals(310.326 / 308.417, p.factor(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), 1e-15);
        assertFalse(CPI_U.hasMonthly(YearMonth.of(2024, 2)));
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
                + "CUUR0000SA0      \t2023\tM13\t     304.702\t\r\n"
                + "CUUR0000SA0      \t2024\tM13\t     313.689\t\r\n");
        PriceIndex merged = CPI_U.withValuesOf(Cpi.read(newer));

        assertEquals(313.689, merged.annual(2024), 0.0);
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
    void oewsTable_withAYearTheIndexLacks_isRefusedBeforeAnyWork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CPI_U.adjust(Oews.national(2024), 2023));
        assertTrue(e.getMessage().contains("cover 1913 - 2023): 2024"), e.getMessage());
        OewsTable ok = CPI_U.withAnnual(2024, 313.689).adjust(Oews.national(2024), 2023);
        assertEquals(Oews.national(2024).size(), ok.size());
    }

    @Test
    void toTable_listsAnnualAverages() {
        var t = CPI_U.toTable();
        assertEquals(111, t.rowCount());
        assertEquals(304.702, t.doubleColumn("VALUE").getDouble(t.rowCount() - 1), 0.0);
    }
}
