package io.github.wageoutlook.oews;

import io.github.wageoutlook.datasets.Datasets;
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
            assertSameCells(EmbeddedOews.industriesFromWorkbook(year).toTable(), Oews.industries(year).toTable(),
                    Datasets.oewsIndustryFileName(year));
        }
    }

    /** The employment file the SOC tables weigh splits by is the embedded tables' employment, code for code. */
    @Test
    void embeddedEmploymentFile_equalsTheEmployment_ofTheEmbeddedTables() throws Exception {
        java.util.SortedMap<Integer, java.util.Map<String, Double>> file;
        try (var in = new java.io.InputStreamReader(Datasets.open(Datasets.OEWS_EMPLOYMENT),
                java.nio.charset.StandardCharsets.US_ASCII)) {
            file = io.github.wageoutlook.soc.SocTablesReader.readOewsEmployment(Datasets.OEWS_EMPLOYMENT, in);
        }
        var tables = EmbeddedOews.nationalEmployment();
        assertEquals(tables.keySet(), file.keySet());
        tables.forEach((year, byCode) -> assertEquals(byCode, file.get(year), "May " + year));
        assertEquals(2_595_750, file.get(2025).get("43-4051"));   // BLS OEWS May 2025, TOT_EMP of 43-4051
    }
}
