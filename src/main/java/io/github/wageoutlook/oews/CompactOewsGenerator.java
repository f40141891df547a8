package io.github.wageoutlook.oews;

import io.github.wageoutlook.datasets.Datasets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Build step: reads the original OEWS workbooks in {@code datasets/oews} — the national cross-industry files and the
 * national industry files by sector — and writes their compact forms into the build output, so that the jar carries
 * both, and each national year's employment by SOC code ({@link Datasets#OEWS_EMPLOYMENT}), which the SOC tables weigh
 * split codes by without depending on the OEWS model. Run by Maven in the {@code process-classes} phase.
 */
public final class CompactOewsGenerator {
    /** The option giving Maven's logging level for the build; pom.xml passes it. */
    static final String LOGGING_LEVEL = "--logging-level=";
    /** Maven's info level (0 debug, 1 info, 2 warnings, 3 errors only, as {@code mvn -q} sets it). */
    private static final int INFO = 1;

    private CompactOewsGenerator() {
    }

    /**
     * Generates the compact files.
     *
     * @param args the folder holding {@code national_M<year>_dl.xlsx} and {@code natsector_M<year>_dl.xlsx}, the
     *     national output file, and optionally the industry output file and the employment output file (defaults:
     *     {@value Datasets#COMPACT_INDUSTRIES} and {@value Datasets#OEWS_EMPLOYMENT} beside the national one); anywhere
     *     among them {@code --logging-level=N}, Maven's level: above 1 (info), as with {@code mvn -q}, nothing is
     *     printed
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        List<String> options = Arrays.stream(args).filter(a -> a.startsWith(LOGGING_LEVEL)).toList();
        args = Arrays.stream(args).filter(a -> !a.startsWith(LOGGING_LEVEL)).toArray(String[]::new);
        if (args.length < 2 || args.length > 4 || options.size() > 1) {
            throw new IllegalArgumentException("usage: CompactOewsGenerator <datasets/oews folder> <national output>"
                    + " [<industry output> [<employment output>]] [" + LOGGING_LEVEL + "N]");
        }
        boolean report = options.stream().map(o -> o.substring(LOGGING_LEVEL.length()))
                .allMatch(level -> Integer.parseInt(level.strip()) <= INFO);
        Path folder = Path.of(args[0]);
        Path national = Path.of(args[1]);
        Path industries = args.length >= 3 ? Path.of(args[2])
                : national.resolveSibling(Datasets.COMPACT_INDUSTRIES);
        Path employment = args.length == 4 ? Path.of(args[3]) : national.resolveSibling(Datasets.OEWS_EMPLOYMENT);
        List<OewsTable> tables = write(folder, Datasets.OEWS_YEARS.stream().map(Datasets::oewsFileName).toList(),
                national, "national", report);
        writeEmployment(tables, employment);
        write(folder, Datasets.OEWS_INDUSTRY_YEARS.stream().map(Datasets::oewsIndustryFileName).toList(), industries,
                "national industry", report);
    }

    private static List<OewsTable> write(Path folder, List<String> files, Path output, String what, boolean report)
            throws IOException {
        List<OewsTable> tables = new ArrayList<>();
        for (String file : files) {
            tables.add(OewsReader.read(folder.resolve(file)));
        }
        Files.createDirectories(output.getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            CompactOews.write(tables, out);
        }
        if (report) {
            System.out.printf("wage-outlook: wrote %d OEWS %s tables (%,d rows) to %s%n", tables.size(), what,
                    tables.stream().mapToInt(OewsTable::size).sum(), output);
        }
        return tables;
    }

    /** Written whole to a temporary file, then moved into place, so that a failed build leaves no half file. */
    private static void writeEmployment(List<OewsTable> tables, Path output) throws IOException {
        StringBuilder csv = new StringBuilder("YEAR,OCC_CODE,TOT_EMP\n");
        for (OewsTable t : tables) {
            int year = t.years().get(0);
            new TreeMap<>(EmbeddedOews.employmentByCode(t)).forEach((code, jobs) -> csv.append(year).append(',')
                    .append(code).append(',').append(jobs.isNaN() ? "" : String.valueOf(Math.round(jobs)))
                    .append('\n'));
        }
        Files.createDirectories(output.getParent());
        Path part = output.resolveSibling(output.getFileName() + ".part");
        Files.writeString(part, csv, StandardCharsets.US_ASCII);
        Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
    }
}
