package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.Oews;
import org.junit.jupiter.api.Test;

import static io.github.wageoutlook.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A well-formed SOC code absent from the year asked for: exit 3, and why, from BLS's SOC tables. */
class RetiredCodeLookupTest {

    @Test
    void profileOfARetiredCode_exits3_sayingItWasRetiredInSoc2018_andNamingItsSuccessors() {
        CliRun r = run("profile", "15-1132", "--year", "2024");
        assertEquals(Main.EXIT_NOT_FOUND, r.code());
        assertTrue(r.err().contains("SOC code 15-1132 (Software Developers, Applications) was retired in SOC 2018"),
                r.err());
        assertTrue(r.err().contains("OEWS published it for May 2014-2018"), r.err());
        assertTrue(r.err().contains("Its SOC 2018 successors: 15-1252 Software Developers (≈ 90% of its workers), "
                + "15-1253 Software Quality Assurance Analysts and Testers (≈ 10% of its workers)"), r.err());
    }

    @Test
    void inAHybridYear_theMessageNamesTheHybridCodeToo() {
        CliRun r = run("profile", "15-1132", "--year", "2019");
        assertEquals(Main.EXIT_NOT_FOUND, r.code());
        assertTrue(r.err().contains("For May 2019 OEWS published it within 15-1256 Software Developers and Software "
                + "Quality Assurance Analysts and Testers"), r.err());
    }

    @Test
    void aCodeNotYetInUse_namesTheCodesOfThatYear_andAnUnpublishedOne_saysSo() {
        CliRun early = run("profile", "15-1252", "--year", "2016");
        assertEquals(Main.EXIT_NOT_FOUND, early.code());
        assertTrue(early.err().contains("was not yet in use for May 2016") && early.err().contains("15-1132")
                && early.err().contains("15-1133"), early.err());
        CliRun legislators = run("rank", "11-1031", "50000");
        assertEquals(Main.EXIT_NOT_FOUND, legislators.code());
        assertTrue(legislators.err().contains("OEWS did not publish 11-1031 (Legislators) for May 2025"),
                legislators.err());
    }

    @Test
    void theLookupOfAMissingCode_givesBlsReason_andAnUnknownCodeNone() {
        OccupationLookupException e = assertThrows(OccupationLookupException.class,
                () -> Occupations.find("15-1132", Oews.national(2024)));
        assertFalse(e.isAmbiguous());
        assertTrue(e.getMessage().contains("15-1132") && e.getMessage().contains("retired in SOC 2018")
                && e.getMessage().contains("15-1252"), e.getMessage());
        assertTrue(e.getMessage().contains("2014–2018"), e.getMessage());
        OccupationLookupException unknown = assertThrows(OccupationLookupException.class,
                () -> Occupations.find("99-9998", Oews.national(2024)));
        assertFalse(unknown.getMessage().contains("retired"), unknown.getMessage());
    }

    @Test
    void datasets_listsTwelveYears_andSaysMay2025HasNoTopCodedWage() {
        CliRun r = run("datasets");
        assertEquals(0, r.code(), r.err());
        assertEquals(12, r.out().lines().filter(l -> l.matches("20\\d\\d .*")).count(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2025     1,401") && l.endsWith("none: every wage "
                + "published as a number")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2024     1,403") && l.endsWith("≥ $115.00/hr / "
                + "$239,200/yr")), r.out());
    }

    @Test
    void help_namesTheDefaultYear() {
        CliRun r = run("--help");
        assertTrue(r.out().contains("(default year: May 2025)"), r.out());
        assertTrue(run("profile", "--help").out().contains("[--year YYYY (default 2025)]"));
        assertTrue(r.out().contains("inflate"), r.out());
    }
}
