package io.github.wageoutlook.display;

import io.github.wageoutlook.display.DisplayTable.Align;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text and HTML layout of a display table: alignment, the head of a long table, escaping. */
class DisplayTableTest {

    private static DisplayTable.Builder codesAndMedians() {
        return DisplayTable.builder("OEWS national, May 2018: annual wages")
                .column("SOC code", Align.LEFT).column("Median", Align.RIGHT).htmlColumn("Mean", Align.RIGHT);
    }

    @Test
    void toText_padsColumnsTwoSpacesApart_andLeavesOutHtmlOnlyColumns() {
        DisplayTable t = codesAndMedians().row("43-4051", "$33,750", "$36,470").row("11-9081", "$53,390", "$59,270")
                .note("≥ marks a top-coded lower bound").build();

        assertEquals(List.of(
                "OEWS national, May 2018: annual wages",
                "SOC code   Median",
                "43-4051   $33,750",
                "11-9081   $53,390",
                "≥ marks a top-coded lower bound"), t.toText().lines().toList());
    }

    @Test
    void toText_ofALongTable_showsTheHeadAndCountsTheRest() {
        DisplayTable.Builder b = codesAndMedians();
        for (int i = 0; i < 1_379; i++) {
            b.row(String.format("%02d-0000", i % 100), "$" + i, "$" + i);
        }
        DisplayTable t = b.build();

        List<String> lines = t.toText().lines().toList();
        assertEquals(1 + 1 + DisplayTable.HEAD_ROWS + 1, lines.size(), t.toText());
        assertEquals("… 1,369 more rows", lines.get(lines.size() - 1));
        assertEquals("… 1,374 more rows", t.toText(5).lines().reduce((a, z) -> z).orElseThrow());
    }

    @Test
    void toText_ofATableOfTwentyRows_showsThemAll() {
        DisplayTable.Builder b = codesAndMedians();
        for (int i = 0; i < DisplayTable.MAX_WHOLE_ROWS; i++) {
            b.row("43-4051", "$" + i, "$" + i);
        }
        String text = b.build().toText();
        assertEquals(2 + DisplayTable.MAX_WHOLE_ROWS, text.lines().count(), text);
        assertFalse(text.contains("more row"), text);
    }

    @Test
    void omittedRows_areCountedButNotLaidOut() {
        DisplayTable t = codesAndMedians().row("43-4051", "$33,750", "$36,470").omitted(1).build();

        assertEquals(2, t.size());
        assertTrue(t.toText().endsWith("… 1 more row" + System.lineSeparator()), t.toText());
        assertTrue(t.toHtml().contains("<td colspan=\"3\" style=\"text-align:left\">… 1 more row</td>"), t.toHtml());
    }

    @Test
    void toHtml_hasEveryColumn_escapesText_andKeepsIndentation() {
        DisplayTable t = DisplayTable.builder("a < b\nsecond line").column("Title", Align.LEFT)
                .column("Wage", Align.RIGHT).row("  Chief executives & co", "≥ $239,200").build();

        assertEquals("<table>\n<caption>a &lt; b<br>second line</caption>\n<tr><th>Title</th><th>Wage</th></tr>\n"
                + "<tr><td style=\"text-align:left\">&nbsp;&nbsp;Chief executives &amp; co</td>"
                + "<td style=\"text-align:right\">≥ $239,200</td></tr>\n</table>", t.toHtml());
        assertTrue(codesAndMedians().row("1", "2", "3").build().toHtml().contains("<th>Mean</th>"));
    }

    @Test
    void row_withTheWrongNumberOfCells_namesTheRowAndTheCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codesAndMedians().row("43-4051", "$33,750"));
        assertEquals("Invalid number of cells in row 1 (valid: one per column, 3): 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DisplayTable.builder(" "));
        assertThrows(IllegalStateException.class, () -> codesAndMedians().row("a", "b", "c").column("d", Align.LEFT));
        assertThrows(IllegalArgumentException.class, () -> codesAndMedians().build().toText(-1));
    }
}
