package io.github.wageoutlook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperienceCommandTest {



    @Test
    void experience_seed_printsCurveGainAverageRaiseFitAndLeaveOneOut() {
        CliRun r = run("experience", "43-4051");
        assertEquals(0, r.code(), r.err());
        String o = r.out();
        for (int x : ExperienceCommand.YEARS) {
            assertTrue(o.lines().anyMatch(l -> l.matches("\\s*" + x + "\\s+\\$[\\d,]+/yr\\s+[+−]\\$.*")),
                    "row for " + x + " years:\n" + o);
        }
        assertTrue(o.contains("(0–5 yrs $28,000/yr → 20+ yrs $34,000/yr): +21.4%"), o);
        assertTrue(o.contains("Average yearly raise between their midpoints (2.5 → 25 years): +$270/yr (+0.87%)"), o);
        assertTrue(o.contains("open bracket 20+ yrs treated as 20–30 years"), o);
        assertTrue(o.contains("Method: mincer, ln w = 10.2063 + 0.01491·x − 0.0002299·x²"), o);
        assertTrue(o.contains("Leave-one-bracket-out"), o);
        assertTrue(o.contains("10–20 yrs     $32,000/yr"), o);
    }

    @Test
    void experience_byTitle_findsTheOccupation() {
        CliRun r = run("experience", "customer service");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Customer service representatives (43-4051)"), r.out());
    }

    @Test
    void experience_rebaseYear_scalesToTheBlsMedianAndStatesTheAssumption() {
        CliRun r = run("experience", "43-4051", "--rebase-year", "2018");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OEWS May 2018 median for 43-4051"), r.out());
        assertTrue(r.out().contains("$33,750/yr"), r.out());
        assertTrue(r.out().contains("includes bonuses"), r.out());
        assertTrue(r.out().contains("OEWS wages are base pay"), r.out());
    }

    @Test
    void experience_target_printsYearsToReachIt() {
        CliRun r = run("experience", "43-4051", "--target", "33000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Years to reach $33,000/yr: 18.6"), r.out());
    }

    @Test
    void experience_ownBracketFile_isFittedWithItsMethod(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "occ_code,occ_title,career_stage,pay,basis,currency_year\n"
                + "43-4171,Receptionists,< 1,12.50,hourly,2024\n"
                + "43-4171,Receptionists,1-4,13.75,hourly,2024\n"
                + "43-4171,Receptionists,5-9,15.00,hourly,2024\n");
        CliRun r = run("experience", "43-4171", "--brackets", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Method: monotone"), r.out());
        assertTrue(r.out().contains("/hr"), r.out());
        assertTrue(r.out().contains("Brackets: mine.csv"), r.out());
    }

    @Test
    void experience_badBracketFile_exits4NamingRowAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "occ_code,occ_title,lower_years,upper_years,pay,basis,currency_year\n"
                + "43-4051,CSR,0,5,28000,annual,2019\n43-4051,CSR,4,10,30000,annual,2019\n");
        CliRun r = run("experience", "43-4051", "--brackets", f.toString());
        assertEquals(Main.EXIT_BAD_DATA, r.code());
        assertTrue(r.err().contains("bad.csv, row 3, column lower_years: raw value '4'"), r.err());
    }

    @Test
    void experience_oneBracket_exits2SayingTwoAreNeeded(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("one.csv");
        Files.writeString(f, "occ_code,occ_title,lower_years,upper_years,pay,basis,currency_year\n"
                + "43-4051,CSR,0,5,28000,annual,2019\n");
        CliRun r = run("experience", "43-4051", "--brackets", f.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("at least 2 brackets"), r.err());
    }

    @Test
    void experience_unknownOccupationOrYear_exits3() {
        CliRun r = run("experience", "15-1252");
        assertEquals(Main.EXIT_NOT_FOUND, r.code());
        assertTrue(r.err().contains("--brackets FILE"), r.err());
        assertEquals(Main.EXIT_NOT_FOUND, run("experience", "43-4051", "--rebase-year", "1999").code());
    }

    @Test
    void experience_badMethod_exits2() {
        CliRun r = run("experience", "43-4051", "--method", "cubic");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("--method must be auto, mincer, rising, monotone or linear"), r.err());
    }
}
