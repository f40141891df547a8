package io.github.wageoutlook.cli;

import io.github.wageoutlook.testing.LocalBls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exit-code table ({@link ExitCode}) run over every command: each command line below must exit with its code, and
 * every failure message must read as plain words (no Java names such as {@code groupCode} or {@code SAME_CODE}).
 */
class ExitCodesTest {

    @TempDir
    static Path dir;
    private static Path unreadableBrackets;
    private static Path unreadableCpi;
    private static Path twoClerks;
    /** A local stand-in for BLS's server that refuses the 2024 state file (403), for {@code fetch}'s code 6. */
    private static LocalBls bls;

    @BeforeAll
    static void files() throws Exception {
        bls = new LocalBls();
        bls.serve("oes/special-requests/oesm24st.zip", LocalBls.Reply.status(403));
        unreadableBrackets = dir.resolve("brackets.csv");
        Files.writeString(unreadableBrackets, "not,a,brackets,file\n1,2,3,4\n");
        unreadableCpi = dir.resolve("cpi.txt");
        Files.writeString(unreadableCpi, "this is not a LABSTAT file\n");
        twoClerks = dir.resolve("clerks.csv");
        Files.writeString(twoClerks, "occ_code,occ_title,lower_years,upper_years,pay,basis,currency_year\n"
                + "X-1,File clerks,0,5,30000,annual,2024\nX-1,File clerks,5,10,32000,annual,2024\n"
                + "X-2,Mail clerks,0,5,31000,annual,2024\nX-2,Mail clerks,5,10,33000,annual,2024\n");
    }

    @AfterAll
    static void stopServer() {
        bls.close();
    }

