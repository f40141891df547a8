package io.github.wageoutlook.careers;

import io.github.wageoutlook.io.FileFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** O*NET's text files read, and a bad one rejected with its line, column and raw value. */
class OnetReaderTest {
    private static final String TITLES = "O*NET-SOC Code\tTitle\tDescription\r\n43-4051.00\tCustomer Service "
            + "Representatives\tInteract with customers.\r\n43-4171.00\tReceptionists and Information Clerks\tAnswer."
            + "\r\n";
    private static final String HEADER = "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\r\n";

    @Test
    void read_aRelease_givesItsRowsAndNamesItInTheAttribution(@TempDir Path dir) throws Exception {
        Path related = Files.writeString(dir.resolve("Related Occupations.txt"), HEADER
                + "43-4051.00\t43-4171.00\tPrimary-Long\t7\r\n");
        Path titles = Files.writeString(dir.resolve("Occupation Data.txt"), TITLES);
        RelatedOccupations r = RelatedOccupations.read(related, titles, "O*NET 30.0");

        assertEquals("43-4171.00 Receptionists and Information Clerks", r.related("43-4051").get(0).onetCode() + " "
                + r.related("43-4051").get(0).title());
        assertTrue(r.attribution().get(0).startsWith("This page includes information from the O*NET 30.0 Database"));
    }

    @Test
    void badRows_nameTheFileLineColumnAndRawValue() {
        Map<String, String> titles = OnetReader.titles("Occupation Data.txt", in(TITLES));
        assertEquals(2, titles.size());

        FileFormatException tier = assertThrows(FileFormatException.class, () -> OnetReader.related("r.txt",
                in(HEADER + "43-4051.00\t43-4171.00\tPrimary-Medium\t7\r\n"), titles));
        assertEquals(2, tier.row().getAsInt());
        assertEquals("Relatedness Tier", tier.column().orElseThrow());
        assertEquals("Primary-Medium", tier.rawValue().orElseThrow());
        FileFormatException index = assertThrows(FileFormatException.class, () -> OnetReader.related("r.txt",
                in(HEADER + "43-4051.00\t43-4171.00\tPrimary-Long\t21\r\n"), titles));
        assertEquals("Index", index.column().orElseThrow());
        FileFormatException code = assertThrows(FileFormatException.class, () -> OnetReader.related("r.txt",
                in(HEADER + "43-4051\t43-4171.00\tPrimary-Long\t7\r\n"), titles));
        assertEquals("O*NET-SOC Code", code.column().orElseThrow());
        FileFormatException unknown = assertThrows(FileFormatException.class, () -> OnetReader.related("r.txt",
                in(HEADER + "43-4051.00\t99-9999.00\tPrimary-Long\t7\r\n"), titles));
        assertTrue(unknown.getMessage().contains("no such occupation"), unknown.getMessage());
        FileFormatException header = assertThrows(FileFormatException.class, () -> OnetReader.related("r.txt",
                in("O*NET-SOC Code\tIndex\r\n43-4051.00\t1\r\n"), titles));
        assertTrue(header.getMessage().contains("no column 'Related O*NET-SOC Code'"), header.getMessage());
        assertThrows(FileFormatException.class, () -> OnetReader.related("r.txt", in(""), titles));
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
