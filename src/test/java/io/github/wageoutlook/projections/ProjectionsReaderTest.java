package io.github.wageoutlook.projections;

import io.github.wageoutlook.testing.EditedWorkbook;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.Xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tests on the four real Employment Projections workbooks, and the errors on damaged copies of them. */
class ProjectionsReaderTest {

    private static final String WB_2016 = "projections/occupation_2016-26.xlsx";

    @Test
    void customerServiceRepresentatives_2016_26_matchTheCareerGuides() {
        OccupationProjection csr = Projections.cycle("2016-26").occupation("43-4051").orElseThrow();
        // Published in Table 1.7: 2,784.5k -> 2,920.8k, +136.3k, +4.9%, 373.5k openings a year.
        assertEquals("Customer service representatives", csr.title());
        assertEquals(OccupationType.LINE_ITEM, csr.type());
        assertEquals(2784.5, csr.baseEmployment(), 1e-9);
        assertEquals(2920.8, csr.projectedEmployment(), 1e-9);
        assertEquals(136.3, csr.change().value(), 1e-9);
        assertEquals(4.9, csr.percentChange().value(), 1e-9);
        assertEquals(373.5, csr.annualOpenings().value(), 1e-9);
        assertEquals(0.5, csr.percentSelfEmployed().value(), 1e-9);
        assertEquals(32890, csr.medianWage().wage().amount(), 1e-9);
        assertEquals(2017, csr.wageYear());
        assertEquals(Education.HIGH_SCHOOL, csr.education().orElseThrow());
        assertEquals(WorkExperience.NONE, csr.experience().orElseThrow());
        assertEquals(Training.SHORT_TERM, csr.training().orElseThrow());
    }

    @Test
    void allOccupations_2016_26_grow7point4Percent() {
        OccupationProjection total = Projections.cycle("2016-26").total();
        assertEquals(156063.8, total.baseEmployment(), 1e-9);
        assertEquals(167582.3, total.projectedEmployment(), 1e-9);
        assertEquals(7.4, total.percentChange().value(), 1e-9);
        assertEquals(0, total.depth());
    }

    /** Counts made independently (openpyxl over each sheet): rows with a code, line items, and each kind of "—". */
    @ParameterizedTest
    @CsvSource({
        "2016-26, Table 1.7, 1091, 819, 229, 26, 8, 2017",
        "2019-29, Table 1.7, 1048, 790, 211, 7, 9, 2020",
        "2023-33, Table 1.2, 1113, 832, 231, 9, 17, 2023",
        "2024-34, Table 1.2, 1113, 832, 219, 9, 19, 2024"})
    void rowCountsAndUnavailableCells_equalTheTables(String cycle, String sheet, int rows, int lineItems,
                                                     int selfEmployedDashes, int wageDashes, int topCodedWages,
                                                     int wageYear) {
        ProjectionsTable t = Projections.cycle(cycle);
        assertEquals(Cycle.parse(cycle), t.cycle());
        assertTrue(t.name().endsWith(sheet), t.name());
        assertEquals(rows, t.size());
        assertEquals(lineItems, t.lineItems().size());
        assertEquals(wageYear, t.wageYear());
        assertEquals(selfEmployedDashes, t.stream().filter(r -> !r.percentSelfEmployed().isAvailable()).count());
        assertEquals(wageDashes, t.stream().filter(r -> r.medianWage().status() == FigureStatus.WAGE_NOT_AVAILABLE)
                .count());
        assertEquals(topCodedWages, t.stream().filter(r -> r.medianWage().isLowerBound()).count());
        // Summaries print "—" for every characteristic; line items never do.
        assertEquals(rows - lineItems, t.stream().filter(r -> r.education().isEmpty()).count());
        assertEquals(rows - lineItems, t.stream().filter(r -> r.training().isEmpty() && r.experience().isEmpty())
                .count());
        assertTrue(t.lineItems().stream().allMatch(r -> r.education().isPresent()));
        // Unavailable is missing in the Tablesaw view, never zero.
        assertEquals(selfEmployedDashes, t.toTable().doubleColumn("PERCENT_SELF_EMPLOYED").countMissing());
    }

    @Test
    void topCodedWage_isALowerBound_notAValue() {
        // 2016-26 prints ">=$208,000" for the highest-paid occupations, e.g. chief executives' neighbours.
        WageFigure top = Projections.cycle("2016-26").stream().map(OccupationProjection::medianWage)
                .filter(WageFigure::isLowerBound).findFirst().orElseThrow();
        assertEquals(208_000, top.wage().amount(), 1e-9);
        assertEquals(FigureStatus.TOP_CODED, top.status());
    }

