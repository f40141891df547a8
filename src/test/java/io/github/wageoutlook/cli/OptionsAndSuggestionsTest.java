package io.github.wageoutlook.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a newcomer types wrong, and what each command says it takes: a mistyped option or a SOC code with two digits
 * swapped gets the nearest right one suggested (never used in its place), every command's {@code --help} lists
 * exactly the options it accepts, and a flag one command takes means the same in the commands where it makes sense.
 */
class OptionsAndSuggestionsTest {
    private static final Pattern KNOWN = Pattern.compile("known: \\[([^\\]]*)\\]");
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z0-9-]*");

    @Test
    void aMistypedOption_suggestsTheNearestKnownOne() {
        CliRun r = run("profile", "43-4051", "--yaer", "2018");
        assertEquals(ExitCode.USAGE.code(), r.code(), r.err());
        assertTrue(r.err().contains("unknown option --yaer; did you mean --year?"), r.err());
        CliRun format = run("rank", "43-4051", "40000", "--fromat", "json");
        assertTrue(format.err().contains("did you mean --format?"), format.err());
        // Nothing near: no suggestion, only the list.
        CliRun far = run("profile", "43-4051", "--colour", "red");
        assertFalse(far.err().contains("did you mean"), far.err());
        assertTrue(far.err().contains("known: [--area, "), far.err());
    }

    @Test
    void aSocCodeWithTwoDigitsSwapped_suggestsTheCode_butIsNotFound() {
        for (List<String> words : List.of(List.of("profile", "43-4501"), List.of("rank", "43-4501", "40000"),
                List.of("percentile", "434501", "90"), List.of("history", "43-4501"), List.of("outlook", "43-4501"),
                List.of("compare", "43-4501", "--by", "industry", "--year", "2024"))) {
            CliRun r = run(words.toArray(String[]::new));
            assertEquals(ExitCode.NOT_FOUND.code(), r.code(), words + ": " + r.err());
            // Employment Projections write the title in sentence case.
            assertTrue(r.err().toLowerCase(Locale.ROOT).contains("did you mean:" + System.lineSeparator()
                    + "  43-4051  customer service representatives"), words + ": " + r.err());
            assertTrue(r.out().isEmpty(), words + ": a suggestion is never answered for: " + r.out());
        }
        // One digit changed is one slip too (43-4052 is no SOC code; 43-4051 and 43-4151 are).
        CliRun changed = run("profile", "43-4052");
        assertTrue(changed.err().contains("  43-4051  Customer Service Representatives"), changed.err());
        // A code with its own reason (retired in SOC 2018) keeps that reason alone.
        CliRun retired = run("profile", "15-1132", "--year", "2024");
        assertFalse(retired.err().contains("did you mean"), retired.err());
    }

    static Stream<String> commands() {
        return Main.commands().stream().map(Command::name);
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandsHelp_listsExactlyTheOptionsItAccepts(String command) {
        // The options the command's own parser accepts, as its error for an unknown one lists them.
        CliRun unknown = run(command, "--zz-not-an-option");
        assertEquals(ExitCode.USAGE.code(), unknown.code(), unknown.err());
        Matcher m = KNOWN.matcher(unknown.err());
        TreeSet<String> accepted = new TreeSet<>();
        if (m.find()) {
            accepted.addAll(Arrays.stream(m.group(1).split(", ")).toList());
        }
        CliRun help = run(command, "--help");
        if (help.out().contains(" --by ")) {
            // compare has two forms, occupations side by side and one occupation --by a dimension: both parsers count.
            CliRun by = run(command, "43-4051", "--by", "industry", "--zz-not-an-option");
            Matcher b = KNOWN.matcher(by.err());
            assertTrue(b.find(), by.err());
            accepted.addAll(Arrays.stream(b.group(1).split(", ")).toList());
        }
        assertEquals(0, help.code(), help.err());
        TreeSet<String> listed = new TreeSet<>();
        Matcher o = OPTION.matcher(help.out());
        while (o.find()) {
            listed.add(o.group());
        }
        listed.remove("--help");
        List<String> missing = new ArrayList<>(accepted);
        missing.removeAll(listed);
        List<String> extra = new ArrayList<>(listed);
        extra.removeAll(accepted);
        assertEquals(List.of(), missing, command + " --help omits options it accepts:\n" + help.out());
        assertEquals(List.of(), extra, command + " --help lists options it refuses:\n" + help.out());
    }

    @Test
    void profileHourly_takesTheHourlyBasis_asRankPercentileGroupCompareAndHistoryDo() {
        CliRun r = run("profile", "43-4051", "--year", "2018", "--hourly");
        assertEquals(0, r.code(), r.err());
        // May 2018: P10 $10.65, P90 $26.59, P25 $12.85, P75 $20.66 an hour.
        assertTrue(r.out().contains("Middle 80% (P10–P90): $10.65/hr – $26.59/hr"), r.out());
        assertTrue(r.out().contains("Middle 50% (P25–P75): $12.85/hr – $20.66/hr"), r.out());
        assertTrue(r.out().matches("(?s).*Median\\s+\\$16\\.23\\s+\\$33,750.*"), r.out());
        CliRun annual = run("profile", "43-4051", "--year", "2018");
        assertTrue(annual.out().contains("Middle 80% (P10–P90): $22,140/yr – $55,310/yr"), annual.out());
        CliRun sector = run("profile", "43-4051", "--industry", "56", "--hourly");
        assertTrue(sector.out().contains("Beside all industries (NAICS 000000, all ownerships), U.S., May 2024, "
                + "hourly wages:"), sector.out());
        // BLS publishes only annual wages for teachers: the same refusal as rank's.
        CliRun teachers = run("profile", "25-2021", "--hourly");
        assertEquals(ExitCode.USAGE.code(), teachers.code(), teachers.err());
        assertTrue(teachers.err().contains("BLS publishes only annual wages for it; drop --hourly"), teachers.err());
        assertEquals(run("rank", "25-2021", "40000", "--hourly").err().lines().findFirst(),
                teachers.err().replace("wage-outlook profile: ", "wage-outlook rank: ").lines().findFirst());
    }
}
