package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.FetchOptions;
import io.github.wageoutlook.testing.SavedProperties;
import io.github.wageoutlook.testing.AreaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The rule for every message the command line prints on a failure: plain words, no Java class name
 * ({@code java.nio.file.NoSuchFileException}, {@code FileFormatException}, {@code NumberFormatException}). Run over a
 * broad set of error paths that reach no network: bad arguments, unknown codes, every hand-made bad file of
 * {@code src/test/resources/bad/} given to every command that reads a file of its kind (and of the wrong kind),
 * missing files, folders and other things that are no files, and files missing from the cache in offline mode. None
 * may be an internal error (exit 1, which prints a stack trace for a bug report).
 */
class ErrorMessagesTest {
    /** A qualified JDK class name, or any simple name of an exception or error type. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|sun)\\.[a-z.]+\\.[A-Z]\\w*|\\b[A-Z]\\w*(Exception|Error)\\b");
    private static final List<String> BAD = List.of("cpi-empty.txt", "cpi-negative-index.txt", "experience-empty.csv",
            "experience-mixed-bases.csv", "experience-negative-pay.csv", "oews-absurd-wage.csv", "oews-area-type-5.csv",
            "oews-duplicated-codes.csv", "oews-empty.csv", "oews-industry-special-values.csv", "oews-negative-wage.csv",
            "oews-non-monotone-percentiles.csv", "oews-own-code-letters.csv", "oews-pct-rpt-over-100.csv",
            "oews-shuffled-columns.csv", "oews-tilde-in-jobs-1000.csv", "oews-tilde-in-wage.csv",
            "oews-top-coded-pct-total.csv", "oews-truncated.xlsx", "oews-unknown-industry-level.csv",
            "oews-wrong-sheet.xlsx", "projections-truncated.xlsx", "projections-wrong-sheet.xlsx", "scenarios-empty.csv",
            "scenarios-percent-disagrees.csv");
    private static final List<String> SETTINGS = List.of(FetchOptions.CACHE_PROPERTY, FetchOptions.OFFLINE_PROPERTY);

    private static Path dir;
    private static SavedProperties saved;

    @BeforeAll
    static void files() throws IOException {
        dir = Files.createTempDirectory("error-messages");
        Files.createDirectories(dir.resolve("bad"));
        for (String name : BAD) {
            try (InputStream in = ErrorMessagesTest.class.getResourceAsStream("/bad/" + name)) {
                Files.copy(in, dir.resolve("bad").resolve(name));
            }
        }
        Files.writeString(dir.resolve("header-only.csv"), String.join(",", AreaFiles.HEADER) + "\r\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("text.xlsx"), "not a workbook\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("binary.csv"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0, 0});
        Files.createDirectories(dir.resolve("folder.csv"));
        Files.createDirectories(dir.resolve("empty-cache"));
        // Offline mode against an empty cache: every download is a miss, none reaches a server.
        saved = SavedProperties.save(SETTINGS);
        System.setProperty(FetchOptions.CACHE_PROPERTY, dir.resolve("empty-cache").toString());
        System.setProperty(FetchOptions.OFFLINE_PROPERTY, "true");
    }

    @AfterAll
    static void restore() throws IOException {
        saved.restore();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static Stream<List<String>> errorPaths() {
        List<List<String>> all = new ArrayList<>();
        List<String> files = new ArrayList<>(BAD.stream().map(n -> "bad/" + n).toList());
        files.addAll(List.of("header-only.csv", "text.xlsx", "binary.csv", "folder.csv", "no-such-file.csv",
                "no-such-folder/file.xlsx", "text.xlsx/under-a-file.csv"));
        for (String f : files) {
            String file = dir.resolve(f).toString();
            all.add(List.of("profile", "43-4051", "--file", file));
            all.add(List.of("rank", "11-1011", "150000", "--file", file));
            all.add(List.of("percentile", "11-1011", "95", "--file", file));
            all.add(List.of("group", "11", "--file", file));
            all.add(List.of("compare", "11-1011", "--by", "area", "--file", file));
            all.add(List.of("history", "11-1011", "--file", file));
            all.add(List.of("history", "43-4051", "--cpi-file", file));
            all.add(List.of("inflate", "100", "1950", "--cpi-file", file));
            all.add(List.of("experience", "43-4051", "--brackets", file));
            all.add(List.of("experience", "43-4051", "--rebase-year", "2024", "--file", file));
            all.add(List.of("profile", "43-4051", "--chart", file + ".png"));
        }
        String cache = dir.resolve("empty-cache").toString();
        for (List<String> words : List.of(
                // bad arguments
                List.of("profile"), List.of("profile", "43-4051", "--year"), List.of("profile", "43-4051", "--year",
                        "20x8"), List.of("profile", "43-4051", "--format", "xml"), List.of("profile", "43-4051",
                        "--chart", "/proc/chart.png"), List.of("profile", "43-4051", "--chart", "x.gif"),
                List.of("rank", "43-4051", "1e400"), List.of("rank", "43-4051", "NaN"), List.of("rank", "43-4051",
                        "0x10"), List.of("percentile", "43-4051", "-1"), List.of("percentile", "43-4051", "1e9"),
                List.of("group", "4x"), List.of("group", "99-0000"), List.of("compare", "43-4051", "--by", "planet"),
                List.of("experience", "43-4051", "--open-width", "x"), List.of("experience", "43-4051", "--method",
                        "cubic"), List.of("experience", "43-4051", "--target", "-1"),
                List.of("history", "43-4051", "--cpi", "2024=abc"), List.of("history", "43-4051", "--dollars",
                        "1800"), List.of("inflate", "x", "2020"), List.of("inflate", "100", "2020-13"),
                List.of("inflate", "100", "1900"), List.of("inflate", "100", "2020", "--series", "NOPE"),
                List.of("accuracy", "--year", "1999"), List.of("fetch", "oews", "planet", "2024"),
                List.of("fetch", "oews", "state", "1999"), List.of("fetch", "oews", "state", "twenty"),
                List.of("fetch", "nothing"), List.of("profile", "43-4051", "--cache", ""),
                // unknown codes and titles
                List.of("profile", "99-9999"), List.of("profile", "43-4501"), List.of("profile", "xyzzy"),
                List.of("rank", "nurse", "40000"), List.of("outlook", "99-9999"), List.of("history", "99-9999"),
                List.of("profile", "43-4051", "--area", "Atlantis"), List.of("profile", "43-4051", "--industry",
                        "999999"), List.of("profile", "43-4051", "--ownership", "9"), List.of("profile", "43-4051",
                        "--year", "2030"),
                // offline misses
                List.of("profile", "11-1011", "--area", "TX"), List.of("rank", "11-1011", "150000", "--area", "48",
                        "--year", "2020"), List.of("profile", "43-4051", "--industry", "56", "--year", "2021"),
                List.of("fetch", "oews", "state", "2024", "--cache", cache), List.of("fetch", "ep"),
                List.of("fetch", "cpi"), List.of("fetch", "oews", "all", "2023", "--offline"))) {
            all.add(words);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorPaths")
    void aFailure_isPlainWords_withoutAJavaClassName(List<String> words) {
        CliRun r = run(words.toArray(String[]::new));
        assertNotEquals(ExitCode.INTERNAL_ERROR.code(), r.code(), words + ": an internal error\n" + r.err());
        for (String line : r.err().lines().toList()) {
            Matcher m = CLASS_NAME.matcher(line);
            assertFalse(m.find(), () -> words + ": '" + m.group() + "' in\n" + r.err());
        }
    }
}
