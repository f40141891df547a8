package io.github.wageoutlook.cli;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What careful users tried (issue 18), with the values each must give. */
class LookupHintsAndBoundsCommandTest {

    @Test
    void profile_sixDigitCode_isTheSocCode() {
        CliRun r = run("profile", "434051", "--year", "2018");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Customer Service Representatives (SOC 43-4051, detailed)"), r.out());
    }

    @Test
    void profile_exactTitle_wins() {
        CliRun r = run("profile", "cashier");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Cashiers (SOC 41-2011, detailed)"), r.out());
    }

    @Test
    void profile_nurse_listsWholeWordMatchesOnly_andExitsAmbiguous() {
        CliRun r = run("profile", "nurse");
        assertEquals(ExitCode.AMBIGUOUS.code(), r.code());
        for (String code : List.of("29-1141", "29-1151", "29-1161", "29-1171", "29-2061")) {
            assertTrue(r.err().contains(code), r.err());
        }
        assertFalse(r.err().contains("Nursery"), r.err());
        assertTrue(r.err().contains("matches 5 occupations"), r.err());
    }

    @Test
    void profile_misspelling_exitsNotFound_suggestingCustomerServiceRepresentatives() {
        CliRun r = run("profile", "custmer service");
        assertEquals(ExitCode.NOT_FOUND.code(), r.code());
        assertTrue(r.err().contains("did you mean:" + System.lineSeparator()
                + "  43-4051  Customer Service Representatives"), r.err());
    }

    @Test
    void profile_codeOfAnotherYear_saysWhichYearsHaveIt() {
        CliRun r = run("profile", "15-1132");
        assertEquals(ExitCode.NOT_FOUND.code(), r.code());
        assertTrue(r.err().contains("no occupation with SOC code 15-1132 in national_M2025_dl.xlsx: SOC code 15-1132 "
                + "(Software Developers, Applications) was retired in SOC 2018"), r.err());
        assertTrue(r.err().contains("; the embedded OEWS files have it (Software Developers, Applications) in "
                + "2014–2018; choose one with --year"), r.err());
    }

    @Test
    void rank_annualAmountThatLooksHourly_answersAndHintsOnStandardError() {
        CliRun r = run("rank", "43-4051", "20");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("$20/yr ranks at the 0th percentile"), r.out());
        assertEquals("wage-outlook rank: hint: $20 a year looks like an hourly wage: add --hourly (BLS's P10 to P90 "
                + "for Customer Service Representatives: $31,750/yr to $63,590/yr)" + System.lineSeparator(), r.err());
        assertFalse(r.out().contains("hint"), r.out());
    }

    @Test
    void rank_hourlyAmountThatLooksAnnual_answersAndHintsOnStandardError() {
        CliRun r = run("rank", "43-4051", "80000", "--hourly");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("ranks at the 100th percentile"), r.out());
        assertEquals("wage-outlook rank: hint: $80,000 an hour looks like an annual salary: drop --hourly (BLS's P10 "
                + "to P90 for Customer Service Representatives: $15.27/hr to $30.57/hr)" + System.lineSeparator(),
                r.err());
    }

    @Test
    void rank_plausibleAmounts_getNoHint() {
        assertEquals("", run("rank", "43-4051", "40000").err());
        assertEquals("", run("rank", "43-4051", "20", "--hourly").err());
        // Implausible both ways: no basis would make sense of it, so no hint either.
        assertEquals("", run("rank", "43-4051", "3").err());
    }

    @Test
    void percentile_fraction_answersAndHints_andASalaryIsPointedToRank() {
        CliRun r = run("percentile", "43-4051", "0.9");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Percentile 0.9: $"), r.out());
        assertTrue(r.err().contains("hint: 0.9 is read as percentile 0.9 on the 0–100 scale, near the very bottom; "
                + "if you meant the fraction 0.9, type 90"), r.err());
        CliRun salary = run("percentile", "43-4051", "40000");
        assertEquals(ExitCode.USAGE.code(), salary.code());
        assertTrue(salary.err().contains("to rank a salary, use: rank 43-4051 40000"), salary.err());
    }

    @Test
    void percentile_decimal_isNamedWithoutAWrongOrdinal() {
        CliRun r = run("percentile", "43-4051", "0.1");
        assertTrue(r.out().contains("Percentile 0.1: $20,340/yr (estimated)"), r.out());
        assertFalse(r.out().contains("0.1th"), r.out());
    }

    @Test
    void percentile_betweenAPublishedFigureAndATopCode_isPrintedAsALowerBound() {
        CliRun r = run("percentile", "11-0000", "85", "--year", "2018");
        assertTrue(r.out().contains("85th percentile: at least $183,570/yr (estimated, a lower bound)"), r.out());
        CliRun rank = run("rank", "11-0000", "190000", "--year", "2018");
        assertTrue(rank.out().contains("ranks at or below the 87th percentile (86.5)"), rank.out());
    }

    @Test
    void experience_targetThatLooksHourly_hintsAgainstTheBrackets() {
        CliRun r = run("experience", "43-4051", "--target", "16");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("hint: $16 a year looks like an hourly wage: give it on the brackets' basis"),
                r.err());
    }

    @Test
    void group11_2018_clampsTheMixtureP90ToBlsPublishedBound() {
        CliRun r = run("group", "11", "--year", "2018");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*90th percentile\\s+≥ \\$208,000\\s+≥ \\$208,000\\s+clamped \\*.*"),
                r.out());
        assertTrue(r.out().contains("90th percentile: the model's $200,350/yr is below BLS's published lower bound "
                + "≥ $208,000; shown at the bound"), r.out());
        assertTrue(r.out().contains("Middle 80% (P10–P90): $49,140/yr – ≥ $208,000/yr"), r.out());
        assertFalse(r.out().contains("$200,350/yr –") || r.out().contains("– $200,350"), r.out());

        CliRun csv = run("group", "11", "--year", "2018", "--format", "json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(csv.out());
        Map<String, Object> p90 = rows.stream().filter(x -> x.get("statistic").equals("p90")).findFirst().orElseThrow();
        assertEquals(208_000.0, ((Number) p90.get("mixture")).doubleValue());
        assertEquals(true, p90.get("lower_bound"));
        assertEquals(200_350.0, ((Number) p90.get("mixture_unclamped")).doubleValue());
        assertEquals("clamped-to-bound", p90.get("comparison"));
        assertEquals(null, p90.get("difference_percent"));
    }

    @Test
    void group_list_saysNoneWhenNothingIsLeftOut_andCountsInTheSingular() {
        CliRun r = run("group", "43-4050", "--list");
        assertTrue(r.out().contains("Mixture of 1 detailed occupation weighted by employment"), r.out());
        assertTrue(r.out().contains("Left out: none — every detailed occupation under 43-4050 has annual wages and "
                + "employment."), r.out());
        assertFalse(r.out().contains("Left out:" + System.lineSeparator()), r.out());
        assertTrue(run("group", "--help").out().contains("--list: the detailed occupations left out"));
    }
}
