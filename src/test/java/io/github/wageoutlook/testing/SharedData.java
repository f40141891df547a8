package io.github.wageoutlook.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BLS files the tests read that the repository does not ship yet: the May 2025 national file (published May 2026) is
 * read from {@code datasets/oews/} once it is shipped, else from the project's shared copy of BLS's original.
 */
public final class SharedData {
    private SharedData() {
    }

    /**
     * The OEWS May 2025 national workbook.
     *
     * @return its path
     * @throws IllegalStateException if neither copy exists, naming both places looked at
     */
    public static Path national2025() {
        Path shipped = Path.of("datasets/oews/national_M2025_dl.xlsx");
        Path shared = Path.of("/work/shared/datasets/bls/oews/national_M2025_dl.xlsx");
        if (Files.isRegularFile(shipped)) {
            return shipped;
        }
        if (Files.isRegularFile(shared)) {
            return shared;
        }
        throw new IllegalStateException("national_M2025_dl.xlsx is neither in " + shipped.toAbsolutePath() + " nor in "
                + shared);
    }
}
