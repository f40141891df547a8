package io.github.wageoutlook.inflation;

import io.github.wageoutlook.inflation.WageHistory.Entry;
import io.github.wageoutlook.inflation.WageHistory.Growth;
import io.github.wageoutlook.inflation.WageHistory.Linkage;
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

    @Test
    void customerServiceReps_haveEveryShippedYear_underTheSameCode() {
        assertEquals(IntStream.rangeClosed(2014, 2024).boxed().toList(),
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
        Entry e2024 = CSR.entries(2024).get(0);
        assertEquals(42_830, e2024.nominal().median().amount(), 0.0);
        assertTrue(e2024.constant().isEmpty());
        assertTrue(e2024.index().isEmpty());
        assertTrue(CSR.notes().stream().anyMatch(n -> n.startsWith("2024: no CUUR0000SA0 annual average")),
                CSR.notes().toString());
    }

    @Test
    void dollarsOfAYearTheIndexLacks_isIllegalArgument_namingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CSR.inDollarsOf(2024));
        assertTrue(e.getMessage().contains("cover 1913 - 2023): 2024"), e.getMessage());

        WageHistory in2024 = CSR.withIndex(Cpi.u().withAnnual(2024, 313.689)).inDollarsOf(2024);
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
        assertTrue(CSR.yearOverYear(2024).isEmpty());
        assertEquals(9, CSR.yearOverYear().size());
    }

    @Test
    void realGrowth_compoundAnnual_runsFirstToLastYearWithAnIndexValue() {
        Growth cagr = CSR.compoundAnnualGrowth().orElseThrow();
        assertEquals(2014, cagr.fromYear());
        assertEquals(2023, cagr.toYear());
        assertEquals(Math.pow((39_680 / 304.702) / (31_200 / 236.736), 1.0 / 9) - 1, cagr.rate(), 1e-12);

        Growth to2024 = CSR.withIndex(Cpi.u().withAnnual(2024, 313.689)).compoundAnnualGrowth().orElseThrow();
        assertEquals(2024, to2024.toYear());
        assertEquals(Math.pow((42_830 / 313.689) / (31_200 / 236.736), 1.0 / 10) - 1, to2024.rate(), 1e-12);
    }

    @Test
    void softwareDevelopers_linkSoc2010PartsAndTheHybridCode_butOnlyCompareTheSameOccupation() {
        WageHistory sd = WageHistory.of("15-1252").inDollarsOf(2023);

        for (int year = 2014; year <= 2018; year++) {
            List<Entry> parts = sd.entries(year);
            assertEquals(List.of("15-1132", "15-1133"), parts.stream().map(Entry::socCode).toList());
            assertTrue(parts.stream().allMatch(e -> e.linkage() == Linkage.PART_OF));
        }
        for (int year = 2019; year <= 2020; year++) {
            assertEquals("15-1256", sd.entries(year).get(0).socCode());
            assertEquals(Linkage.CONTAINS, sd.entries(year).get(0).linkage());
        }
        assertEquals(List.of(2021, 2022, 2023, 2024), sd.comparableEntries().stream().map(Entry::year).toList());
        assertEquals(2021, sd.compoundAnnualGrowth().orElseThrow().fromYear());
        assertTrue(sd.yearOverYear(2021).isEmpty());
        assertTrue(sd.notes().stream().anyMatch(n -> n.startsWith("2014–2018: 15-1132")), sd.notes().toString());
    }

    @Test
    void aSoc2010Code_findsItsSuccessorsAsWholesContainingIt() {
        WageHistory apps = WageHistory.of("15-1132");
        assertEquals(Linkage.SAME_CODE, apps.entries(2018).get(0).linkage());
        assertEquals(Linkage.CONTAINS, apps.entries(2023).get(0).linkage());
        assertEquals("15-1252", apps.entries(2023).get(0).socCode());
        assertEquals(2018, apps.compoundAnnualGrowth().orElseThrow().toYear());
    }

    @Test
    void aSplitThatKeptItsTitle_followsTheCrosswalk_notTheTitle() {
        WageHistory web = WageHistory.of("15-1254");
        assertEquals(Linkage.CONTAINS, web.entries(2016).get(0).linkage());
        assertEquals("15-1134", web.entries(2016).get(0).socCode());
    }

    @Test
    void aRenumberedCode_isLinkedByItsTitle_andCompared() {
        WageHistory env = WageHistory.of("19-4042");
        Entry e2015 = env.entries(2015).get(0);
        assertEquals("19-4091", e2015.socCode());
        assertEquals(Linkage.SAME_TITLE, e2015.linkage());
        assertEquals(11, env.comparableEntries().size());
        assertTrue(env.yearOverYear(2019).isPresent());
    }

    @Test
    void yearsWithoutALink_areReported() {
        WageHistory ds = WageHistory.of("15-2051");
        assertEquals(List.of(2021, 2022, 2023, 2024), ds.entries().stream().map(Entry::year).toList());
        assertTrue(ds.notes().contains("2019: no row for 15-2051 and no code linked to it by the crosswalk or by "
                + "title"), ds.notes().toString());
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
        assertTrue(psy.compoundAnnualGrowth().orElseThrow().lowerBound());
        assertTrue(psy.toString().contains("≥ +2.8%"), psy.toString());
    }

    @Test
    void unknownOrMalformedCode_isIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WageHistory.of("99-9999"));
        assertEquals("Invalid value for socCode (valid values: a code in the OEWS years 2014 - 2024): 99-9999",
                e.getMessage());
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
        assertEquals(22, t.rowCount());
        int row2017 = 3;
        assertEquals(2017, t.intColumn("YEAR").getInt(row2017));
        assertEquals(32_890 * 304.702 / 245.120, t.doubleColumn("MEDIAN").getDouble(row2017), 1e-9);
        assertEquals(2023, t.intColumn("DOLLARS_OF").getInt(row2017));
        assertEquals((32_890 / 245.120) / (32_300 / 240.007) - 1,
                t.doubleColumn("REAL_MEDIAN_GROWTH").getDouble(row2017), 1e-12);
        assertEquals("43-4171", t.stringColumn("OCC_CODE").get(11));
    }

    @Test
    void anyMultiYearTable_works_withACustomCrosswalk() {
        OewsTable two = OewsTable.concat(List.of(Oews.national(2017), Oews.national(2021)));
        SocCrosswalk cw = SocCrosswalk.oews().with(new SocCrosswalk.Link("15-1122", SocCrosswalk.Relation
                .SAME_OCCUPATION, "15-1212", "information security analysts renumbered"));
        WageHistory h = WageHistory.of(two, "15-1212", Cpi.u(), cw);
        assertEquals(Linkage.CROSSWALK_SAME, h.entries(2017).get(0).linkage());
        assertTrue(h.yearOverYear(2021).isPresent());
        assertEquals(List.of(2017, 2021), h.years());
    }
}
