package io.github.wageoutlook.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One convention for machine output across commands: figures at published precision (no float noise), percents
 * as percents in {@code _percent} columns, and documented lower-case codes instead of Java enum names.
 */
class MachineOutputTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "profile 43-4051 --year 2018", "rank 43-4051 40000 --year 2018", "percentile 43-4051 95 --year 2018",
        "group 11 --year 2018", "experience 43-4051", "outlook 43-4051", "history 43-4051", "history 15-1252 --hourly"})
    void everyCommand_printsFiguresAtPublishedPrecision_andCodesNotEnumNames(String line) {
        for (String format : List.of("csv", "json")) {
            CliRun r = run((line + " --format " + format).split(" "));
            assertEquals(0, r.code(), r.err());
            Matcher noise = Pattern.compile("\\d\\.\\d{4,}").matcher(r.out());
            assertFalse(noise.find(), () -> line + " " + format + ": " + noise.group() + " in\n" + r.out());
            Matcher enumName = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b").matcher(r.out());
            assertFalse(enumName.find(), () -> line + " " + format + ": " + enumName.group());
            assertFalse(r.out().contains("_growth\"") || r.out().contains("_growth,"),
                    "growth is printed as a percent column: " + r.out());
        }
    }

    @Test
    void outlook_employmentIsInThousandsTo0point1_asEpPublishesIt() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(run("outlook", "43-4051",
                "--format", "json").out());
        Map<String, Object> first = rows.get(0);
        assertEquals("2016-26", first.get("cycle"));
        assertEquals(136.3, ((Number) first.get("change_thousands")).doubleValue());
        assertEquals(2784.5, ((Number) first.get("base_employment_thousands")).doubleValue());
        assertEquals(0.48, ((Number) first.get("cagr_percent")).doubleValue());
        assertEquals("compared", first.get("backtest_status"));
        // With May 2025 shipped, even 2024-34 has a realized year: every cycle is compared.
        assertEquals("compared", rows.get(rows.size() - 1).get("backtest_status"));
    }

    @Test
    void history_growthIsAPercent_andLinkageALowerCaseCode() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(run("history", "43-4051",
                "--format", "json").out());
        Map<String, Object> y2015 = rows.get(1);
        assertEquals(2015.0, ((Number) y2015.get("year")).doubleValue());
        assertEquals("same-code", y2015.get("linkage"));
        assertEquals("published", y2015.get("median_status"));
        // Real median growth 2014 → 2015 (the same in any dollars): +1.55 %; the median in 2025 dollars, the default,
        // to BLS's ten dollars.
        assertEquals(1.55, ((Number) y2015.get("real_median_growth_percent")).doubleValue());
        assertEquals(43_090.0, ((Number) y2015.get("median")).doubleValue());
        assertTrue(run("outlook", "43-4051", "--summary").out().contains("2024-34 backtest vs OEWS 2024-2025, 830 of 832 "
                + "detailed occupations compared"));
    }
}
