package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports of the OEWS data query tool in the shapes users choose (any subset of columns, marks as the footnotes define
 * them) and the errors for what the tool never writes, each naming file, row, column and raw value. The files are
 * written here in the tool's newer CSV layout, with figures from the real 15-2051 by-state export.
 */
class QueryExportLayoutsTest {
    @TempDir
    Path dir;

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private static final String TITLE = "One occupation for multiple geographical areas";
    private static final String OCCUPATION = "Occupation: Data Scientists (SOC code 15-2051)";
    private static final String PERIOD = "Period: May 2024";

    @Test
    void annualMeanAlone_everyOtherFigureAbsent_neverZero() throws IOException {
        Path f = csv("mine.csv", TITLE, "", OCCUPATION, PERIOD, "", "Area Name,Annual mean wage (2)",
                "Alabama (01-00000),\"$102,970\"", "California (06-00000),\"$155,450\"", "Footnotes:",
                "\"(2) Annual wages have been calculated by multiplying the corresponding hourly wage by 2,080 hours.\"",
                "", "\"Data extracted on November 05, 2025\"");
        OewsTable t = Oews.read(f);
        assertEquals(2, t.size());
        OccupationWages ca = t.area("CA").row(0);
        assertEquals(Wage.annual(155_450), ca.annual().mean().wage());
        assertEquals(FigureStatus.ABSENT, ca.employment().status());
        assertEquals(FigureStatus.ABSENT, ca.annual().median().status());
        assertEquals(FigureStatus.ABSENT, ca.hourly().mean().status());
        assertEquals("n/a", ca.annual().median().toString());
        ContextComparison c = ContextComparison.of(t, "15-2051", ContextComparison.Across.AREA);
        assertEquals(2, c.rows().size());
        assertEquals(0, c.rank(0), "no median, no rank: the mean is not a neighbour to rank by");
    }

    @Test
    void hourlyWagesAlone_areRankedHourly() throws IOException {
        Path f = csv("hourly.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Hourly median wage",
                "Alabama (01-00000),$50.68", "California (06-00000),$65.77");
        ContextComparison c = ContextComparison.of(Oews.read(f), "15-2051", ContextComparison.Across.AREA);
        assertEquals(io.github.wageoutlook.wages.WageBasis.HOURLY, c.basis());
        assertEquals("California", c.rows().get(0).area().title());
        assertEquals(1, c.rank(0));
    }

    @Test
    void topCodeMark_isTheFootnotesTopCode_andAHashTheYears() throws IOException {
        Path f = csv("top.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Annual median wage (2),Annual 90th "
                        + "percentile wage (2),Hourly 90th percentile wage", "California (06-00000),\"$136,800\",(5) -,#",
                "(5) This wage is equal to or greater than $115.00 per hour or $239,200 per year.");
        OccupationWages ca = Oews.read(f).row(0);
        assertEquals(FigureStatus.TOP_CODED, ca.annual().p90().status());
        assertEquals(Wage.annual(239_200), ca.annual().p90().wage());
        assertEquals(Wage.hourly(115), ca.hourly().p90().wage());
    }

    @Test
    void nationalRowAndNonmetropolitanArea_inTheNewerLayout() throws IOException {
        Path f = csv("areas.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Employment (1)", "U.S. (99-00000),\"234,510\"",
                "Alaska nonmetropolitan area (02-00006),30", "\"Anchorage, AK (00-11260)\",120");
        OewsTable t = Oews.read(f);
        assertEquals(List.of(Area.NATIONAL, new Area("0200006", "Alaska nonmetropolitan area",
                AreaType.NONMETROPOLITAN, "AK"), new Area("11260", "Anchorage, AK", AreaType.METROPOLITAN, "AK")),
                t.areas());
    }

    @Test
    void aFootnoteMarkTheFileDoesNotDefine_namesTheCell() throws IOException {
        Path f = csv("mark.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Employment (1),Annual mean wage (2)",
                "Alabama (01-00000),\"1,620\",(7) -", "(8) Estimate not released.");
        FileFormatException e = assertThrows(FileFormatException.class, () -> Oews.read(f));
        assertEquals("mark.csv", e.source());
        assertEquals(5, e.row().orElseThrow());
        assertEquals("Annual mean wage (2) (field 3)", e.column().orElseThrow());
        assertEquals("(7) -", e.rawValue().orElseThrow());
        assertTrue(e.problem().contains("footnote (7) is not among the export's footnotes [8]"), e.getMessage());
    }

    @Test
    void aColumnTheToolDoesNotWrite_isNamed() throws IOException {
        Path f = csv("col.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Percent of industry employment",
                "Alabama (01-00000),1.2");
        FileFormatException e = assertThrows(FileFormatException.class, () -> Oews.read(f));
        assertEquals(4, e.row().orElseThrow());
        assertEquals("Percent of industry employment", e.rawValue().orElseThrow());
        assertTrue(e.problem().contains("not a column the OEWS data query tool writes"), e.getMessage());
    }

    @Test
    void anAreaWithoutItsCode_andAWageThatIsNotANumber_areNamed() throws IOException {
        Path name = csv("name.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Employment (1)", "Alabama,1620");
        FileFormatException e = assertThrows(FileFormatException.class, () -> Oews.read(name));
        assertEquals(5, e.row().orElseThrow());
        assertEquals("Alabama", e.rawValue().orElseThrow());
        Path wage = csv("wage.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Annual median wage (2)",
                "Alabama (01-00000),about $100k");
        e = assertThrows(FileFormatException.class, () -> Oews.read(wage));
        assertEquals("about $100k", e.rawValue().orElseThrow());
        assertEquals("Annual median wage (2) (field 2)", e.column().orElseThrow());
    }

    @Test
    void theFilesOwnPeriodWins_andAnotherYearGivenIsAnError() throws IOException {
        Path f = csv("OES_Report_2023.csv", TITLE, OCCUPATION, PERIOD, "Area Name,Employment (1)",
                "Alabama (01-00000),1620");
        assertEquals(List.of(2024), Oews.read(f).years());
        FileFormatException e = assertThrows(FileFormatException.class, () -> Oews.read(f, 2023));
        assertTrue(e.problem().contains("the export is of May 2024, the year given is 2023"), e.getMessage());
    }

    @Test
    void aFileOfNeitherKind_saysWhichKindsAreRead() throws IOException {
        Path f = csv("notes.csv", "My notes", "a,b", "c,d", "e,f", "g,h", "i,j", "k,l", "m,n", "o,p", "q,r", "s,t",
                "u,v");
        FileFormatException e = assertThrows(FileFormatException.class, () -> Oews.read(f));
        assertTrue(e.problem().contains("exports of the OEWS data query tool"), e.getMessage());
        assertTrue(e.problem().contains("BLS's OEWS tables"), e.getMessage());
    }
}
