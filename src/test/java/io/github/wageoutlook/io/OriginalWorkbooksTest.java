package io.github.wageoutlook.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The BLS original workbooks of May 2014–2016 and 2024 replaced re-saved copies (2026-11-30). The re-saved copies
 * and the originals hold the same cells: the digests written here were computed from the re-saved copies before
 * they were replaced (every sheet, every row, every cell as its stored text), and the originals shipped now
 * give the same digests.
 */
class OriginalWorkbooksTest {

    /** SHA-256 over "per sheet: its name, then per row: row number and its cell texts", in file order. */
    static String rawCellDigest(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file); Xlsx x = Xlsx.open(file.getFileName().toString(), in)) {
            for (String sheet : x.sheetNames()) {
                sha.update(("\f" + sheet).getBytes(StandardCharsets.UTF_8));
                x.forEachRow(sheet, row -> {
                int last = row.cells().length;
                while (last > 0 && row.cells()[last - 1].isEmpty()) {
                    last--;
                }
                StringBuilder b = new StringBuilder().append('\n').append(row.number());
                for (int c = 0; c < last; c++) {
                    b.append('\t').append(row.cells()[c]);
                }
                sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
                return true;
                });
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2014, 20f4faff5a1ef401c3deef8e0f9b87c48d4edca0dddb4f86da290aea76756470",
        "2015, 9a30cec866ce9c32e2bed0b85f41b2c6272b6a6a983d9175fd4083654d5c530c",
        "2016, 4556d3d07573f1d3ea06705282500efaa66665651fce5cf99490b230137c002a",
        "2024, 39ef60c3e6c9b29247b0461e771a04dbdbed2dd308273862c207631cd044df87"})
    void originalWorkbook_holdsTheCellsOfTheReSavedCopyItReplaced(int year, String digest) throws IOException {
        Path shipped = Path.of("datasets/oews/national_M" + year + "_dl.xlsx");
        assertEquals(digest, rawCellDigest(shipped));
    }
}