    static Stream<Arguments> table() {
        String missing = dir.resolve("no-such-file.csv").toString();
        String missingFolder = dir.resolve("no-such-folder").resolve("chart.png").toString();
        List<Arguments> rows = new ArrayList<>();
        // profile
        add(rows, ExitCode.OK, "profile", "434051", "--year", "2018");
        add(rows, ExitCode.USAGE, "profile", "43-4051", "--year", "twenty");
        add(rows, ExitCode.USAGE, "profile", "43-4051", "--colour", "red");
        add(rows, ExitCode.NOT_FOUND, "profile", "99-9999");
        add(rows, ExitCode.NOT_FOUND, "profile", "43-4051", "--year", "2013");
        add(rows, ExitCode.NOT_FOUND, "profile", "custmer service");
        add(rows, ExitCode.NOT_FOUND, "profile", "43-4051", "--chart", missingFolder);
        add(rows, ExitCode.UNREADABLE, "profile", "43-4051", "--chart", "/proc/chart.png"); // cannot be created
        add(rows, ExitCode.USAGE, "profile", "43-4051", "--chart", unreadableCpi.resolve("chart.png").toString());
        add(rows, ExitCode.AMBIGUOUS, "profile", "nurse");
        add(rows, ExitCode.NOT_FOUND, "profile", "43-405");                       // a code cut short
        add(rows, ExitCode.USAGE, "profile", "43-4051", "--file", dir.toString());     // a folder
        add(rows, ExitCode.USAGE, "profile", "43-4051", "--file", "");
        add(rows, ExitCode.NOT_FOUND, "profile", "43-4051", "--file", missing);
        add(rows, ExitCode.NOT_FOUND, "profile", "43-4051", "--ownership", "7", "--year", "2024");
        // rank
        add(rows, ExitCode.OK, "rank", "43-4051", "40000");
        add(rows, ExitCode.OK, "rank", "43-4051", "20");                       // answered, with a hint
        add(rows, ExitCode.USAGE, "rank", "43-4051", "forty");
        add(rows, ExitCode.USAGE, "rank", "43-4051", "-5");
        add(rows, ExitCode.USAGE, "rank", "25-2021", "40000", "--hourly");    // BLS publishes annual wages only
        add(rows, ExitCode.NOT_FOUND, "rank", "99-9999", "40000");
        add(rows, ExitCode.AMBIGUOUS, "rank", "clerks", "40000");
        // percentile
        add(rows, ExitCode.OK, "percentile", "43-4051", "95");
        add(rows, ExitCode.USAGE, "percentile", "43-4051", "40000");
        add(rows, ExitCode.NOT_FOUND, "percentile", "43-4051", "95", "--year", "2030");
        add(rows, ExitCode.AMBIGUOUS, "percentile", "nurse", "90");
        // group
        add(rows, ExitCode.OK, "group", "11", "--year", "2018");
        add(rows, ExitCode.USAGE, "group", "4x");
        add(rows, ExitCode.USAGE, "group", "43-4051");
        add(rows, ExitCode.NOT_FOUND, "group", "99");
        add(rows, ExitCode.NOT_FOUND, "group", "43", "--year", "2030");
        // experience
        add(rows, ExitCode.OK, "experience", "434051");
        add(rows, ExitCode.USAGE, "experience", "43-4051", "--method", "cubic");
        add(rows, ExitCode.USAGE, "experience", "43-4051", "--open-width", "50");
        add(rows, ExitCode.NOT_FOUND, "experience", "99-9999");
        add(rows, ExitCode.NOT_FOUND, "experience", "43-4051", "--brackets", missing);
        add(rows, ExitCode.NOT_FOUND, "experience", "43-4051", "--rebase-year", "1999");
        add(rows, ExitCode.UNREADABLE, "experience", "43-4051", "--brackets", unreadableBrackets.toString());
        add(rows, ExitCode.AMBIGUOUS, "experience", "clerks", "--brackets", twoClerks.toString());
        // outlook
        add(rows, ExitCode.OK, "outlook", "customer service representatives");
        add(rows, ExitCode.USAGE, "outlook", "43-4051", "--chart", "x.gif");
        add(rows, ExitCode.NOT_FOUND, "outlook", "99-9999");
        add(rows, ExitCode.NOT_FOUND, "outlook", "xyzzy");
        add(rows, ExitCode.AMBIGUOUS, "outlook", "nurse");
        // history
        add(rows, ExitCode.OK, "history", "43-4051");
        add(rows, ExitCode.USAGE, "history", "43-4051", "--cpi", "2024:313");
        add(rows, ExitCode.USAGE, "history", "43-4051", "--cpi", "2026=330,2026=331", "--dollars", "2026");
        add(rows, ExitCode.USAGE, "history", "43-4051", "--cpi", "24=300", "--dollars", "24");
        add(rows, ExitCode.USAGE, "history", "43-4051", "--cpi", "2026=1e-300", "--dollars", "2026");
        add(rows, ExitCode.USAGE, "history", "43-4051", "--dollars", "0");
        add(rows, ExitCode.OK, "history", "43-4051", "--cpi", "2026=330,2026=330.0", "--dollars", "2026");
        add(rows, ExitCode.USAGE, "history", "43-4051", "--nominal", "--dollars", "2020");
        add(rows, ExitCode.NOT_FOUND, "history", "99-9999");
        add(rows, ExitCode.NOT_FOUND, "history", "43-4051", "--dollars", "2030");
        add(rows, ExitCode.NOT_FOUND, "history", "43-4051", "--cpi-file", missing);
        add(rows, ExitCode.UNREADABLE, "history", "43-4051", "--cpi-file", unreadableCpi.toString());
        add(rows, ExitCode.AMBIGUOUS, "history", "nurse");
        // compare
        add(rows, ExitCode.OK, "compare", "43-4051", "--by", "industry", "--year", "2024");
        add(rows, ExitCode.USAGE, "compare", "43-4051");
        add(rows, ExitCode.USAGE, "compare", "43-4051", "--by", "industry", "--industry", "56", "--year", "2024");
        add(rows, ExitCode.NOT_FOUND, "compare", "99-9999", "--by", "industry", "--year", "2024");
        add(rows, ExitCode.NOT_FOUND, "compare", "43-4051", "--by", "area");
        add(rows, ExitCode.NOT_FOUND, "compare", "43-4051", "--by", "state", "--offline", "--cache",
                dir.resolve("empty-cache").toString());
        add(rows, ExitCode.NOT_FOUND, "compare", "43-4051", "--by", "industry", "--year", "2030");
        add(rows, ExitCode.AMBIGUOUS, "compare", "nurse", "--by", "industry", "--year", "2024");
        // compare several occupations, or one with its related ones; similar
        add(rows, ExitCode.OK, "compare", "43-4051", "43-4171", "39-6012", "11-9081", "--year", "2018");
        add(rows, ExitCode.OK, "compare", "43-4051", "--similar", "--sort", "median", "--format", "html");
        add(rows, ExitCode.OK, "compare", "43-4051", "legislators", "--industry", "56", "--year", "2024");
        add(rows, ExitCode.USAGE, "compare", "43-4051", "43-4171", "--sort", "salary");
        add(rows, ExitCode.USAGE, "compare", "43-4051", "43-4171", "--similar");
        add(rows, ExitCode.USAGE, "compare", "43-4051", "customer service representatives");
        add(rows, ExitCode.USAGE, "compare", "43-4051", "43-4171", "--format", "xml");
        add(rows, ExitCode.NOT_FOUND, "compare", "43-4051", "99-9999");
        add(rows, ExitCode.NOT_FOUND, "compare", "43-4051", "43-4171", "--year", "2030");
        add(rows, ExitCode.AMBIGUOUS, "compare", "43-4051", "nurse");
        add(rows, ExitCode.UNREADABLE, "compare", "43-4051", "43-4171", "--file", unreadableCpi.toString());
        add(rows, ExitCode.OK, "similar", "43-4051");
        add(rows, ExitCode.OK, "similar", "43-4051.00", "--year", "2018", "--sort", "growth", "--format", "json");
        add(rows, ExitCode.USAGE, "similar");
        add(rows, ExitCode.USAGE, "similar", "43-4051", "43-4171");
        add(rows, ExitCode.NOT_FOUND, "similar", "11-9199");
        add(rows, ExitCode.NOT_FOUND, "similar", "zzzzq");
        add(rows, ExitCode.AMBIGUOUS, "similar", "nurse");
        add(rows, ExitCode.UNREADABLE, "similar", "43-4051", "--file", unreadableCpi.toString());
        // inflate
        add(rows, ExitCode.OK, "inflate", "100", "1950", "--to", "2017");
        add(rows, ExitCode.USAGE, "inflate", "abc", "1950", "--to", "2017");
        add(rows, ExitCode.USAGE, "inflate", "100", "0014");
        add(rows, ExitCode.USAGE, "inflate", "100", "17");
        add(rows, ExitCode.USAGE, "inflate", "100d", "2017");
        add(rows, ExitCode.USAGE, "inflate", "1e11", "1913");
        add(rows, ExitCode.OK, "inflate", "99999999999", "1913");
        add(rows, ExitCode.NOT_FOUND, "inflate", "100", "1900", "--to", "2017");
        add(rows, ExitCode.NOT_FOUND, "inflate", "100", "2025-10", "--to", "2026-01");
        add(rows, ExitCode.NOT_FOUND, "inflate", "100", "1950", "--cpi-file", missing);
        add(rows, ExitCode.UNREADABLE, "inflate", "100", "1950", "--cpi-file", unreadableCpi.toString());
        // fetch (against a local server; never BLS's)
        String cache = dir.resolve("cache").toString();
        String server = bls.base().toString();
        add(rows, ExitCode.OK, "fetch", "--list", "--cache", cache);
        add(rows, ExitCode.USAGE, "fetch", "payscale", "--cache", cache);
        add(rows, ExitCode.USAGE, "fetch", "oews", "state", "2024", "--cache", cache, "--contact",
                "analyst@example.org", "--bls-url", "notaurl");
        add(rows, ExitCode.NOT_FOUND, "fetch", "oews", "state", "2024", "--offline", "--cache", cache);
        add(rows, ExitCode.NOT_FOUND, "fetch", "oews", "metro", "2024", "--cache", cache, "--contact",
                "analyst@example.org", "--bls-url", server);
        add(rows, ExitCode.NETWORK, "fetch", "oews", "state", "2024", "--cache", cache, "--contact",
                "analyst@example.org", "--bls-url", server);
        // a cache "folder" that is a file: a problem on this machine (4), not on BLS's server (6)
        String fileAsCache = unreadableCpi.toString();
        add(rows, ExitCode.UNREADABLE, "fetch", "--list", "--cache", fileAsCache);
        add(rows, ExitCode.UNREADABLE, "fetch", "--list", "--cache", fileAsCache + "/sub");
        add(rows, ExitCode.USAGE, "fetch", "--list", "--cache", "");
        add(rows, ExitCode.USAGE, "fetch", "oews", "state", "2024", "--cache", cache, "--contact",
                "analyst@example.org", "--bls-url", "http://127.0.0.1:99999/");
        add(rows, ExitCode.UNREADABLE, "fetch", "oews", "state", "2024", "--offline", "--cache", fileAsCache);
        add(rows, ExitCode.UNREADABLE, "fetch", "oews", "state", "2024", "--cache", fileAsCache, "--contact",
                "analyst@example.org", "--bls-url", server);
        // accuracy, datasets
        add(rows, ExitCode.USAGE, "accuracy", "--year", "abc");
        add(rows, ExitCode.NOT_FOUND, "accuracy", "--year", "2013");
        add(rows, ExitCode.OK, "datasets");
        add(rows, ExitCode.USAGE, "datasets", "extra");
        // the front itself
        add(rows, ExitCode.USAGE, "frobnicate");
        add(rows, ExitCode.USAGE);
        add(rows, ExitCode.OK, "--help");
        add(rows, ExitCode.OK, "--version");
        return rows.stream();
    }

