package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests: the published figures, written here as BLS prints them, read back from the original workbooks
 * (the NIST pattern: certified values in the test, real data as input).
 */
class OewsNationalGoldenTest {

    private static OccupationWages row(int year, String code) {
        return EmbeddedOews.nationalFromWorkbook(year).occupation(code).orElseThrow();
    }

    @Test
    void customerServiceRepresentatives2017_medianHourly15_81_annual32_890() {
        OccupationWages csr = row(2017, "43-4051");
        assertEquals(Wage.hourly(15.81), csr.hourly().median().wage());
        assertEquals(Wage.annual(32_890), csr.annual().median().wage());
    }

    @Test
    void customerServiceRepresentatives2018_medianAndDeciles() {
        OccupationWages csr = row(2018, "43-4051");
        assertEquals("Customer Service Representatives", csr.title());
        assertEquals(GroupLevel.DETAILED, csr.level());
        assertEquals(2_871_400, csr.employment().value());
        assertEquals(Wage.annual(33_750), csr.annual().median().wage());
        assertEquals(Wage.hourly(16.23), csr.hourly().median().wage());
        assertEquals(Wage.annual(22_140), csr.annual().p10().wage());
        assertEquals(Wage.hourly(10.65), csr.hourly().p10().wage());
        assertEquals(Wage.annual(55_310), csr.annual().p90().wage());
        assertEquals(Wage.hourly(26.59), csr.hourly().p90().wage());
        assertTrue(csr.annual().percentiles().stream().allMatch(WageFigure::isExact));
    }

    @Test
    void customerServiceRepresentatives2025_asPublishedInMay2026() {
        OccupationWages csr = row(2025, "43-4051");
        assertEquals("Customer Service Representatives", csr.title());
        assertEquals(2_595_750, csr.employment().value());
        assertEquals(Wage.annual(46_590), csr.annual().mean().wage());
        assertEquals(Wage.annual(44_770), csr.annual().median().wage());
        assertEquals(Wage.hourly(21.53), csr.hourly().median().wage());
        assertEquals(Wage.annual(31_750), csr.annual().p10().wage());
        assertEquals(Wage.annual(63_590), csr.annual().p90().wage());
    }

    @Test
    void may2025_publishesNoLegislatorsAndNoTopCodedCell() {
        OewsTable t = EmbeddedOews.nationalFromWorkbook(2025);
        assertTrue(t.occupation("11-1031").isEmpty(), "11-1031 Legislators is not published for May 2025");
        assertTrue(EmbeddedOews.nationalFromWorkbook(2024).occupation("11-1031").isPresent());
        // BLS published every wage of May 2025 as a number: chief executives' P90 is $507,730, above $239,200.
        OccupationWages ceo = t.occupation("11-1011").orElseThrow();
        assertTrue(ceo.annual().p90().isExact());
        assertEquals(Wage.annual(507_730), ceo.annual().p90().wage());
    }

    @ParameterizedTest(name = "{0} {1}: median ${2}")
    @CsvSource({"43-4171, Receptionists and Information Clerks, 29140", "39-6012, Concierges, 30400",
        "11-9081, Lodging Managers, 53390"})
    void similarOccupations2018_medianAnnual(String code, String title, double median) {
        OccupationWages r = row(2018, code);
        assertEquals(title, r.title());
        assertEquals(Wage.annual(median), r.annual().median().wage());
    }

