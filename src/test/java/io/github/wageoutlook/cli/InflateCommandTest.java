package io.github.wageoutlook.cli;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InflateCommandTest {

    @Test
    void annualAverages_nameTheSeriesBothIndexValuesAndTheFactor() {
        CliRun r = run("inflate", "100", "1950", "--to", "2017");
        assertEquals(0, r.code(), r.err());
        // CPI-U annual averages 1950 24.1 and 2017 245.120: 100 × 245.120 / 24.1 = 1,017.10.
        assertTrue(r.out().startsWith("$100.00 in 1950 dollars = $1,017.10 in 2017 dollars"), r.out());
        assertTrue(r.out().contains("Series CUUR0000SA0 (CPI-U: U.S. city average, all items, not seasonally "
                + "adjusted, 1982-84 = 100), annual averages (BLS period M13)"), r.out());
        assertTrue(r.out().contains("index   1950        24.100") && r.out().contains("index   2017       245.120"),
                r.out());
        assertTrue(r.out().contains("= 245.120 / 24.100 = 10.170954"), r.out());
    }

    @Test
    void aYearBeforeCpiUStarts_saysTheIndexStartsIn1913_notThatANewerFileHelps() {
        for (List<String> words : List.of(List.of("inflate", "100", "1900"), List.of("inflate", "100", "1950", "--to",
                "1900"), List.of("inflate", "100", "1900-05", "--to", "2018-01"))) {
            CliRun r = run(words.toArray(String[]::new));
            assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.err());
            assertTrue(r.err().contains("CUUR0000SA0 value for 19") && r.err().contains("the index starts in 1913"), words + ": " + r.err());
            assertFalse(r.err().contains("newer"), words + ": " + r.err());
        }
        // After the index ends, a newer BLS file is the way.
        CliRun later = run("inflate", "100", "2030");
        assertTrue(later.err().contains("a newer BLS file"), later.err());
    }

    @Test
    void months_andTheDefaultTarget_theLatestAnnualAverage() {
        CliRun months = run("inflate", "100", "1950-01", "--to", "2018-01");
        assertTrue(months.out().startsWith("$100.00 in 1950-01 dollars = $1,054.75 in 2018-01 dollars"),
                months.out());
        CliRun toLatest = run("inflate", "32890", "2017");
        assertTrue(toLatest.out().startsWith("$32,890.00 in 2017 dollars = $43,198.05 in 2025 dollars"),
                toLatest.out());
    }

    @Test
    void sameYear_isExactlyTheIdentity() {
        List<?> rows = (List<?>) Json.parse(run("inflate", "123.45", "2017", "--to", "2017", "--format", "json")
                .out());
        Map<?, ?> row = (Map<?, ?>) rows.get(0);
        assertEquals(1.0, (Double) row.get("factor"), 0.0);
        assertEquals(123.45, (Double) row.get("adjusted_amount"), 0.0);
    }

    @Test
    void october2025_exits3NamingTheMonth_andInterpolationIsOptInAndLabelled() {
        CliRun missing = run("inflate", "100", "2025-10", "--to", "2026-06");
        assertEquals(Main.EXIT_NOT_FOUND, missing.code());
        assertTrue(missing.err().contains("No CUUR0000SA0 value for 2025-10: BLS published no index for October "
                + "2025"), missing.err());
        assertTrue(missing.err().contains("the annual average of 2025, 321.943")
                && missing.err().contains("inflate --interpolate"), missing.err());

        CliRun interpolated = run("inflate", "100", "2025-10", "--to", "2026-06", "--interpolate");
        assertEquals(0, interpolated.code(), interpolated.err());
        assertTrue(interpolated.out().contains("324.461  (interpolated: a straight line between 2025-09 (324.800) "
                + "and 2025-11 (324.122)"), interpolated.out());
        assertTrue(interpolated.out().contains("not published by BLS; the result is an estimate"),
                interpolated.out());
    }

    @Test
    void aPartialYear_hasNoAnnualAverage_andAnUnknownSeries_exits3() {
        CliRun partial = run("inflate", "100", "2026");
        assertEquals(Main.EXIT_NOT_FOUND, partial.code());
        assertTrue(partial.err().contains("never computed here from a partial year"), partial.err());
        CliRun unknown = run("inflate", "100", "2017", "--series", "CUUR0000XX9");
        assertEquals(Main.EXIT_NOT_FOUND, unknown.code());
        CliRun seasonallyAdjusted = run("inflate", "100", "2017-01", "--to", "2025-09", "--series", "CUSR0000SA0");
        assertEquals(0, seasonallyAdjusted.code(), seasonallyAdjusted.err());
        assertTrue(seasonallyAdjusted.out().contains("Series CUSR0000SA0, monthly values"), seasonallyAdjusted.out());
        assertEquals(Main.EXIT_USAGE, run("inflate", "100", "2017", "--to", "2018-01").code());
    }
}