    private static void add(List<Arguments> rows, ExitCode expected, String... args) {
        rows.add(Arguments.of(String.join(" ", args), expected, args));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("table")
    void everyCommand_exitsWithTheCodeTheTableGives(String line, ExitCode expected, String[] args) {
        CliRun r = run(args);
        assertEquals(expected.code(), r.code(), line + "\nout: " + r.out() + "\nerr: " + r.err());
        if (expected != ExitCode.OK && !line.isEmpty()) {
            assertFalse(r.err().isBlank(), line);
        }
        // Failures speak the user's words: no camelCase parameter names, no ENUM_NAMES, no stack traces. BLS's own
        // column names (OWN_CODE, AREA_TYPE) are the user's words.
        Matcher java = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b(?!OWN_CODE\\b|OCC_CODE\\b|AREA_TYPE\\b)"
                + "[A-Z]{2,}_[A-Z_]+\\b|\\bat io\\.github").matcher(r.err());
        assertFalse(java.find(), () -> line + ": '" + java.group() + "' in\n" + r.err());
    }

    @Test
    void theTable_coversEveryCommand_andEveryCodeButTheInternalError() {
        Set<String> covered = table().map(a -> ((String[]) a.get()[2])).filter(a -> a.length > 0)
                .map(a -> a[0]).collect(Collectors.toCollection(TreeSet::new));
        for (Command c : Main.commands()) {
            assertTrue(covered.contains(c.name()), "no exit-code rows for " + c.name());
        }
        Set<ExitCode> codes = EnumSet.noneOf(ExitCode.class);
        table().forEach(a -> codes.add((ExitCode) a.get()[1]));
        assertEquals(EnumSet.complementOf(EnumSet.of(ExitCode.INTERNAL_ERROR)), codes);
    }

    @Test
    void help_printsTheExitCodeTable() {
        CliRun r = run("--help");
        assertTrue(r.out().contains("exit codes:" + System.lineSeparator() + ExitCode.table()), r.out());
        assertTrue(r.out().contains("  3  not found: occupation, group, year, area, industry, ownership, file"), r.out());
    }

    @Test
    void readme_printsTheSameExitCodeTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Map<Integer, String> rows = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d) \\| (.+) \\|$").matcher(readme);
        while (m.find()) {
            rows.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            expected.put(c.code(), c.meaning());
        }
        assertEquals(expected, rows);
    }

    @Test
    void version_printsTheBuildsVersion() {
        CliRun r = run("--version");
        assertTrue(r.out().matches("wage-outlook \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out());
    }

    @Test
    void unexpectedFailure_isAnInternalError_withTheStackTraceOnStandardError() {
        assertEquals(ExitCode.INTERNAL_ERROR, ExitCode.from(new IllegalStateException("bug")));
        assertEquals(ExitCode.USAGE, ExitCode.from(new IllegalArgumentException("out of range")));
    }
}
