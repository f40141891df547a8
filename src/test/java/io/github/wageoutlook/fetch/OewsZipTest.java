package io.github.wageoutlook.fetch;

import io.github.wageoutlook.oews.OewsReader;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.ReadLimits;
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

    /**
     * A zip whose data entry is 64 MB of one CSV row repeated (about 100 KB compressed), read with the byte limit set
     * to 8 MB: refused at once, naming the entry and the limit, without inflating it. (BLS's largest file is under
     * 100 MB; the default limit is 1 GiB, so an entry that inflates to gigabytes fails the same way.)
     */
    @Test
    void entryInflatingPastTheByteLimit_isRefusedEarly_namingTheEntryAndTheLimit() throws IOException {
        Path zip = dir.resolve("oesm18nat.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(9);
            out.putNextEntry(new java.util.zip.ZipEntry("national_M2018_dl.csv"));
            out.write(("OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,"
                    + "H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY\n").getBytes());
            byte[] rows = ("43-4051,Customer Service Representatives,detailed,2871400,0.5,17.53,36470,0.2,10.65,12.85,"
                    + "16.23,20.66,26.59,22140,26730,33750,42970,55310,,\n").repeat(10_000).getBytes();
            for (long written = 0; written < 64L << 20; written += rows.length) {
                out.write(rows);
            }
            out.closeEntry();
        }
        long compressed = Files.size(zip);
        assertTrue(compressed < 4 << 20, () -> "compressed to " + compressed);
        String before = System.setProperty(ReadLimits.MAX_BYTES_PROPERTY, Long.toString(8 << 20));
        try {
            long start = System.nanoTime();
            FileFormatException e = assertThrows(FileFormatException.class,
                    () -> OewsReader.readZip(zip, OewsFile.national(2018)));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals("oesm18nat.zip!/national_M2018_dl.csv: holds more than 8,388,608 bytes, the most one file or "
                    + "zip entry may hold (system property wageoutlook.read.maxBytes; BLS's largest OEWS file is under "
                    + "100 MB): not read", e.getMessage());
            assertTrue(seconds < 5, () -> "took " + seconds + " s");
        } finally {
            restore(ReadLimits.MAX_BYTES_PROPERTY, before);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