    /** Rows, special-value counts (in the 15 figure columns) and flags per year, counted in the files by openpyxl. */
    @ParameterizedTest(name = "{0}: {1} rows, # {2}, * {3}, ** {4}")
    @CsvSource({
        "2014, 1394, 181, 528, 0, 82, 6", "2015, 1394, 189, 528, 0, 82, 6", "2016, 1394, 147, 528, 0, 82, 6",
        "2017, 1382, 161, 528, 0, 82, 6", "2018, 1379, 159, 528, 0, 82, 6", "2019, 1329, 157, 528, 0, 82, 6",
        "2020, 1329, 178, 528, 2, 82, 6", "2021, 1403, 267, 553, 0, 83, 7", "2022, 1402, 184, 540, 0, 83, 7",
        "2023, 1403, 211, 540, 0, 83, 7", "2024, 1403, 235, 540, 0, 83, 7",
        "2025, 1401, 0, 528, 0, 81, 7"})
    void rowAndSpecialValueCounts_equalTheFiles(int year, int rows, int topCoded, int wageNa, int empNa,
                                                int annualOnly, int hourlyOnly) {
        OewsTable t = EmbeddedOews.nationalFromWorkbook(year);
        assertEquals(rows, t.size());
        Map<String, Integer> counts = new TreeMap<>();
        Table plain = t.toTable();
        for (String f : OewsTable.FIGURES) {
            plain.stringColumn(f + OewsTable.STATUS_SUFFIX).forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        assertEquals(topCoded, counts.getOrDefault(FigureStatus.TOP_CODED.code(), 0), "# cells");
        assertEquals(wageNa, counts.getOrDefault(FigureStatus.WAGE_NOT_AVAILABLE.code(), 0), "* cells");
        assertEquals(empNa, counts.getOrDefault(FigureStatus.EMPLOYMENT_NOT_AVAILABLE.code(), 0), "** cells");
        assertEquals(annualOnly, t.stream().filter(r -> r.publishedBasis() == PublishedBasis.ANNUAL_ONLY).count());
        assertEquals(hourlyOnly, t.stream().filter(r -> r.publishedBasis() == PublishedBasis.HOURLY_ONLY).count());
        assertEquals(rows * OewsTable.FIGURES.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void topCodedCells_holdTheYearsTopCodeAsLowerBound() {
        OccupationWages ceo2018 = row(2018, "11-1011");
        assertTrue(ceo2018.annual().p90().isLowerBound());
        assertEquals(Wage.annual(208_000), ceo2018.annual().p90().wage());
        assertEquals(Wage.hourly(100), ceo2018.hourly().p90().wage());
        OccupationWages ceo2024 = row(2024, "11-1011");
        assertEquals(Wage.annual(239_200), ceo2024.annual().p90().wage());
        OccupationWages ceo2014 = row(2014, "11-1011");
        assertEquals(Wage.annual(187_200), ceo2014.annual().p90().wage());
    }

    @Test
    void annualOnlyOccupation_hasHourlyNotAvailable() {
        OccupationWages teachers = EmbeddedOews.nationalFromWorkbook(2018).stream()
                .filter(r -> r.publishedBasis() == PublishedBasis.ANNUAL_ONLY).findFirst().orElseThrow();
        assertTrue(teachers.hourly().percentiles().stream().noneMatch(WageFigure::isAvailable));
        assertTrue(teachers.annual().median().isAvailable());
    }

    @Test
    void schemaChanges_2019LowerCaseAnd2020WithoutPctRpt_readLikeTheOthers() {
        OccupationWages y2019 = row(2019, "43-4051");
        assertEquals(Wage.annual(34_710), y2019.annual().median().wage());
        assertEquals("99", y2019.area().code());
        assertEquals("U.S.", y2019.area().title());
        OccupationWages y2020 = row(2020, "43-4051");
        assertEquals(Wage.annual(35_830), y2020.annual().median().wage());
        OccupationWages y2014 = row(2014, "43-4051");
        assertEquals("99", y2014.area().code());
        assertEquals("000000", y2014.industry().naics());
    }

    @Test
    void employmentNotAvailable2020_isKeptAsDoubleStar_notZero() {
        OccupationWages r = EmbeddedOews.nationalFromWorkbook(2020).stream()
                .filter(x -> !x.employment().isAvailable()).findFirst().orElseThrow();
        assertEquals(FigureStatus.EMPLOYMENT_NOT_AVAILABLE, r.employment().status());
    }

    @Test
    void embeddedCompactForm_equalsTheOriginalWorkbooks_everyYearEveryCell() {
        for (int year : Oews.nationalYears()) {
            Table compact = Oews.national(year).toTable();
            Table original = EmbeddedOews.nationalFromWorkbook(year).toTable();
            assertEquals(original.rowCount(), compact.rowCount(), "rows " + year);
            assertEquals(original.columnNames(), compact.columnNames());
            for (String c : original.columnNames()) {
                for (int r = 0; r < original.rowCount(); r++) {
                    assertEquals(original.column(c).getString(r), compact.column(c).getString(r),
                            year + " row " + (r + 2) + " column " + c);
                }
            }
        }
    }
}
