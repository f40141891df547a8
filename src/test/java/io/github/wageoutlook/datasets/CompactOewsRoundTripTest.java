package io.github.wageoutlook.datasets;

import io.github.wageoutlook.io.OewsReader;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The compact embedded form keeps every column: the shipped industry file from the jar equals its workbook cell for
 * cell, and the May 2025 national file (not shipped on this branch) survives a write and a read of the form.
 */
class CompactOewsRoundTripTest {

    private static void assertSameCells(Table expected, Table actual, String what) {
        assertEquals(expected.rowCount(), actual.rowCount(), what + " rows");
        assertEquals(expected.columnNames(), actual.columnNames(), what + " columns");
        for (String c : expected.columnNames()) {
            for (int r = 0; r < expected.rowCount(); r++) {
                assertEquals(expected.column(c).getString(r), actual.column(c).getString(r),
                        what + " row " + (r + 2) + " column " + c);
            }
        }
    }

    @Test
    void embeddedIndustryEstimates_equalTheOriginalWorkbook_everyCell() {
        for (int year : Oews.industryYears()) {
            assertSameCells(Datasets.oewsIndustriesFromWorkbook(year).toTable(), Oews.industries(year).toTable(),
                    Datasets.oewsIndustryFileName(year));
        }
    }

    @Test
    void national2025_survivesTheCompactForm_everyCell() throws IOException {
        OewsTable original = OewsReader.read(SharedData.national2025());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompactOews.write(List.of(original), bytes);
        List<OewsTable> back = CompactOews.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(1, back.size());
        assertEquals(1401, original.size());
        assertSameCells(original.toTable(), back.get(0).toTable(), "national_M2025_dl.xlsx");
    }
}
