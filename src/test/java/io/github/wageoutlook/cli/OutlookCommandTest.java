package io.github.wageoutlook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
            "2016-26 vs OEWS 2016-2024", "2024-34: not backtested"}) {
            assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
        }
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
