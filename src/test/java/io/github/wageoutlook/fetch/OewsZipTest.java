package io.github.wageoutlook.fetch;

import io.github.wageoutlook.oews.OewsReader;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.testing.RealFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OewsZipTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void nationalZip_withFieldDescriptionsBesideIt_readsTheDataWorkbookWithItsPublishedFigures() throws IOException {
        OewsTable t = OewsReader.readZip(write("oesm18nat.zip", RealFiles.nationalZip(2018)), OewsFile.national(2018));
        OccupationWages csr = t.occupation("43-4051").orElseThrow();
        assertEquals(33_750, csr.annual().median().wage().amount());   // BLS OEWS May 2018, A_MEDIAN
        assertEquals(16.23, csr.hourly().median().wage().amount());
    }

    @Test
    void lockFileListedFirst_isSkipped() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("~$state_M2022_dl.xlsx", RealFiles.lockFile());
        entries.put("oesm22st/state_M2022_dl.xlsx", RealFiles.stateWorkbook(2022, 3));
        OewsTable t = OewsReader.readZip(write("oesm22st.zip", RealFiles.zip(entries)), OewsFile.state(2022));
        assertEquals(RealFiles.STATE_AREAS.size(), t.areas().size());
    }

    @Test
    void renamedSheet_isFoundByItsOccCodeHeader() throws IOException {
        byte[] renamed = RealFiles.renameSheet(RealFiles.bytes("oews/national_M2024_dl.xlsx"), "national_M2024_dl",
                "All May 2024 data");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("field_descriptions.xlsx", RealFiles.bytes("oews/field_descriptions_M2018.xlsx"));
        entries.put("national_M2024_dl.xlsx", renamed);
        OewsTable t = OewsReader.readZip(write("oesm24nat.zip", RealFiles.zip(entries)), OewsFile.national(2024));
        assertEquals(42_830, t.occupation("43-4051").orElseThrow().annual().median().wage().amount());
    }

    @Test
    void industryZip_choosesTheWorkbookOfTheLevelByItsIGroup_notByNameOrPosition() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xlsx", RealFiles.industryWorkbook(2024, "561400", "Business Support Services", "4-digit", 5));
        entries.put("b.xlsx", RealFiles.industryWorkbook(2024, "560000", "Administrative and Support", "sector", 6));
        entries.put("c.xlsx", RealFiles.industryWorkbook(2024, "561000", "Administrative and Support Services",
                "3-digit", 7));
        entries.put("d.xlsx", RealFiles.industryWorkbook(2024, "561422", "Telemarketing Bureaus", "6-digit", 8));
        Path zip = write("oesm24in4.zip", RealFiles.zip(entries));
        assertEquals(6, OewsReader.readZip(zip, OewsFile.industry(2024, OewsFile.Kind.SECTOR)).size());
        assertEquals(7, OewsReader.readZip(zip, OewsFile.industry(2024, OewsFile.Kind.THREE_DIGIT)).size());
        assertEquals(5, OewsReader.readZip(zip, OewsFile.industry(2024, OewsFile.Kind.FOUR_DIGIT)).size());
        OewsTable detailed = OewsReader.readZip(zip, OewsFile.industry(2024, OewsFile.Kind.FIVE_SIX_DIGIT));
        assertEquals(8, detailed.size());
        assertEquals("561422", detailed.row(0).industry().naics());
    }

    @Test
    void zipWithoutData_namesEveryEntryAndWhyItWasSkipped() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("~$state_M2022_dl.xlsx", RealFiles.lockFile());
        entries.put("readme.txt", "OEWS".getBytes());
        entries.put("field_descriptions.xlsx", RealFiles.bytes("oews/field_descriptions_M2018.xlsx"));
        entries.put("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        entries.put("state.xlsx", RealFiles.bytes("oews/field_descriptions_M2018.xlsx"));
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> OewsReader.readZip(write("oesm22st.zip", RealFiles.zip(entries)), OewsFile.state(2022)));
        String m = e.getMessage();
        assertTrue(m.startsWith("oesm22st.zip"), m);
        assertTrue(m.contains("~$state_M2022_dl.xlsx: an Excel lock file"), m);
        assertTrue(m.contains("readme.txt: neither .xlsx nor CSV"), m);
        assertTrue(m.contains("old.xls: a legacy .xls workbook"), m);
        assertTrue(m.contains("field_descriptions.xlsx: no sheet has an OCC_CODE and OCC_TITLE header"), m);
    }

    @Test
    void bytesThatAreNotAZip_areAFormatErrorNamingTheFile() throws IOException {
        FileFormatException e = assertThrows(FileFormatException.class, () -> OewsReader.readZip(
                write("oesm24st.zip", "<html>Access Denied</html>".getBytes()), OewsFile.state(2024)));
        assertTrue(e.getMessage().startsWith("oesm24st.zip: not a readable zip archive"), e.getMessage());
    }
}
