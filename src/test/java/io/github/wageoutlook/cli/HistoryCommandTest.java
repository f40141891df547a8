package io.github.wageoutlook.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String line(String startsWith) {
        return out().lines().filter(l -> l.startsWith(startsWith)).findFirst().orElseThrow(() ->
                new AssertionError("no line starting with '" + startsWith + "' in:\n" + out()));
    }

    @Test
    void history_in2023Dollars_printsEveryYear_withThe2017MedianRestated() {
        assertEquals(0, run("history", "43-4051", "--dollars", "2023"));

        assertTrue(out().startsWith("Customer Service Representatives (SOC 43-4051) — OEWS, May 2014–2025"), out());
        assertTrue(out().contains("I(2023) = 304.702"), out());
        // 32,890 × 304.702 / 245.120 = 40,884.66, printed to the nearest $10 as BLS prints annual wages.
        assertTrue(line("2017").matches("2017  43-4051  same code +2,767,790  245\\.120 +\\$32,890 .* \\$40,880 .*"),
                line("2017"));
        assertTrue(line("2024").contains("$42,830") && line("2024").contains("313.689"), line("2024"));
        assertTrue(out().contains("Real median growth 2014–2025: +0.5% a year"), out());
    }

    @Test
    void history_defaultsTo2025Dollars() {
        assertEquals(0, run("history", "43-4051"));
        assertTrue(out().contains("P10 to P90 in 2025 dollars") && out().contains("I(2025) = 321.943"), out());
        // 32,890 × 321.943 / 245.120 = 43,198.05, printed to the nearest $10.
        assertTrue(line("2017").contains("$43,200"), line("2017"));
        assertTrue(line("2025").matches("2025  43-4051  same code +2,595,750  321\\.943 +\\$44,770 +\\$31,750 .*"),
                line("2025"));
    }

    @Test
    void dollarsOfAYearTheFileLacks_isNotFound_tellingHowToAddIt() {
        assertEquals(Main.EXIT_NOT_FOUND, run("history", "43-4051", "--dollars", "2026"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("add it with --cpi 2026=VALUE"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void addedCpiValue_makesALaterYearUsable() {
        assertEquals(0, run("history", "43-4051", "--cpi", "2026=331.5", "--dollars", "2026"));
        assertTrue(out().contains("I(2026) = 331.500"), out());
        assertTrue(out().contains("Real median growth 2014–2025"), out());
    }

    @Test
    void cpiValueForAPublishedYear_isRefused_unlessItIsThePublishedFigure() {
        assertEquals(Main.EXIT_USAGE, run("history", "43-4051", "--cpi", "2017=999", "--dollars", "2017"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--cpi 2017=999: the index already has 2017, "
                + "245.120"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out());
        assertEquals(0, run("history", "43-4051", "--cpi", "2017=245.120", "--dollars", "2017"));
        assertTrue(line("2017").contains("$32,890"), line("2017"));
    }

    @Test
    void anOccupationPublishedOnlyHourly_isShownInHourlyWages_sayingWhy() {
        assertEquals(0, run("history", "27-2011"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("27-2011 (Actors): BLS publishes only hourly wages "
                + "for it; its history is in hourly wages"), err.toString(StandardCharsets.UTF_8));
        assertFalse(line("2025").contains("n/a"), line("2025"));
        assertTrue(line("2025").matches("2025  27-2011 .* \\$\\d+\\.\\d\\d .*"), line("2025"));
        assertFalse(out().contains("not computable"), out());
        // One machine table, one basis: an hourly-only occupation beside an annual one needs --hourly.
        assertEquals(Main.EXIT_USAGE, run("history", "27-2011", "43-4051", "--format", "csv"));
        assertEquals(0, run("history", "27-2011", "43-4051", "--format", "csv", "--hourly"));
    }

    @Test
    void severalOccupations_andTitles_areAccepted() {
        assertEquals(0, run("history", "15-1252", "receptionists", "--dollars", "2023"));
        assertTrue(line("2014  15-1132").contains("not comparable"), line("2014  15-1132"));
        assertTrue(out().contains("Receptionists and Information Clerks (SOC 43-4171)"), out());
    }

    @Test
    void theSameOccupationNamedTwice_isPrintedOnce() {
        assertEquals(0, run("history", "43-4051", "customer service representatives", "--dollars", "2023"));
        assertEquals(1, out().lines().filter(l -> l.startsWith("Customer Service Representatives (SOC 43-4051)"))
                .count(), out());
    }

    @Test
    void unknownCode_exitsWithNotFound() {
        assertEquals(Main.EXIT_NOT_FOUND, run("history", "99-9999"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("99-9999"));
    }

    @Test
    void badCpiOption_isAUsageError() {
        assertEquals(Main.EXIT_USAGE, run("history", "43-4051", "--cpi", "2024:313"));
        assertEquals(Main.EXIT_USAGE, run("history", "43-4051", "--nominal", "--dollars", "2020"));
    }

    @Test
    void help_listsHistory() {
        run("--help");
        assertTrue(out().contains("history"), out());
    }
}
