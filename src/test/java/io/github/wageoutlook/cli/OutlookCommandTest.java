package io.github.wageoutlook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code outlook} command on the embedded data. */
class OutlookCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void outlook_ofCustomerServiceRepresentatives_printsEveryCycleDescriptorOpeningsAndBacktest() {
        assertEquals(0, run("outlook", "43-4051"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"2,784.5", "2,920.8", "+136.3", "+4.9%", "+0.48%", "373.5", "3,735.0",
            "+7.4%", "As fast as average", "-2.0%", "-5.0%", "-5.5%", "Decline", "+36.0%",
            "2016-26 43-4051 vs OEWS 2016-2025", "2024-34 43-4051 vs OEWS 2024-2025"}) {
            assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
        }
    }

    @Test
    void outlook_ofSoftwareDevelopers_showsEveryCycleWithTheLinkedCodesAndANote() {
        assertEquals(0, run("outlook", "15-1252"));
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> rows = text.lines().filter(l -> l.matches("20\\d\\d-\\d\\d  .*")).toList();
        assertEquals(List.of("2016-26 15-1132", "2016-26 15-1133", "2019-29 15-1256", "2023-33 15-1252",
                "2024-34 15-1252"), rows.stream().map(l -> l.substring(0, 7) + " " + l.substring(9, 16)).toList());
        assertTrue(rows.get(0).endsWith("[overlaps it]") && rows.get(2).endsWith("[contains it]"), text);
        assertTrue(text.contains("2016-26 has no 15-1252; 15-1132 Software developers, applications overlaps it "
                + "(BLS SOC 2010-2018 crosswalk and OEWS hybrid structure)"), text);
        assertTrue(text.contains("2019-29 has no 15-1252; 15-1256 Software developers and software quality "
                + "assurance analysts and testers contains it"), text);
    }

    @Test
    void outlook_byTitle_findsTheOccupation() {
        assertEquals(0, run("outlook", "customer service representatives"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(43-4051)"));
    }

    @Test
    void outlook_ofUnknownCode_exitsWithNotFound() {
        assertEquals(Main.EXIT_NOT_FOUND, run("outlook", "99-9999"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("99-9999"));
    }
}
