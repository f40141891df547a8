package io.github.wageoutlook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DistributionCommandsTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rank_of40000AmongCustomerServiceReps2018_isBetweenMedianAndP75() {
        Run r = run("rank", "43-4051", "40000", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("$40,000/yr ranks at the"), r.out());
        assertTrue(r.out().contains("between the median and the 75th percentile (from $33,750/yr to $42,970/yr)"),
                r.out());
    }

    @Test
    void rank_echoesTheAmountAsTyped_notRoundedToTheDollarsBlsPublishes() {
        // 44,774 is $4 above the May 2025 median of $44,770; 21.50 an hour is not "$20/yr".
        Run annual = run("rank", "43-4051", "44774");
        assertEquals(0, annual.exit(), annual.err());
        assertTrue(annual.out().contains("$44,774/yr ranks at the 50th percentile"), annual.out());
        Run hourly = run("rank", "43-4051", "21.50", "--hourly");
        assertEquals(0, hourly.exit(), hourly.err());
        assertTrue(hourly.out().contains("$21.50/hr ranks at the "), hourly.out());
        Run typed = run("rank", "43-4051", "$44,774.5");
        assertTrue(typed.out().contains("$44,774.5/yr ranks at the "), typed.out());

        Run json = run("rank", "43-4051", "21.50", "--hourly", "--format", "json");
        assertTrue(json.out().contains("\"basis\": \"hourly\", \"wage\": 21.50,"), json.out());
        Run csv = run("rank", "43-4051", "44774", "--format", "csv");
        assertTrue(csv.out().contains(",annual,44774,"), csv.out());
    }

    @Test
    void percentile_90_ofCustomerServiceReps2018_isThePublishedFigure() {
        Run r = run("percentile", "43-4051", "90", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("90th percentile: $55,310/yr (published by BLS)"), r.out());
    }

    @Test
    void percentile_95_isEstimatedAndSaysSo() {
        Run r = run("percentile", "43-4051", "95", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("95th percentile: $") && r.out().contains("(estimated)"), r.out());
        assertTrue(r.out().contains("matched to BLS's mean $36,470/yr"), r.out());
    }

    @Test
    void percentile_beyondThePublishedPoints_saysHowFarItIsExtrapolated() {
        Run r = run("percentile", "43-4051", "99.9");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Percentile 99.9: $135,800/yr (estimated)"), r.out());
        assertTrue(r.out().contains("Extrapolated 9.9 percentile points above BLS's highest published percentile "
                + "(P90 $63,590/yr)"), r.out());
        Run low = run("percentile", "43-4051", "5");
        assertTrue(low.out().contains("Extrapolated 5 percentile points below BLS's lowest published percentile "
                + "(P10 $31,750/yr)"), low.out());
        Run inside = run("percentile", "43-4051", "60");
        assertFalse(inside.out().contains("Extrapolated"), inside.out());
        Run csv = run("percentile", "43-4051", "99.9", "--format", "csv");
        assertTrue(csv.out().contains(",0,9.9,P90"), csv.out());
    }

    @Test
    void percentile_topCoded_saysAtLeast() {
        Run r = run("percentile", "11-1011", "90", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("at least $208,000/yr"), r.out());
        // Chief executives' P90 is top-coded in every year around 2018: no neighbouring year to estimate it from.
        assertFalse(r.out().contains("Estimate from neighbouring years"), r.out());
    }

    // Public relations and fundraising managers: P90 top-coded ($187,200) in May 2014 and 2015, published in
    // May 2016 ($205,110): the 2014 estimate corrects the model by 2016's deviation from it.
    @Test
    void percentile_topCodedWithAPublishedNeighbour_addsAnEstimateAboveTheBound() {
        Run r = run("percentile", "11-2031", "90", "--year", "2014");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("at least $187,200/yr"), r.out());
        Matcher m = Pattern.compile("Estimate from neighbouring years: \\$([0-9,]+)/yr").matcher(r.out());
        assertTrue(m.find(), r.out());
        double estimate = Double.parseDouble(m.group(1).replace(",", ""));
        assertTrue(estimate >= 187_200 && estimate < 205_110 * 1.1, r.out());
        assertTrue(r.out().contains("from this year's P25, P50, P75 and mean") && r.out().contains("1 neighbouring "
                + "year"), r.out());

        // The same estimate in machine output, beside the top-code.
        Run csv = run("percentile", "11-2031", "90", "--year", "2014", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().contains(",90,187200,true,top-coded," + (long) estimate + ",false,1"), csv.out());
    }

    @Test
    void group_43_2018_printsMixtureBesideBlsPublishedRow() {
        Run r = run("group", "43", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Office and Administrative Support Occupations"), r.out());
        assertTrue(r.out().contains("Mixture of 56 detailed occupations"), r.out());
        assertTrue(r.out().contains("$35,760"), "BLS's published median missing: " + r.out());
        assertTrue(r.out().contains("P90/P10 ratio"), r.out());
    }

    @Test
    void profile_showsBandsWithWidthAndRatio() {
        Run r = run("profile", "43-4051", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Middle 80% (P10–P90): $22,140/yr – $55,310/yr, width $33,170/yr, P90/P10 ratio"
                + " 2.50"), r.out());
        assertTrue(r.out().contains("Middle 50% (P25–P75): $26,730/yr – $42,970/yr, width $16,240/yr"), r.out());
    }

    @Test
    void percentile_100_exitsWithUsageNamingTheRange() {
        Run r = run("percentile", "43-4051", "100", "--year", "2018");
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("0 < p < 100"), r.err());
    }

    @Test
    void rank_negativeSalary_exitsWithUsage() {
        Run r = run("rank", "43-4051", "-5", "--year", "2018");
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("salary"), r.err());
    }

    @Test
    void rank_annualSalaryForHourlyOnlyOccupation_pointsToHourly() {
        Run r = run("rank", "27-2011", "40000", "--year", "2018");
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("27-2011") && r.err().contains("--hourly"), r.err());
    }

    @Test
    void accuracy_forOneYear_printsModelAndBaselinesWithRowCounts() {
        Run r = run("accuracy", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("linear interpolation on the percentile axis (baseline)"), r.out());
        assertTrue(r.out().contains("employment-weighted mixture of member distributions"), r.out());
        assertTrue(r.out().matches("(?s).*P25 +PCHIP[^\\n]* +\\d{3,} +\\d+ +\\d+\\.\\d\\d%.*"), r.out());
    }

    @Test
    void accuracy_forOneYear_correctsWithTheShippedNeighbouringYears_neverScoringThem() {
        Run r = run("accuracy", "--year", "2018");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Neighbouring years whose shapes correct the estimates (their figures are not "
                + "scored): [2016, 2017, 2019, 2020]."), r.out());
        java.util.regex.Matcher rowAlone = java.util.regex.Pattern.compile(
                "P25 +PCHIP in \\(z, ln w\\), mean-matched upper tail +(\\d+) +\\d+ +(\\d+\\.\\d\\d)%").matcher(r.out());
        java.util.regex.Matcher shaped = java.util.regex.Pattern.compile(
                "P25 +the same, corrected by the occupation's shape in years ±2 +(\\d+) +\\d+ +(\\d+\\.\\d\\d)%")
                .matcher(r.out());
        assertTrue(rowAlone.find() && shaped.find(), r.out());
        assertEquals(rowAlone.group(1), shaped.group(1), "the same rows of 2018 are scored");
        assertTrue(Double.parseDouble(shaped.group(2)) < 0.8 * Double.parseDouble(rowAlone.group(2)), r.out());
    }
}
