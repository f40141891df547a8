package io.github.wageoutlook.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Whether a file's bytes are of its kind, the one check for a fresh download (an HTML error page answered with 200
 * is never cached) and for a cached file the index has no line for (the index is rebuilt from what passes): an
 * OEWS zip must open as a zip, {@code occupation.xlsx} must open as a workbook, a CPI flat file must begin with its
 * {@code series_id} header. Whether the content reads as a table is the domain reader's question
 * ({@link BlsFetcher#read}).
 */
final class FileCheck {

    private FileCheck() {
    }

    /**
     * @param file the file the bytes should be
     * @param path where they are
     * @return empty when they are of its kind, else what is wrong with them, e.g. "is not a zip archive (zip END
     *     header not found); it starts with '&lt;html&gt;'"
     */
    static Optional<String> problem(BlsFile file, Path path) {
        if (file.isZip()) {
            try (ZipFile zip = new ZipFile(path.toFile())) {
                // It opens: the central directory at the end of the zip arrived whole.
                if (file instanceof ProjectionsFile && zip.getEntry("xl/workbook.xml") == null) {
                    return Optional.of("is a zip archive but not an .xlsx workbook (no xl/workbook.xml)");
                }
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of("is not a zip archive" + FailureWords.detail(e, " (", ")") + startsWith(path));
            }
        }
        String head = startsWith(path);
        return head.contains("series_id") ? Optional.empty()
                : Optional.of("is not a LABSTAT flat file (no series_id header)" + head);
    }

    /** @return "; it starts with '…'" with the file's first 80 bytes, or empty when it cannot be read */
    static String startsWith(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return "; it starts with '" + FailureWords.startOf(new String(in.readNBytes(80),
                    StandardCharsets.ISO_8859_1)) + "'";
        } catch (IOException e) {
            return "";
        }
    }
}
