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
 * Build step: reads the original OEWS workbooks in {@code datasets/oews} — the national cross-industry files and the
 * national industry files by sector — and writes their compact forms into the build output, so that the jar carries
 * both. Run by Maven in the {@code process-classes} phase.
 */
public final class CompactOewsGenerator {
    private CompactOewsGenerator() {
    }

    /**
     * Generates the compact files.
     *
     * @param args the folder holding {@code national_M<year>_dl.xlsx} and {@code natsector_M<year>_dl.xlsx}, the
     *     national output file, and optionally the industry output file (default: {@code oews-industries.bin} beside
     *     the national one)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException("usage: CompactOewsGenerator <datasets/oews folder> <national output>"
                    + " [<industry output>]");
        }
        Path folder = Path.of(args[0]);
        Path national = Path.of(args[1]);
        Path industries = args.length == 3 ? Path.of(args[2])
                : national.resolveSibling(Datasets.COMPACT_INDUSTRIES);
        write(folder, Datasets.OEWS_YEARS.stream().map(Datasets::oewsFileName).toList(), national, "national");
        write(folder, Datasets.OEWS_INDUSTRY_YEARS.stream().map(Datasets::oewsIndustryFileName).toList(), industries,
                "national industry");
    }

    private static void write(Path folder, List<String> files, Path output, String what) throws IOException {
        List<OewsTable> tables = new ArrayList<>();
        for (String file : files) {
            tables.add(OewsReader.read(folder.resolve(file)));
        }
        Files.createDirectories(output.getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            CompactOews.write(tables, out);
        }
        System.out.printf("wage-outlook: wrote %d OEWS %s tables (%,d rows) to %s%n", tables.size(), what,
                tables.stream().mapToInt(OewsTable::size).sum(), output);
    }
}
