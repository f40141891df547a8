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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OewsTable.of(plain));
        assertTrue(e.getMessage().contains("missing column A_MEDIAN"), e.getMessage());
        Table negative = y2018.toTable();
        negative.doubleColumn("A_PCT10").set(4, -5.0);
        e = assertThrows(IllegalArgumentException.class, () -> OewsTable.of(negative));
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
    void concat_stacksYears() {
        OewsTable all = Oews.nationalAllYears();
        assertEquals(16_613, all.size());
        assertEquals(Oews.nationalYears(), all.years());
        assertEquals(Wage.annual(32_890), all.year(2017).occupation("43-4051").orElseThrow().annual().median().wage());
    }
}
