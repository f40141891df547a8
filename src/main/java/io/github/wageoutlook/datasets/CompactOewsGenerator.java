package io.github.wageoutlook.datasets;

import io.github.wageoutlook.io.OewsReader;
import io.github.wageoutlook.oews.OewsTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step: reads the original OEWS national workbooks in {@code datasets/oews} and writes their compact form
 * into the build output, so that the jar carries both. Run by Maven in the {@code process-classes} phase.
 */
public final class CompactOewsGenerator {
    private CompactOewsGenerator() {
    }

    /**
     * Generates the compact file.
     *
     * @param args the folder holding {@code national_M<year>_dl.xlsx}, and the output file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompactOewsGenerator <datasets/oews folder> <output file>");
        }
        Path folder = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<OewsTable> tables = new ArrayList<>();
        for (int year : Datasets.OEWS_YEARS) {
            tables.add(OewsReader.read(folder.resolve(Datasets.oewsFileName(year))));
        }
        Files.createDirectories(output.getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            CompactOews.write(tables, out);
        }
        System.out.printf("wage-outlook: wrote %d OEWS national tables (%,d rows) to %s%n", tables.size(),
                tables.stream().mapToInt(OewsTable::size).sum(), output);
    }
}
