package io.github.wageoutlook.inflation;

import io.github.wageoutlook.inflation.WageHistory.Entry;
import io.github.wageoutlook.inflation.WageHistory.Growth;
import io.github.wageoutlook.oews.OccupationLinks.Linkage;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCrosswalk;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WageHistoryTest {
    private static final WageHistory CSR = WageHistory.of("43-4051").inDollarsOf(2023);
    /** CPI-U as the earlier flat file had it (annual averages to 2023), for the cases of a year the index lacks. */
    private static final PriceIndex TO_2023 = PriceIndex.of("CUUR0000SA0", "to 2023",
            Cpi.u().annualAverages().headMap(2024), java.util.Map.of());

    @Test
    void customerServiceReps_haveEveryShippedYear_underTheSameCode() {
        assertEquals(IntStream.rangeClosed(2014, 2025).boxed().toList(),
                CSR.entries().stream().map(Entry::year).toList());
        assertTrue(CSR.entries().stream().allMatch(e -> e.linkage() == Linkage.SAME_CODE));
        assertEquals("Customer Service Representatives", CSR.title());
    }

    @Test
    void csr2017Median_in2023Dollars_is32890Times304702Over245120() {
        Entry e2017 = CSR.entries(2017).get(0);
        assertEquals(32_890, e2017.nominal().median().amount(), 0.0);
        assertEquals(32_890 * 304.702 / 245.120, e2017.constant().orElseThrow().median().amount(), 1e-9);
        assertEquals(245.120, e2017.index().getAsDouble(), 0.0);
    }

    @Test
    void theBandIsRestatedToo() {
        Entry e2018 = CSR.entries(2018).get(0);
        assertEquals(55_310, e2018.nominal().p90().amount(), 0.0);
        assertEquals(22_140, e2018.nominal().p10().amount(), 0.0);
        assertEquals(55_310 * 304.702 / 251.107, e2018.constant().orElseThrow().p90().amount(), 1e-9);
        assertEquals(22_140 * 304.702 / 251.107, e2018.constant().orElseThrow().p10().amount(), 1e-9);
    }

    @Test
    void aYearTheIndexLacks_keepsNominalFigures_andIsNoted() {
        WageHistory csr = CSR.withIndex(TO_2023);
        Entry e2024 = csr.entries(2024).get(0);
        assertEquals(42_830, e2024.nominal().median().amount(), 0.0);
        assertTrue(e2024.constant().isEmpty());
        assertTrue(e2024.index().isEmpty());
        assertTrue(csr.notes().stream().anyMatch(n -> n.startsWith("2024: no CUUR0000SA0 annual average")),
                csr.notes().toString());
    }

    @Test
    void aYearTheIndexLacks_isEmptyInTheConstantDollarColumns_neverNominal_withANote() {
        Table t = CSR.withIndex(TO_2023).toTable();
        int row2024 = 10;
        assertEquals(2024, t.intColumn("YEAR").getInt(row2024));
        assertEquals(2023, t.intColumn("DOLLARS_OF").getInt(row2024));
        for (String c : List.of("PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90")) {
            assertTrue(t.doubleColumn(c).isMissing(row2024), c);
            assertFalse(t.doubleColumn(c).isMissing(row2024 - 1), c);
        }
        assertEquals(42_830, t.doubleColumn("NOMINAL_MEDIAN").getDouble(row2024), 0.0);
        assertEquals("no CUUR0000SA0 annual average for 2024 in the index: not restated in 2023 dollars",
                t.stringColumn("NOTE").get(row2024));
        assertEquals("", t.stringColumn("NOTE").get(row2024 - 1));
    }

    @Test
    void dollarsOfAYearTheIndexLacks_isIllegalArgument_namingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CSR.withIndex(TO_2023).inDollarsOf(2024));
        assertTrue(e.getMessage().contains("cover 1913 - 2023"), e.getMessage());

        WageHistory in2024 = CSR.withIndex(TO_2023.withAnnual(2024, 313.689)).inDollarsOf(2024);
        assertEquals(42_830, in2024.entries(2024).get(0).constant().orElseThrow().median().amount(), 1e-9);
        assertEquals(32_890 * 313.689 / 245.120,
                in2024.entries(2017).get(0).constant().orElseThrow().median().amount(), 1e-9);
    }

    @Test
    void realGrowth_yearOverYear_isDeflatedMedianRatio_andIndependentOfTheDollarsChosen() {
        Growth g = CSR.yearOverYear(2018).orElseThrow();
        assertEquals((33_750 / 251.107) / (32_890 / 245.120) - 1, g.rate(), 1e-12);
        assertFalse(g.lowerBound());
        assertEquals(g, CSR.nominal().yearOverYear(2018).orElseThrow());
        assertEquals(g.rate(), CSR.inDollarsOf(1990).yearOverYear(2018).orElseThrow().rate(), 1e-12);
        assertTrue(CSR.yearOverYear(2014).isEmpty());
        assertTrue(CSR.withIndex(TO_2023).yearOverYear(2024).isEmpty());
        assertEquals(11, CSR.yearOverYear().size());
    }

    @Test
    void realGrowth_compoundAnnual_runsFirstToLastYearWithAnIndexValue() {
        Growth cagr = CSR.compoundAnnualGrowth().orElseThrow();
        assertEquals(2014, cagr.fromYear());
        assertEquals(2025, cagr.toYear());
        assertEquals(Math.pow((44_770 / 321.943) / (31_200 / 236.736), 1.0 / 11) - 1, cagr.rate(), 1e-12);

        Growth to2023 = CSR.withIndex(TO_2023).compoundAnnualGrowth().orElseThrow();
        assertEquals(2023, to2023.toYear());
        assertEquals(Math.pow((39_680 / 304.702) / (31_200 / 236.736), 1.0 / 9) - 1, to2023.rate(), 1e-12);

        Growth to2024 = CSR.withIndex(TO_2023.withAnnual(2024, 313.689)).compoundAnnualGrowth().orElseThrow();
        assertEquals(2024, to2024.toYear());
        assertEquals(Math.pow((42_830 / 313.689) / (31_200 / 236.736), 1.0 / 10) - 1, to2024.rate(), 1e-12);
    }

    @Test
    void softwareDevelopers_linkSoc2010CodesAndTheHybridCode_butOnlyCompareTheSameOccupation() {
        WageHistory sd = WageHistory.of("15-1252").inDollarsOf(2023);

        for (int year = 2014; year <= 2018; year++) {
            List<Entry> parts = sd.entries(year);
            assertEquals(List.of("15-1132", "15-1133"), parts.stream().map(Entry::socCode).toList());
            // BLS's crosswalk: part of each became 15-1253 (testers), and 15-1252 also holds part of the other.
            assertTrue(parts.stream().allMatch(e -> e.linkage() == Linkage.OVERLAPS));
        }
        for (int year = 2019; year <= 2020; year++) {
            assertEquals("15-1256", sd.entries(year).get(0).socCode());
            assertEquals(Linkage.CONTAINS, sd.entries(year).get(0).linkage());
        }
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025), sd.comparableEntries().stream().map(Entry::year).toList());
        assertEquals(2021, sd.compoundAnnualGrowth().orElseThrow().fromYear());
        assertTrue(sd.yearOverYear(2021).isEmpty());
        assertTrue(sd.notes().stream().anyMatch(n -> n.startsWith("2014–2018: 15-1132")), sd.notes().toString());
    }

    @Test
    void aSoc2010Code_findsTheHybridCodeContainingIt_andItsOverlappingSuccessors() {
        WageHistory apps = WageHistory.of("15-1132");
        assertEquals(Linkage.SAME_CODE, apps.entries(2018).get(0).linkage());
        assertEquals(Linkage.CONTAINS, apps.entries(2019).get(0).linkage());
        assertEquals(List.of("15-1252", "15-1253"), apps.entries(2023).stream().map(Entry::socCode).toList());
        assertEquals(Linkage.OVERLAPS, apps.entries(2023).get(0).linkage());
        assertEquals(2018, apps.compoundAnnualGrowth().orElseThrow().toYear());
    }

    @Test
    void aSplitThatKeptItsTitle_followsTheCrosswalk_notTheTitle() {
        WageHistory web = WageHistory.of("15-1254");
        assertEquals(Linkage.CONTAINS, web.entries(2016).get(0).linkage());
        assertEquals(Linkage.CONTAINS, web.entries(2019).get(0).linkage());
        assertEquals("15-1257", web.entries(2019).get(0).socCode());
        assertEquals("15-1134", web.entries(2016).get(0).socCode());
    }

    @Test
    void aRenumberedCode_isLinkedByBlsTables_andCompared() {
        WageHistory env = WageHistory.of("19-4042");
        Entry e2015 = env.entries(2015).get(0);
        assertEquals("19-4091", e2015.socCode());
        assertEquals(Linkage.SAME_OCCUPATION, e2015.linkage());
        assertEquals(12, env.comparableEntries().size());
        assertTrue(env.yearOverYear(2019).isPresent());
    }

    @Test
    void aNewOccupation_isShownInsideTheCodesThatHeldIt_notComparable() {
        WageHistory ds = WageHistory.of("15-2051");
        assertEquals("15-2098", ds.entries(2019).get(0).socCode());
        assertEquals(Linkage.CONTAINS, ds.entries(2019).get(0).linkage());
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025), ds.comparableEntries().stream().map(Entry::year)
                .toList());
    }

    @Test
    void yearsWithoutALink_areReported() {
        WageHistory legislators = WageHistory.of("11-1031");
        assertEquals(11, legislators.entries().size());
        assertTrue(legislators.notes().contains("2025: no row for 11-1031 and none linked to it by BLS's SOC "
                + "crosswalk and OEWS hybrid structure"), legislators.notes().toString());
    }

    @Test
    void topCodedFigures_stayLowerBounds_inConstantDollars() {
        WageHistory ceo = WageHistory.of("11-1011").inDollarsOf(2023);
        WageFigure p90 = ceo.entries(2014).get(0).constant().orElseThrow().p90();
        assertTrue(p90.isLowerBound());
        assertEquals(187_200 * 304.702 / 236.736, p90.amount(), 1e-9);
        assertTrue(ceo.toString().contains("≥ $240,940"), ceo.toString());
    }

    @Test
    void aTopCodedEndMedian_makesTheGrowthALowerBound_andATopCodedStartMedianGivesNone() {
        // Psychiatrists: median $181,880 in 2014, top-coded (≥ $187,200) in 2015, $194,740 in 2016, then top-coded.
        WageHistory psy = WageHistory.of("29-1223");
        assertTrue(psy.entries(2015).get(0).nominal().median().isLowerBound());
        Growth to2015 = psy.yearOverYear(2015).orElseThrow();
        assertTrue(to2015.lowerBound());
        assertEquals((187_200 / 237.017) / (181_880 / 236.736) - 1, to2015.rate(), 1e-12);
        assertTrue(psy.yearOverYear(2016).isEmpty());
        // May 2025 publishes every wage as a number, so a compound rate to 2025 is exact again.
        assertFalse(psy.compoundAnnualGrowth().orElseThrow().lowerBound());
        assertEquals(2025, psy.compoundAnnualGrowth().orElseThrow().toYear());
        assertTrue(psy.withIndex(TO_2023).compoundAnnualGrowth().orElseThrow().lowerBound());
        assertTrue(psy.toString().contains("≥ +2.8%"), psy.toString());
    }

    @Test
    void unknownOrMalformedCode_isIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WageHistory.of("99-9999"));
        assertEquals("Invalid value for socCode (valid values: a code in the OEWS years 2014 - 2025, or one BLS's SOC "
                + "tables link to them): 99-9999", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WageHistory.of("43-40"));
    }

    @Test
    void hourlyBasis_usesTheHourlyFigures() {
        WageHistory h = CSR.onBasis(WageBasis.HOURLY);
        assertEquals(15.81, h.entries(2017).get(0).nominal().median().amount(), 0.0);
        assertEquals(15.81 * 304.702 / 245.120, h.entries(2017).get(0).constant().orElseThrow().median().amount(),
                1e-12);
    }

    @Test
    void aSetOfOccupations_stacksIntoOneTable() {
        List<WageHistory> set = WageHistory.of(List.of("43-4051", "43-4171"), Cpi.u());
        Table t = WageHistory.toTable(set.stream().map(h -> h.inDollarsOf(2023)).toList());
        assertEquals(24, t.rowCount());
        int row2017 = 3;
        assertEquals(2017, t.intColumn("YEAR").getInt(row2017));
        assertEquals(32_890 * 304.702 / 245.120, t.doubleColumn("MEDIAN").getDouble(row2017), 1e-9);
        assertEquals(2023, t.intColumn("DOLLARS_OF").getInt(row2017));
        assertEquals((32_890 / 245.120) / (32_300 / 240.007) - 1,
                t.doubleColumn("REAL_MEDIAN_GROWTH").getDouble(row2017), 1e-12);
        assertEquals("43-4171", t.stringColumn("OCC_CODE").get(12));
    }

    @Test
    void anyMultiYearTable_works_withTheCrosswalkGiven() {
        OewsTable two = OewsTable.concat(List.of(Oews.national(2017), Oews.national(2021)));
        SocCrosswalk cw = SocCrosswalk.bls();
        WageHistory h = WageHistory.of(two, "15-1212", Cpi.u(), cw);
        assertEquals(Linkage.SAME_OCCUPATION, h.entries(2017).get(0).linkage());
        assertTrue(h.yearOverYear(2021).isPresent());
        assertEquals(List.of(2017, 2021), h.years());
    }
}
