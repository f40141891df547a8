package io.github.wageoutlook.wages;

import io.github.wageoutlook.oews.TopCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WageTest {

    @Test
    void toAnnual_usesBlsWorkYearOf2080Hours() {
        assertEquals(33_758.4, Wage.hourly(16.23).toAnnual().amount(), 1e-9);
        assertEquals(16.225961538461538, Wage.annual(33_750).toHourly().amount(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"33750, ANNUAL, '$33,750/yr'", "16.23, HOURLY, $16.23/hr", "239200, ANNUAL, '$239,200/yr'",
        "33758.4, ANNUAL, '$33,758.40/yr'", "0, HOURLY, $0.00/hr"})
    void parse_readsBackWhatToStringPrints(double amount, WageBasis basis, String text) {
        Wage w = Wage.of(amount, basis);
        assertEquals(text, w.toString());
        assertEquals(w, Wage.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"16.22596153846154, HOURLY, $16.22596153846154/hr", "33758.4012, ANNUAL, '$33,758.4012/yr'",
        "0.005, HOURLY, $0.005/hr", "33750.5, ANNUAL, '$33,750.50/yr'", "1234567.891, ANNUAL, '$1,234,567.891/yr'",
        "1e20, ANNUAL, '$100,000,000,000,000,000,000/yr'"})
    void toString_printsTheExactAmount_soThatParseGivesTheSameWageBack(double amount, WageBasis basis, String text) {
        Wage w = Wage.of(amount, basis);
        assertEquals(text, w.toString());
        assertEquals(w, Wage.parse(w.toString()));
        assertEquals(amount, Wage.parse(w.toString()).amount(), 0.0);
    }

    @Test
    void toString_ofAnUnroundedWage_isNotTheRoundedFigure() {
        Wage perHour = Wage.annual(33_750).toHourly();
        assertEquals("$16.22596153846154/hr", perHour.toString());
        assertEquals("$16.23/hr", perHour.rounded().toString());
        assertEquals(perHour, Wage.parse(perHour.toString()));
    }

    @Test
    void equals_needsTheSameBasisAndAmount_andNegativeZeroIsZero() {
        assertEquals(Wage.hourly(16.23), Wage.of(16.23, WageBasis.HOURLY));
        assertEquals(Wage.hourly(16.23).hashCode(), Wage.of(16.23, WageBasis.HOURLY).hashCode());
        assertNotEquals(Wage.hourly(16.23), Wage.annual(16.23));
        assertNotEquals(Wage.hourly(16.23).toAnnual(), Wage.hourly(16.23));
        assertEquals(Wage.annual(0), Wage.annual(-0.0));
        assertEquals("$0/yr", Wage.annual(-0.0).toString());
    }

    @Test
    void rounded_followsBlsPublication_centsHourly_tensAnnual() {
        assertEquals(Wage.annual(33_760), Wage.hourly(16.23).toAnnual().rounded());
        assertEquals(Wage.hourly(16.23), Wage.hourly(16.2259).rounded());
        assertEquals(Wage.annual(151_470), Wage.hourly(72.82).toAnnual().rounded());
    }

    @Test
    void compareTo_mixedBases_throwsBasisMismatchNamingBoth() {
        BasisMismatchException e = assertThrows(BasisMismatchException.class,
                () -> Wage.annual(33_750).compareTo(Wage.hourly(16.23)));
        assertTrue(e.getMessage().contains("expected annual but got hourly"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void negativeOrNonFiniteAmount_isRejectedWithFieldRangeAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wage.annual(-1));
        assertEquals("Invalid value for amount (valid values 0 - finite dollars): -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Wage.hourly(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Wage.parse("33750"));
        assertThrows(IllegalArgumentException.class, () -> Wage.parse("abc/yr"));
    }

    @Test
    void topCodedFigure_isLowerBound_andPrintsAsAtLeast() {
        WageFigure f = WageFigure.topCoded(TopCode.of(2022).annual());
        assertTrue(f.isLowerBound());
        assertEquals("≥ $239,200", f.toString());
        assertEquals(Wage.annual(239_200), f.wage());
        assertTrue(f.exact().isEmpty());
    }

    @Test
    void notAvailableFigure_refusesToInventAValue() {
        WageFigure f = WageFigure.notAvailable(WageBasis.HOURLY);
        IllegalStateException e = assertThrows(IllegalStateException.class, f::wage);
        assertTrue(e.getMessage().contains("'*'"), e.getMessage());
        assertEquals("n/a", f.toString());
    }

    @ParameterizedTest
    @CsvSource({"2014, 90", "2015, 90", "2016, 100", "2021, 100", "2022, 115", "2024, 115"})
    void topCode_byYear(int year, double hourly) {
        assertEquals(Wage.hourly(hourly), TopCode.of(year).hourly());
        assertEquals(Wage.annual(hourly * 2080), TopCode.of(year).annual());
    }

    @Test
    void topCode_foundInFieldDescriptionSentence() {
        assertEquals(TopCode.of(Wage.hourly(115)), TopCode.find(
                "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year ").orElseThrow());
        assertTrue(TopCode.find("Ownership type: 1= Federal Government").isEmpty());
    }

    @Test
    void topCode_ofEitherThreshold_isTheYearsTopCode() {
        assertEquals(TopCode.of(2022), TopCode.of(Wage.annual(239_200)));
        assertEquals(TopCode.of(2022), TopCode.of(Wage.hourly(115)));
        assertEquals("$115.00/hr or $239,200/yr", TopCode.of(2022).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopCode.parse("$115.00/hr or $208,000/yr"));
        assertEquals("Invalid value for annual (valid values: hourly × 2,080 = $239,200/yr, within $0.50): "
                + "$208,000/yr", e.getMessage());
    }
}