    @ParameterizedTest
    @CsvSource({"2023-33", "2024-34"})
    void depth_fromSummaryCodes_equalsBlsIndentation(String cycle) throws IOException {
        ProjectionsTable t = Projections.cycle(cycle);
        Map<String, Integer> indent = new HashMap<>();
        try (InputStream in = Datasets.open("projections/occupation_" + cycle + ".xlsx");
             Xlsx x = Xlsx.open(cycle, in)) {
            x.forEachRow("Table 1.2", row -> {
                String title = row.cell(0);
                if (row.cell(1).matches("\\d{2}-\\d{4}")) {
                    indent.put(row.cell(1), title.length() - title.stripLeading().length());
                }
                return true;
            });
        }
        assertEquals(t.size(), indent.size());
        List<String> mismatches = new ArrayList<>();
        for (OccupationProjection r : t.rows()) {
            if (indent.get(r.code()) != 2 * r.depth()) {
                mismatches.add(r.code() + " indent " + indent.get(r.code()) + " depth " + r.depth());
            }
        }
        assertEquals(List.of(), mismatches);
        assertFalse(t.rows().stream().anyMatch(r -> r.title().startsWith(" ")));
    }

    @Test
    void tablePlacedLower_isFoundByContent_andErrorsGiveTheNewRow() {
        ProjectionsTable moved = ProjectionsReader.read("moved.xlsx",
                EditedWorkbook.of(WB_2016).shiftRowsDown("Table 1.7", 3).open());
        ProjectionsTable original = Projections.cycle("2016-26");
        assertEquals(original.rows(), moved.rows());

        InputStream bad = EditedWorkbook.of(WB_2016).setText("Table 1.7", "D4", "x").shiftRowsDown("Table 1.7", 3)
                .open();
        FileFormatException e = assertThrows(FileFormatException.class, () -> ProjectionsReader.read("bad.xlsx", bad));
        assertEquals(7, e.row().orElseThrow());
        assertEquals("x", e.rawValue().orElseThrow());
    }

    @Test
    void workbookWithoutTheTable_isAFormatErrorListingTheSheets() {
        InputStream bad = EditedWorkbook.of(WB_2016).renameSheet("Table 1.7", "Table 7.1").open();
        FileFormatException e = assertThrows(FileFormatException.class, () -> ProjectionsReader.read("bad.xlsx", bad));
        assertEquals("bad.xlsx", e.source());
        assertTrue(e.getMessage().contains("Table 7.1"), e.getMessage());
        assertTrue(e.problem().startsWith("no sheet holds the occupational projections table"), e.problem());
    }

    @Test
    void textInANumberColumn_namesSheetRowColumnAndValue() {
        InputStream bad = EditedWorkbook.of(WB_2016).setText("Table 1.7", "D4", "about 156k").open();
        FileFormatException e = assertThrows(FileFormatException.class, () -> ProjectionsReader.read("bad.xlsx", bad));
        assertEquals("Table 1.7", e.sheet().orElseThrow());
        assertEquals(4, e.row().orElseThrow());
        assertEquals("D (Employment 2016)", e.column().orElseThrow());
        assertEquals("about 156k", e.rawValue().orElseThrow());
        assertEquals("bad.xlsx, sheet 'Table 1.7', row 4, column D (Employment 2016): raw value 'about 156k': "
                + "not a number or \"—\"", e.getMessage());
    }

    @Test
    void headerShiftedAgainstTheData_namesTheFirstCellThatDoesNotFit() {
        InputStream bad = EditedWorkbook.of(WB_2016).shiftRowsRight("Table 1.7", 2, 3).open();
        FileFormatException e = assertThrows(FileFormatException.class, () -> ProjectionsReader.read("bad.xlsx", bad));
        assertEquals("Table 1.7", e.sheet().orElseThrow());
        assertEquals(4, e.row().orElseThrow());
        // The code column now sits over the occupation type: "Summary" is not a code.
        assertTrue(e.column().orElseThrow().startsWith("C"), e.getMessage());
        assertTrue(e.problem().startsWith("not a National Employment Matrix code"), e.problem());
        assertEquals("Summary", e.rawValue().orElseThrow());
    }

    @Test
    void unknownEducationCategory_isAFormatError() {
        InputStream bad = EditedWorkbook.of(WB_2016).setText("Table 1.7", "K7", "PhD").open();
        FileFormatException e = assertThrows(FileFormatException.class, () -> ProjectionsReader.read("bad.xlsx", bad));
        assertEquals(7, e.row().orElseThrow());
        assertTrue(e.column().orElseThrow().startsWith("K (Typical education"), e.getMessage());
        assertEquals("PhD", e.rawValue().orElseThrow());
    }

    @Test
    void zeroWhereADashBelongs_staysZero_andDashStaysUnavailable() {
        InputStream edited = EditedWorkbook.of(WB_2016).setText("Table 1.7", "H4", "—").open();
        OccupationProjection total = ProjectionsReader.read("edited.xlsx", edited).total();
        assertFalse(total.percentSelfEmployed().isAvailable());
        assertEquals("—", total.percentSelfEmployed().toString());
    }

    @Test
    void notAWorkbook_isAFormatError() {
        FileFormatException e = assertThrows(FileFormatException.class, () -> ProjectionsReader.read("x.xlsx",
                new ByteArrayInputStream("code,title\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("x.xlsx", e.source());
    }
}
