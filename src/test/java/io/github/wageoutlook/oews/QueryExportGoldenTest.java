package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests on real exports of BLS's OEWS data query tool, unedited (src/test/resources/oews/query-exports, with
 * their public origins in the README there): the published figures written here as the files print them, and every
 * figure cell of every export compared with its raw text.
 */
class QueryExportGoldenTest {

    static Path export(String name) {
        try {
            return Path.of(QueryExportGoldenTest.class.getResource("/oews/query-exports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String BY_STATE = "OES_Report_M2024_15-2051_by_state.csv";
    private static final String BY_METRO = "OES_Report_M2022_13-2011_by_msa_nonmetro.xlsx";
    private static final String LOS_ANGELES = "OES_Report_M2021_LosAngeles_MSA_allocc.xlsx";
    private static final String ALL_BY_STATE = "OES_Report_M2024_allocc_by_state.xlsx";
    private static final String NATIONAL = "OES_Report_M2023_national_allocc.csv";

    @Test
    void dataScientistsByState_52Areas_californiaMedian136800_delawareWagesNotReleased() {
        QueryExport e = QueryExport.read(export(BY_STATE));
        OewsTable t = e.table();
        assertEquals(QueryExport.Query.ONE_OCCUPATION_MANY_AREAS, e.query());
        assertEquals(2024, e.year());
        assertEquals(LocalDate.of(2025, 11, 5), e.extracted().orElseThrow());
        assertEquals("Estimate not released.", e.footnotes().get(8));
        assertEquals(52, t.size());
        assertEquals(52, t.areas().size());
        assertEquals(Set.of(AreaType.STATE, AreaType.TERRITORY), t.areas().stream().map(Area::type)
                .collect(Collectors.toSet()));

        OccupationWages ca = t.area("CA").occupation("15-2051").orElseThrow();
        assertEquals(new Area("06", "California", AreaType.STATE, "CA"), ca.area());
        assertEquals("Data Scientists", ca.title());
        assertEquals(GroupLevel.DETAILED, ca.level());
        assertEquals(2024, ca.year());
        assertEquals(36_850, ca.employment().value());
        assertEquals(3.2, ca.employmentRse().value());
        assertEquals(Wage.annual(136_800), ca.annual().median().wage());
        assertEquals(Wage.annual(221_080), ca.annual().p90().wage());
        assertEquals(Wage.hourly(65.77), ca.hourly().median().wage());
        assertEquals(Wage.annual(155_450), ca.annual().mean().wage());
        assertEquals(2.041, ca.jobsPer1000().value());
        assertEquals(1.4, ca.locationQuotient().value());
        assertEquals(Industry.CROSS_INDUSTRY, ca.industry());
        assertEquals(Ownership.ALL, ca.ownership());

        OccupationWages de = t.area("Delaware").occupation("15-2051").orElseThrow();
        assertEquals(540, de.employment().value());
        for (WageFigure w : List.of(de.annual().mean(), de.annual().median(), de.annual().p90(), de.hourly().p10())) {
            assertEquals(FigureStatus.NOT_RELEASED, w.status(), w.toString());
        }
        assertEquals(FigureStatus.NOT_RELEASED, de.meanRse().status());
        assertEquals(1.129, de.jobsPer1000().value());

        OccupationWages wy = t.area("WY").occupation("15-2051").orElseThrow();
        assertEquals(FigureStatus.NOT_RELEASED, wy.employment().status());
        assertEquals(FigureStatus.NOT_RELEASED, wy.locationQuotient().status());
        assertEquals(Wage.annual(95_840), wy.annual().median().wage());
        assertEquals(new Area("72", "Puerto Rico", AreaType.TERRITORY, "PR"), t.area("72").row(0).area());
    }

    @Test
    void accountantsByMetropolitanAndNonmetropolitanArea_530AreasWithTheirTypes() {
        QueryExport e = QueryExport.read(export(BY_METRO));
        OewsTable t = e.table();
        assertEquals(2022, e.year());
        assertEquals(LocalDate.of(2023, 11, 9), e.extracted().orElseThrow());
        assertEquals(530, t.size());
        assertEquals(530, t.areas().size());
        Map<AreaType, Long> types = t.areas().stream().collect(Collectors.groupingBy(Area::type,
                Collectors.counting()));
        assertEquals(Map.of(AreaType.METROPOLITAN, 396L, AreaType.NONMETROPOLITAN, 134L), types);
        assertEquals(new Area("10180", "Abilene, TX", AreaType.METROPOLITAN, "TX"), t.area("10180").row(0).area());
        assertEquals(new Area("0200006", "Alaska nonmetropolitan area", AreaType.NONMETROPOLITAN, "AK"),
                t.area("0200006").row(0).area());
        assertEquals(new Area("79600", "Worcester, MA-CT", AreaType.METROPOLITAN, "MA"), t.area("79600").row(0).area());
        OccupationWages abilene = t.area("10180").occupation("13-2011").orElseThrow();
        assertEquals("Accountants and Auditors", abilene.title());
        assertEquals(460, abilene.employment().value());
        assertEquals(2.8, abilene.employmentRse().value());
        assertEquals(Wage.hourly(30.90), abilene.hourly().median().wage());
        assertEquals(Wage.annual(112_460), abilene.annual().p90().wage());
        assertEquals(6.506, abilene.jobsPer1000().value());
        assertEquals(0.69, abilene.locationQuotient().value());
    }

    @Test
    void losAngeles_758OccupationsOfOneMetropolitanArea_missingColumnsAbsent() {
        QueryExport e = QueryExport.read(export(LOS_ANGELES));
        OewsTable t = e.table();
        assertEquals(QueryExport.Query.MANY_OCCUPATIONS_ONE_AREA, e.query());
        assertEquals(2021, e.year());
        assertEquals(758, t.size());
        assertEquals(List.of(new Area("", "Los Angeles-Long Beach-Anaheim, CA", AreaType.METROPOLITAN, "CA")),
                t.areas());
        OccupationWages all = t.occupation("00-0000").orElseThrow();
        assertEquals(GroupLevel.TOTAL, all.level());
        assertEquals(5_719_620, all.employment().value());
        assertEquals(Wage.annual(65_930), all.annual().mean().wage());
        // The export holds employment and the means only: the rest is absent, not zero.
        assertEquals(FigureStatus.ABSENT, all.annual().median().status());
        assertEquals(FigureStatus.ABSENT, all.employmentRse().status());
        assertEquals(FigureStatus.ABSENT, all.jobsPer1000().status());
        OccupationWages legislators = t.occupation("11-1031").orElseThrow();
        assertEquals(FigureStatus.EMPLOYMENT_NOT_AVAILABLE, legislators.employment().status());
        assertEquals(PublishedBasis.ANNUAL_ONLY, legislators.publishedBasis());
        assertEquals(Wage.annual(77_320), legislators.annual().mean().wage());
        OccupationWages pumps = t.occupation("53-7072").orElseThrow();
        assertEquals(130, pumps.employment().value());
        assertEquals(FigureStatus.WAGE_NOT_AVAILABLE, pumps.annual().mean().status());
        assertEquals(PublishedBasis.BOTH, pumps.publishedBasis());
        assertEquals(GroupLevel.MAJOR, t.occupation("11-0000").orElseThrow().level());
    }

    @Test
    void allOccupationsByState_54AreasWithFloat32RelativeStandardErrorsAsPublished() {
        OewsTable t = Oews.read(export(ALL_BY_STATE));
        assertEquals(54, t.size());
        Map<AreaType, Long> types = t.areas().stream().collect(Collectors.groupingBy(Area::type,
                Collectors.counting()));
        assertEquals(Map.of(AreaType.STATE, 51L, AreaType.TERRITORY, 3L), types);
        OccupationWages al = t.area("AL").occupation("00-0000").orElseThrow();
        assertEquals(GroupLevel.TOTAL, al.level());
        assertEquals(2_091_480, al.employment().value());
        assertEquals(0.3, al.meanRse().value()); // stored as the float32 0.30000001192092896
        assertEquals(18_057_850, t.area("CA").row(0).employment().value()); // stored as 1.805785E7
        assertEquals(0.1, t.area("Virgin Islands").row(0).employmentRse().value());
        assertEquals(Wage.annual(43_830), al.annual().median().wage());
        double states = t.stream().filter(r -> r.area().type() == AreaType.STATE)
                .mapToDouble(r -> r.employment().value()).sum();
        assertEquals(154_193_510, states);
    }

    /**
     * The national export equals the official workbook national_M2023_dl.xlsx row for row: each of its 1,105 rows
     * is the workbook's row of the same code and level, every figure and status equal. The only differences are the
     * query tool's own: it withholds the hourly wages of preschool teachers (25-2011), which the workbook publishes,
     * and words five titles differently.
     */
    @Test
    void nationalExport_equalsTheOfficialWorkbookRowForRow() {
        OewsTable export = Oews.read(export(NATIONAL));
        OewsTable official = EmbeddedOews.nationalFromWorkbook(2023);
        assertEquals(1_105, export.size());
        Map<String, String> titles = new TreeMap<>();
        int compared = 0;
        for (OccupationWages r : export.stream().toList()) {
            OccupationWages o = official.occupation(r.socCode(), r.level()).orElseThrow(() -> new AssertionError(r));
            assertEquals(o.area(), r.area());
            assertEquals(o.industry(), r.industry());
            assertEquals(o.ownership(), r.ownership());
            if (!o.title().equals(r.title())) {
                titles.put(r.socCode(), r.title());
            }
            boolean preschool = r.socCode().equals("25-2011");
            assertEquals(o.employment(), r.employment(), r.socCode());
            assertEquals(o.employmentRse(), r.employmentRse(), r.socCode());
            assertEquals(o.meanRse(), r.meanRse(), r.socCode());
            assertEquals(o.annual(), r.annual(), r.socCode());
            if (preschool) {
                assertTrue(o.hourly().median().isExact());
                assertEquals(FigureStatus.WAGE_NOT_AVAILABLE, r.hourly().median().status());
                assertEquals(PublishedBasis.ANNUAL_ONLY, r.publishedBasis());
            } else {
                assertEquals(o.hourly(), r.hourly(), r.socCode());
                assertEquals(o.publishedBasis(), r.publishedBasis(), r.socCode());
            }
            compared++;
        }
        assertEquals(1_105, compared);
        assertEquals(Set.of("21-1018", "33-9031", "51-2028", "51-4033", "53-1047"), titles.keySet(), titles.toString());
        OccupationWages ceo = export.occupation("11-1011").orElseThrow();
        assertEquals(WageFigure.topCoded(Wage.annual(239_200)), ceo.annual().p90());
    }

    @ParameterizedTest
    @ValueSource(strings = {BY_STATE, LOS_ANGELES})
    void tablesawForm_keepsNotReleasedAbsentAndAnAreaWithoutCode(String name) {
        OewsTable t = Oews.read(export(name));
        assertEquals(t.rows(), OewsTable.from(t.toTable()).rows());
    }

    /**
     * Every figure cell of every export, compared with its raw text read here without the reader: a number is the
     * number (the float32 of a workbook cell as that float), {@code (8) -} is not released, a dash is not a number.
     */
    @ParameterizedTest
    @ValueSource(strings = {BY_STATE, BY_METRO, LOS_ANGELES, ALL_BY_STATE, NATIONAL})
    void everyFigure_equalsItsCell(String name) throws IOException {
        List<TextRow> rows = rawRows(export(name));
        int header = 0;
        while (!rows.get(header).cell(0).startsWith("Area Name") && !rows.get(header).cell(0).startsWith("Occupation (")) {
            header++;
        }
        List<String> figures = new ArrayList<>();
        for (String h : rows.get(header).cells()) {
            figures.add(figureOf(h));
        }
        OewsTable t = Oews.read(export(name));
        int checked = 0;
        for (int i = 0; i < t.size(); i++) {
            TextRow raw = rows.get(header + 1 + i);
            for (int c = 1; c < figures.size(); c++) {
                int f = OewsTable.FIGURES.indexOf(figures.get(c));
                String cell = raw.cell(c).strip();
                FigureStatus s = t.figureStatus(f, i);
                double v = t.figureValue(f, i);
                if (cell.equals("(8) -")) {
                    assertEquals(FigureStatus.NOT_RELEASED, s, name + " row " + raw.number());
                } else if (cell.equals("-")) {
                    assertTrue(s == FigureStatus.TOP_CODED || !s.hasValue(), name + " row " + raw.number());
                } else {
                    double expected = Double.parseDouble(cell.replace("$", "").replace(",", ""));
                    assertEquals(FigureStatus.PUBLISHED, s, name + " row " + raw.number() + " " + cell);
                    if (name.endsWith(".xlsx") && expected != v) {
                        assertEquals((float) expected, (float) v, name + " row " + raw.number() + " " + cell);
                    } else {
                        assertEquals(expected, v, name + " row " + raw.number() + " " + cell);
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= t.size() * 3, checked + " cells");
    }

    private static String figureOf(String header) {
        String h = header.replaceAll("\\(\\d\\)", "").strip().toLowerCase(java.util.Locale.ROOT);
        Map<String, String> names = new HashMap<>(Map.of("employment", "TOT_EMP",
                "employment percent relative standard error", "EMP_PRSE", "hourly mean wage", "H_MEAN",
                "annual mean wage", "A_MEAN", "wage percent relative standard error", "MEAN_PRSE",
                "employment per 1,000 jobs", "JOBS_1000", "location quotient", "LOC_QUOTIENT",
                "hourly median wage", "H_MEDIAN", "annual median wage", "A_MEDIAN"));
        for (String p : List.of("10", "25", "75", "90")) {
            names.put("hourly " + p + "th percentile wage", "H_PCT" + p);
            names.put("annual " + p + "th percentile wage", "A_PCT" + p);
        }
        return names.getOrDefault(h, "");
    }

    private static List<TextRow> rawRows(Path file) throws IOException {
        List<TextRow> rows = new ArrayList<>();
        if (file.toString().endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file); Xlsx book = Xlsx.open(file.toString(), in)) {
                book.forEachRow(book.sheetNames().get(0), row -> rows.add(row));
            }
        } else {
            Csv.forEachRow(file.toString(), new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
                    row -> rows.add(row));
        }
        // blank rows are not in a workbook's rows; keep the CSV's out too so that data rows follow the header
        rows.removeIf(TextRow::isBlank);
        return rows;
    }
}
