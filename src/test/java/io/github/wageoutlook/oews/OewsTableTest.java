package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.Wage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OewsTableTest {

    private final OewsTable y2018 = Oews.national(2018);

    @Test
    void occupation_codeAtSeveralLevels_resolvesToMostDetailed() {
        List<OccupationWages> both = y2018.stream().filter(r -> r.socCode().equals("13-1020")).toList();
        assertEquals(2, both.size(), "BLS publishes 13-1020 at two levels");
        GroupLevel deepest = both.stream().map(OccupationWages::level).max(Enum::compareTo).orElseThrow();
        assertEquals(deepest, y2018.occupation("13-1020").orElseThrow().level());
        GroupLevel other = both.stream().map(OccupationWages::level).min(Enum::compareTo).orElseThrow();
        assertEquals(other, y2018.occupation("13-1020", other).orElseThrow().level());
    }

    @Test
    void occupation_unknownCode_isEmpty() {
        assertTrue(y2018.occupation("99-9999").isEmpty());
    }

    @Test
    void search_isCaseInsensitive_andFiltersCompose() {
        OewsTable hits = y2018.search("CUSTOMER service").level(GroupLevel.DETAILED);
        assertEquals(List.of("43-4051"), hits.stream().map(OccupationWages::socCode).toList());
        assertTrue(hits.name().contains("title contains"));
    }

    @Test
    void majorGroup_includesItsOwnRowAndOnlyItsCodes() {
        OewsTable office = y2018.majorGroup("43");
        assertTrue(office.stream().allMatch(r -> r.socCode().startsWith("43-")));
        assertEquals(1, office.level(GroupLevel.MAJOR).size());
        assertEquals(office.size(), y2018.majorGroup("43-0000").size());
        assertThrows(IllegalArgumentException.class, () -> y2018.majorGroup("4"));
    }

    @Test
    void levelCounts2018_matchTheFile() {
        assertEquals(1, y2018.level(GroupLevel.TOTAL).size());
        assertEquals(22, y2018.level(GroupLevel.MAJOR).size());
        assertEquals(93, y2018.level(GroupLevel.MINOR).size());
        assertEquals(455, y2018.level(GroupLevel.BROAD).size());
        assertEquals(808, y2018.level(GroupLevel.DETAILED).size());
    }

    @Test
    void toTable_isACopy_changesDoNotReachTheTypedTable() {
        Table plain = y2018.toTable();
        plain.doubleColumn("A_MEDIAN").set(0, 1.0);
        assertNotSame(plain, y2018.toTable());
        assertEquals(Wage.annual(38_640), y2018.occupation("00-0000").orElseThrow().annual().median().wage());
    }

    @Test
    void of_checksSchemaAndValues() {
        Table plain = y2018.toTable();
        plain.removeColumns("A_MEDIAN");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OewsTable.from(plain));
        assertTrue(e.getMessage().contains("missing column A_MEDIAN"), e.getMessage());
        Table negative = y2018.toTable();
        negative.doubleColumn("A_PCT10").set(4, -5.0);
        e = assertThrows(IllegalArgumentException.class, () -> OewsTable.from(negative));
        assertTrue(e.getMessage().contains("row 5, column A_PCT10"), e.getMessage());
    }

    @Test
    void toString_printsReadableRowsWithTopCodesAsLowerBounds() {
        String text = y2018.search("chief executives").toString();
        assertTrue(text.contains("11-1011"), text);
        assertTrue(text.contains("≥ 208,000"), text);
        assertTrue(text.contains("A_MEDIAN"), text);
    }

    @Test
    void toString_ofAWholeYear_isACompactHeadForJShell() {
        String text = y2018.toString();
        List<String> lines = text.lines().toList();

        // caption, header, the first 10 of BLS's 1,379 rows of May 2018, and the count of the others
        assertEquals(13, lines.size(), text);
        assertTrue(lines.get(0).startsWith("national_M2018_dl.xlsx (1,379 rows;"), text);
        assertTrue(lines.get(2).startsWith("2018  00-0000   All Occupations"), text);
        assertEquals("… 1,369 more rows", lines.get(12));
        assertTrue(lines.stream().allMatch(l -> l.length() <= 120), "a line is wider than 120 characters:\n" + text);
        assertTrue(text.length() < 2_000, text.length() + " characters");
    }

    @Test
    void printRows_showsTheFirstRowsThenCountsTheRest() {
        List<String> lines = y2018.printRows(3).lines().toList();

        assertEquals(List.of("2018  00-0000   All Occupations", "… 1,376 more rows"),
                List.of(lines.get(2).substring(0, 32).strip(), lines.get(lines.size() - 1)));
        assertEquals(6, lines.size());
    }

    @Test
    void toHtml_addsTheMeanAndQuartilesToTheTextColumns() {
        String html = y2018.search("customer service").toHtml();

        assertTrue(html.startsWith("<table>\n<caption>national_M2018_dl.xlsx where title contains"), html);
        // OEWS May 2018, 43-4051: A_MEAN 36,470, A_PCT25 26,730, A_MEDIAN 33,750, A_PCT75 42,970
        assertTrue(html.contains("<th>A_MEAN</th><th>A_PCT10</th><th>A_PCT25</th><th>A_MEDIAN</th>"), html);
        assertTrue(html.contains(">36,470<") && html.contains(">26,730<") && html.contains(">42,970<"), html);
    }

    @Test
    void concat_stacksYears() {
        OewsTable all = Oews.nationalAllYears();
        assertEquals(16_613, all.size());
        assertEquals(Oews.nationalYears(), all.years());
        assertEquals(Wage.annual(32_890), all.year(2017).occupation("43-4051").orElseThrow().annual().median().wage());
    }
}
