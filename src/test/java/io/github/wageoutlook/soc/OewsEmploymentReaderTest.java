package io.github.wageoutlook.soc;

import io.github.wageoutlook.io.FileFormatException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The employment-by-code table the SOC tables weigh split codes by, and its errors. */
class OewsEmploymentReaderTest {

    @Test
    void rows_byYearAndCode_blankIsNaN() {
        var e = SocTablesReader.readOewsEmployment("e.csv", new StringReader(
                "YEAR,OCC_CODE,TOT_EMP\n2018,15-1132,1256200\n2018,15-1133,\n2021,15-1252,1364180\n"));
        assertEquals(1_256_200, e.get(2018).get("15-1132"));
        assertTrue(e.get(2018).get("15-1133").isNaN());
        assertEquals(1_364_180, e.get(2021).get("15-1252"));
    }

    @Test
    void badHeaderCodeOrNumber_namesRowColumnAndRawValue() {
        FileFormatException header = assertThrows(FileFormatException.class, () -> SocTablesReader
                .readOewsEmployment("e.csv", new StringReader("YEAR,CODE,TOT_EMP\n")));
        assertEquals(1, header.row().getAsInt());
        FileFormatException code = assertThrows(FileFormatException.class, () -> SocTablesReader
                .readOewsEmployment("e.csv", new StringReader("YEAR,OCC_CODE,TOT_EMP\n2018,151132,5\n")));
        assertEquals("OCC_CODE", code.column().orElseThrow());
        assertEquals("151132", code.rawValue().orElseThrow());
        FileFormatException jobs = assertThrows(FileFormatException.class, () -> SocTablesReader
                .readOewsEmployment("e.csv", new StringReader("YEAR,OCC_CODE,TOT_EMP\n2018,15-1132,-4\n")));
        assertEquals(2, jobs.row().getAsInt());
        assertEquals("TOT_EMP", jobs.column().orElseThrow());
    }
}
