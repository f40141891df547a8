package io.github.wageoutlook.projections;

import io.github.wageoutlook.io.FileFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scenario rows, and the errors naming line, column and value. */
class ScenarioReaderTest {

    private static final String HEADER = String.join(",", ScenarioReader.COLUMNS) + "\n";

    private static List<Scenario> read(String body) {
        return ScenarioReader.read("s.csv", new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void employmentLevels_giveAProjectionInThousands() {
        Scenario s = read("Plan,43-4051,CSR,,2024-34,100,110,,\"me, myself\"\n").get(0);
        assertEquals(10.0, s.projection().percentChange(), 1e-9);
        assertEquals("me, myself", s.source());
    }

    @Test
    void textInANumberColumn_namesLineColumnAndValue() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> read("Plan,43-4051,CSR,,2024-34,,,lots,me\n"));
        assertEquals("s.csv, row 2, column percent_change: raw value 'lots': not a number", e.getMessage());
    }

    @Test
    void percentThatDisagreesWithLevels_isAFormatError() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> read("Plan,43-4051,CSR,,2024-34,100,110,20,me\n"));
        assertEquals(2, e.row().orElseThrow());
        assertEquals("percent_change", e.column().orElseThrow());
    }
}
