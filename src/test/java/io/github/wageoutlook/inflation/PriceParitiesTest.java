package io.github.wageoutlook.inflation;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.inflation.PriceParity.Line;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.LookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.testing.DataScientists2024;
import io.github.wageoutlook.wages.Wage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BEA's Regional Price Parities as embedded, against the values BEA publishes (SARPP and MARPP, last updated
 * February 19, 2026), and wages put at national prices by BEA's real-income method.
 */
class PriceParitiesTest {
    private static final PriceParities RPP = PriceParities.bea();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "CA, 2024, 110.720", "California, 2024, 110.720", "06, 2024, 110.720", "6, 2024, 110.720",
        "MS, 2024, 86.953", "Mississippi, 2024, 86.953", "28, 2024, 86.953",
        "DC, 2024, 109.901", "District of Columbia, 2024, 109.901", "11, 2024, 109.901",
        "TX, 2024, 97.057", "Texas, 2024, 97.057", "48, 2024, 97.057",
        "AL, 2008, 88.901", "CA, 2008, 111.220", "US, 2024, 100.000",
        "26420, 2024, 98.629", "Houston, 2024, 98.629", "13820, 2024, 91.644", "Birmingham, 2024, 91.644",
        "Abilene, 2008, 92.197", "Urban Honolulu, 2024, 110.961"
    })
    void allItems_asBeaPublishesThem(String query, int year, double value) {
        assertEquals(value, RPP.parity(query, year).value(), 0.0);
    }

    @Test
    void theTables_holdTheNation51States387MetrosAndTheNonmetropolitanPortion_2008To2024() {
        assertEquals(List.of(2008, 2024), List.of(RPP.years().get(0), RPP.latestYear()));
        assertEquals(17, RPP.years().size());
        assertEquals(51, RPP.states().size());
        assertEquals(387, RPP.metros().size());
        assertEquals(440, RPP.areas().size());
        assertEquals("February 19, 2026-- new statistics for 2024; revised statistics for 2008-2023.",
                RPP.lastUpdated());
        Area houston = RPP.metro("Houston");
        assertEquals(new Area("26420", "Houston-Pasadena-The Woodlands, TX", AreaType.METROPOLITAN, "TX"), houston);
        // One title is written without BEA's parentheses; the footnote star of Enid, OK is no part of the title.
        assertEquals("Bridgeport-Stamford-Danbury, CT", RPP.metro("14860").title());
        assertEquals("Enid, OK", RPP.metro("21420").title());
        assertEquals(AreaType.NONMETROPOLITAN, RPP.area("00999").type());
    }

    @Test
    void theParts_lineCodes2To5_asBeaPublishesThem() {
        assertEquals(106.098, RPP.parity("CA", 2024, Line.GOODS).value(), 0.0);
        assertEquals(154.346, RPP.parity("CA", 2024, Line.HOUSING).value(), 0.0);
        assertEquals(158.899, RPP.parity("CA", 2024, Line.UTILITIES).value(), 0.0);
        assertEquals(102.591, RPP.parity("CA", 2024, Line.OTHER_SERVICES).value(), 0.0);
        assertEquals(104.510, RPP.parity("Houston", 2024, Line.HOUSING).value(), 0.0);
        assertEquals(Line.HOUSING, Line.fromLineCode(3));
        assertThrows(IllegalArgumentException.class, () -> Line.fromLineCode(6));
    }

    @Test
    void aMisspelling_namesTheNearestAreas_texsIsTexas() {
        LookupException e = assertThrows(LookupException.class, () -> RPP.area("Texs"));
        assertFalse(e.isAmbiguous());
        assertTrue(e.candidates().get(0).startsWith("Texas (state 48)"), e.getMessage());
        LookupException several = assertThrows(LookupException.class, () -> RPP.metro("Portland"));
        assertTrue(several.isAmbiguous());
        assertEquals(2, several.candidates().size(), several.getMessage());
    }

    @Test
    void yearsBeaDoesNotPublish_areNotValues_andSayWhy() {
        // (NA): Enid, OK before 2013
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RPP.parity("Enid", 2010));
        assertTrue(e.getMessage().contains("2013 - 2024"), e.getMessage());
        assertTrue(RPP.find(RPP.area("Enid"), 2010, Line.ALL_ITEMS).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RPP.parity("TX", 2007));
    }

    @Test
    void theRppYearServingAWageYear_isTheSameOrTheNearestEarlier_andTheNoteSaysWhich() {
        Area texas = RPP.state("TX");
        PriceLevelAdjustment same = RPP.adjustment(texas, 2024);
        assertEquals(2024, same.parity().orElseThrow().year());
        assertEquals("RPP 2024 for 2024 wages", same.note());
        PriceLevelAdjustment later = RPP.adjustment(texas, 2025);
        assertEquals(2024, later.parity().orElseThrow().year());
        assertTrue(later.note().contains("RPP 2024 for 2025 wages: BEA's newest RPPs are of 2024"), later.note());
        PriceLevelAdjustment gap = RPP.adjustment(RPP.area("Twin Falls"), 2014);
        assertFalse(gap.isAvailable(), "Twin Falls, ID has RPPs from 2015 only; none is taken from a later year");
        assertTrue(gap.note().contains("2015 - 2024"), gap.note());
        PriceLevelAdjustment early = RPP.adjustment(texas, 2005);
        assertFalse(early.isAvailable());
        assertTrue(early.note().contains("begin in 2008"), early.note());
        IllegalStateException none = assertThrows(IllegalStateException.class, early::factor);
        assertEquals(early.note(), none.getMessage());
    }

    @Test
    void areasBeaDoesNotPrice_haveNoAdjustment_andSayWhy() {
        PriceLevelAdjustment pr = RPP.adjustment(new Area("72", "Puerto Rico", AreaType.TERRITORY, "PR"), 2024);
        assertFalse(pr.isAvailable());
        assertTrue(pr.note().contains("not the territories"), pr.note());
        PriceLevelAdjustment nonmetro = RPP.adjustment(new Area("0100001", "Northwest Alabama nonmetropolitan area",
                AreaType.NONMETROPOLITAN, "AL"), 2024);
        assertFalse(nonmetro.isAvailable());
        assertTrue(nonmetro.note().contains("nonmetropolitan portion"), nonmetro.note());
        PriceLevelAdjustment necta = RPP.adjustment(new Area("71650", "Boston-Cambridge-Nashua, MA-NH NECTA",
                AreaType.METROPOLITAN, "MA"), 2019);
        assertFalse(necta.isAvailable());
        assertTrue(necta.note().contains("no CBSA code 71650"), necta.note());
    }

    @Test
    void oewsAreas_areMatchedByTypeAndCode_withOrWithoutLeadingZeros() {
        assertEquals(97.057, RPP.adjustment(new Area("48", "Texas", AreaType.STATE, "TX"), 2024).parity()
                .orElseThrow().value(), 0.0);
        assertEquals(98.629, RPP.adjustment(new Area("0026420", "Houston-The Woodlands-Sugar Land, TX",
                AreaType.METROPOLITAN, "TX"), 2024).parity().orElseThrow().value(), 0.0);
        assertEquals(100.0, RPP.adjustment(Area.NATIONAL, 2024).parity().orElseThrow().value(), 0.0);
        // The codes as BLS's query tool writes them: "Alabama (01-00000)", "Alabama(0100000)", "Abilene, TX(0010180)"
        assertEquals(RPP.state("AL"), RPP.match(new Area("01-00000", "Alabama", AreaType.STATE, "")).orElseThrow());
        assertEquals(RPP.state("AL"), RPP.match(new Area("0100000", "Alabama", AreaType.STATE, "")).orElseThrow());
        assertEquals(RPP.metro("10180"), RPP.match(new Area("0010180", "Abilene, TX", AreaType.METROPOLITAN, ""))
                .orElseThrow());
    }

    @Test
    void californiaDataScientists_136800_are123555AtNationalPrices_byRpp2024() {
        OewsTable states = Oews.read(DataScientists2024.write(dir, "state_M2024_dl.csv"));
        OccupationWages ca = states.area("CA").occupation("15-2051").orElseThrow();
        assertEquals(136_800, ca.annual().median().amount(), 0.0);
        RealWages real = RPP.atNationalPrices(ca);
        assertEquals(136_800 * 100 / 110.720, real.annual().median().amount(), 1e-9);
        assertEquals("$123,555", String.format(java.util.Locale.US, "$%,.0f", real.annual().median().amount()));
        assertTrue(real.toString().contains("$123,555"), real.toString());
        assertEquals(221_080 * 100 / 110.720, real.annual().p90().amount(), 1e-9);
        assertEquals(65.77 * 100 / 110.720, real.hourly().median().amount(), 1e-9);
        assertEquals(136_800, real.nominal().annual().median().amount(), 0.0, "the published row is kept whole");
        assertEquals(Wage.annual(136_800 * 100 / 110.720), RPP.parity("CA", 2024).atNationalPrices(
                Wage.annual(136_800)));
        // Delaware's wages were not released: they stay not released at national prices.
        RealWages de = RPP.atNationalPrices(states.area("DE").occupation("15-2051").orElseThrow());
        assertFalse(de.annual().median().isAvailable());
    }

    @Test
    void acrossYears_beasRealIncomeMethod_rppOfTheWagesYearTimesCpiFromTheWagesOwnYear() {
        OccupationWages tx = Oews.read(DataScientists2024.write(dir, "state_M2024_dl.csv")).area("TX")
                .occupation("15-2051").orElseThrow();
        RealWages real = RPP.atNationalPrices(tx, Cpi.u(), 2025);
        double expected = 106_540 * (100 / 97.057) * (321.943 / 313.689);
        assertEquals(expected, real.annual().median().amount(), 1e-9);
        assertEquals(2025, real.adjustment().dollarsOf());
        assertTrue(real.toString().contains("at U.S. prices, 2025 dollars"), real.toString());
        assertTrue(real.toString().contains("CUUR0000SA0: 2025 321.943 / 2024 313.689"), real.toString());
        // The same year's dollars: the identity of CPI-U, only the RPP.
        assertEquals(106_540 * 100 / 97.057, RPP.atNationalPrices(tx, Cpi.u(), 2024).annual().median().amount(),
                1e-9);
    }

    @Test
    void readingBeasFiles_givesTheEmbeddedValues() throws IOException {
        Path states = copy(PriceParities.EMBEDDED_STATES);
        PriceParities read = PriceParities.read(states);
        assertEquals(110.720, read.parity("CA", 2024).value(), 0.0);
        assertEquals(52, read.areas().size());
        assertTrue(read.metros().isEmpty());
        assertEquals("BEA Regional Price Parities (SARPP)", read.name());
        assertEquals(RPP.parity("Houston", 2024), PriceParities.read(states, copy(PriceParities.EMBEDDED_METROS))
                .parity("Houston", 2024));
        assertEquals(RPP.toTable().rowCount(), PriceParities.read(states, copy(PriceParities.EMBEDDED_METROS))
                .toTable().rowCount());
        assertEquals(440 * 5 * 17, RPP.toTable().rowCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a value that is not a number | 97.057 | abc | row 4, column 2024 (J): raw value 'abc'",
        "a negative value | 97.057 | -1.000 | row 4, column 2024 (J): raw value '-1.000'",
        "a line code out of range | ,SARPP,1, | ,SARPP,9, | column LineCode (E): raw value '9'",
        "another table | ,SARPP,1, | ,SAINC,1, | column TableName (D): raw value 'SAINC'",
        "a description of another line | \"RPPs: All items \" | \"RPPs: Goods\" | column Description (G)",
    })
    void badCells_areFileFormatErrors_namingLineColumnAndRawValue(String what, String from, String to,
                                                                  String expected) throws IOException {
        String good = "GeoFIPS,GeoName,Region,TableName,LineCode,IndustryClassification,Description,Unit,2023,2024\n"
                + " \"00000\",\"United States\", ,SARPP,1,\"...\",\"RPPs: All items \",\"Index\",100.000,100.000\n"
                + " \"06000\",\"California\",8,SARPP,1,\"...\",\"RPPs: All items \",\"Index\",112.195,110.720\n"
                + " \"48000\",\"Texas\",6,SARPP,1,\"...\",\"RPPs: All items \",\"Index\",98.000,97.057\n"
                + "\"U.S. Bureau of Economic Analysis\"\n";
        int cut = good.indexOf(" \"48000\"");
        String bad = good.substring(0, cut) + good.substring(cut).replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        Path f = Files.writeString(dir.resolve("SARPP_bad.csv"), bad, StandardCharsets.UTF_8);
        FileFormatException e = assertThrows(FileFormatException.class, () -> PriceParities.read(f), what);
        assertTrue(e.getMessage().startsWith("SARPP_bad.csv, row 4, column"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        Files.writeString(f, good, StandardCharsets.UTF_8);
        assertEquals(97.057, PriceParities.read(f).parity("TX", 2024).value(), 0.0, "the good file reads");
    }

    @Test
    void aFileThatIsNoRppTable_saysWhatItLacks() throws IOException {
        Path f = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        FileFormatException e = assertThrows(FileFormatException.class, () -> PriceParities.read(f));
        assertTrue(e.getMessage().contains("not a SARPP or MARPP table"), e.getMessage());
    }

    private Path copy(String embedded) throws IOException {
        try (InputStream in = Datasets.open(embedded)) {
            Path f = dir.resolve(embedded.substring(embedded.indexOf('/') + 1));
            Files.write(f, in.readAllBytes());
            return f;
        }
    }
}
