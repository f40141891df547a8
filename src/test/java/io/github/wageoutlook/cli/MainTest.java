package io.github.wageoutlook.cli;

import org.junit.jupiter.api.Test;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {



    @Test
    void profile_2018_printsTheFiguresCareerGuidesQuote() {
        CliRun r = run("profile", "43-4051", "--year", "2018");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Customer Service Representatives (SOC 43-4051, detailed) — OEWS May 2018"));
        assertTrue(r.out().contains("Employment: 2,871,400"));
        assertTrue(r.out().matches("(?s).*Median\\s+\\$16\\.23\\s+\\$33,750.*"), r.out());
        assertTrue(r.out().matches("(?s).*10th percentile\\s+\\$10\\.65\\s+\\$22,140.*"), r.out());
        assertTrue(r.out().matches("(?s).*90th percentile\\s+\\$26\\.59\\s+\\$55,310.*"), r.out());
    }

    @Test
    void profile_endsWithTheLatestOutlookAndTheExperienceBrackets() {
        CliRun r = run("profile", "43-4051", "--year", "2018");
        assertTrue(r.out().contains("Outlook 2024-34: 2,814.0k → 2,660.3k jobs, -5.5% (Decline; all occupations "
                + "+3.1%), 341.7k openings a year"), r.out());
        assertTrue(r.out().contains("0–5 yrs $28,000/yr → 20+ yrs $34,000/yr, +21.4%"), r.out());
        CliRun ceo = run("profile", "11-1011", "--year", "2024");
        assertTrue(ceo.out().contains("Experience: no pay-by-experience brackets embedded"), ceo.out());
    }

    @Test
    void profile_saysTheDollarYearOfThePayScaleBrackets_besideMay2025Wages() {
        // The embedded brackets are quoted in 2019 dollars (ExperienceBracket.currencyYear), the wages are May 2025's.
        CliRun r = run("profile", "43-4051");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OEWS May 2025"), r.out());
        assertTrue(r.out().contains("Experience (PayScale survey, self-reported, with bonuses): pay in 2019 dollars: "
                + "0–5 yrs $28,000/yr → 20+ yrs $34,000/yr, +21.4% (more: experience 43-4051)"), r.out());
        CliRun sector = run("profile", "43-4051", "--industry", "56");
        assertTrue(sector.out().contains("with bonuses, national): pay in 2019 dollars: 0–5 yrs"), sector.out());
    }

    @Test
    void profile_byTitle_findsTheOccupation() {
        CliRun r = run("profile", "customer service", "--year", "2017");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*Median\\s+\\$15\\.81\\s+\\$32,890.*"), r.out());
    }

    @Test
    void profile_topCodedWages_showAsAtLeast() {
        CliRun r = run("profile", "11-1011", "--year", "2024");
        assertTrue(r.out().contains("≥ $239,200"), r.out());
        assertTrue(r.out().contains("top-code"), r.out());
    }

    @Test
    void unknownOccupationOrYear_exitsWith3AndSaysWhy() {
        CliRun r = run("profile", "99-9999", "--year", "2018");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no occupation with SOC code 99-9999"), r.err());
        r = run("profile", "43-4051", "--year", "2013");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("embedded years are 2014–2025"), r.err());
    }

    @Test
    void ambiguousTitle_listsCandidatesAndExitsWith5() {
        CliRun r = run("profile", "clerks", "--year", "2018");
        assertEquals(Main.EXIT_AMBIGUOUS, r.code());
        assertTrue(r.err().contains("matches"), r.err());
        assertTrue(r.err().contains("43-"), r.err());
    }

    @Test
    void badArguments_exitWith2AndPrintUsage() {
        CliRun r = run("profile", "43-4051", "--year", "twenty");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--year must be a whole number, got 'twenty'"), r.err());
        assertTrue(r.err().contains("usage: wage-outlook profile"), r.err());
        assertEquals(2, run("profile").code());
        assertEquals(2, run("profile", "43-4051", "--colour", "red").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void help_listsCommands() {
        CliRun r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("profile"), r.out());
        CliRun usage = run("profile", "--help");
        assertEquals(0, usage.code());
        assertTrue(usage.out().contains("usage: wage-outlook profile"));
    }
}
