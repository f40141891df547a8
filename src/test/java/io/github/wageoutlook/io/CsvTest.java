package io.github.wageoutlook.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTest {

    private static List<TextRow> read(String text) {
        List<TextRow> rows = new ArrayList<>();
        Csv.forEachRow("test.csv", new StringReader(text), rows::add);
        return rows;
    }

    @Test
    void quotedFields_escapedQuotesAndEmbeddedLineBreaks_andRowNumbersByStartingLine() {
        List<TextRow> rows = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");
        assertEquals(3, rows.size());
        assertArrayEquals(new String[] {"a", "b", "c"}, rows.get(0).cells());
        assertArrayEquals(new String[] {"x, y", "say \"hi\"", "two\nlines"}, rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
        assertArrayEquals(new String[] {"last", "", ""}, rows.get(2).cells());
        assertEquals(4, rows.get(2).number());
    }

    // The reader hands out the previous row's string when a column repeats: values must still be exact per row,
    // including same-length values that differ, a value that repeats after a change, and CRLF endings.
    @Test
    void repeatedColumnValues_areReadExactlyRowByRow() {
        List<TextRow> rows = read("area,code\r\n01,11-1011\r\n01,11-1021\r\n02,11-1021\r\n01,11-1021\r\n01,\r\n");
        assertArrayEquals(new String[] {"01", "11-1011"}, rows.get(1).cells());
        assertArrayEquals(new String[] {"01", "11-1021"}, rows.get(2).cells());
        assertArrayEquals(new String[] {"02", "11-1021"}, rows.get(3).cells());
        assertArrayEquals(new String[] {"01", "11-1021"}, rows.get(4).cells());
        assertArrayEquals(new String[] {"01", ""}, rows.get(5).cells());
    }

    @Test
    void tabSeparated_isDetectedFromTheFirstLine() {
        assertArrayEquals(new String[] {"a", "b,c"}, read("x\ty\na\tb,c\n").get(1).cells());
    }

    @Test
    void recordsLongerThanTheBuffer_andFieldsAcrossBufferBoundaries_readWhole() {
        StringBuilder b = new StringBuilder("h1,h2\n");
        String longField = "v".repeat(200_000);
        b.append(longField).append(",end\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("row").append(i).append(",\"q").append(i).append("\"\n");
        }
        List<TextRow> rows = read(b.toString());
        assertEquals(20_002, rows.size());
        assertEquals(longField, rows.get(1).cell(0));
        assertEquals("end", rows.get(1).cell(1));
        for (int i = 0; i < 20_000; i++) {
            assertEquals("row" + i, rows.get(i + 2).cell(0));
            assertEquals("q" + i, rows.get(i + 2).cell(1));
        }
    }

    @Test
    void noFinalLineBreak_andBom_areHandled() {
        List<TextRow> rows = read("\uFEFFa,b\n1,2");
        assertArrayEquals(new String[] {"a", "b"}, rows.get(0).cells());
        assertArrayEquals(new String[] {"1", "2"}, rows.get(1).cells());
    }

    @Test
    void unterminatedQuote_namesTheLineWhereTheFieldStarts() {
        FileFormatException e = assertThrows(FileFormatException.class, () -> read("a,b\n1,2\n3,\"open\n\n"));
        assertEquals(3, e.row().getAsInt());
    }
}
