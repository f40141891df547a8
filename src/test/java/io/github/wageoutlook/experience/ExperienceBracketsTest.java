package io.github.wageoutlook.experience;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperienceBracketsTest {

    private static final String CSR = "43-4051";

    private static ExperienceBracket b(double lo, double hi, Wage pay) {
        return ExperienceBracket.of(CSR, "Customer service representatives", lo, hi, pay, 2019, "test");
    }

    private static ExperienceBracket b(double lo, double hi, double annual) {
        return b(lo, hi, Wage.annual(annual));
    }

    @Test
    void embedded_holdsPayScaleFiguresQuotedForCustomerServiceRepresentatives() {
        ExperienceBrackets all = ExperienceBrackets.embedded();
        assertEquals(List.of(CSR), all.occupationCodes());
        ExperienceBrackets csr = all.occupation(CSR).orElseThrow();
        assertEquals(4, csr.size());
        double[][] expected = {{0, 5, 28_000}, {5, 10, 30_000}, {10, 20, 32_000}, {20, Double.POSITIVE_INFINITY,
            34_000}};
        for (int i = 0; i < 4; i++) {
            ExperienceBracket x = csr.bracket(i);
            assertEquals(expected[i][0], x.lowerYears());
            assertEquals(expected[i][1], x.upperYears());
            assertEquals(Wage.annual(expected[i][2]), x.pay());
            assertEquals(OptionalInt.empty(), x.sampleCount());
        }
        assertTrue(csr.bracket(3).isOpen());
        assertEquals("20+ yrs", csr.bracket(3).label());
        assertTrue(all.occupation("99-9999").isEmpty());
        assertEquals(4, all.search("CUSTOMER service").size());
    }

    @Test
    void careerStages_layPayScalesFiveStagesAsTouchingBrackets() {
        ExperienceBrackets s = ExperienceBrackets.careerStages("15-1252", "Software developers",
                List.of(Wage.annual(70_000), Wage.annual(82_000), Wage.annual(101_000), Wage.annual(118_000),
                        Wage.annual(127_000)), 2024, "example");
        assertEquals(5, s.size());
        assertEquals(List.of("0–1 yrs", "1–5 yrs", "5–10 yrs", "10–20 yrs", "20+ yrs"),
                s.stream().map(ExperienceBracket::label).toList());
        // Rising stages whose free Mincer fit peaks inside the open 20+ bracket: the default keeps the rising shape.
        ExperienceCurve curve = ExperienceCurve.fit(s);
        assertEquals(CurveMethod.MONOTONE, curve.method());
        assertTrue(curve.methodChoice().orElseThrow().contains("turns down at 21.7 years, inside the 20+ yrs "
                + "bracket"), curve.methodChoice().toString());
        assertThrows(IllegalArgumentException.class, () -> ExperienceBrackets.careerStages("15-1252", "x",
                List.of(Wage.annual(1)), 2024, "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"< 1", "<1", "1-4", "1–4 years", "5-9 yrs", "10-19", "20+", "20+ years", "mid"})
    void careerStage_parse_readsPayScalesLabels(String label) {
        CareerStage s = CareerStage.parse(label);
        assertTrue(s.upperYears() > s.lowerYears());
    }

    @Test
    void careerStage_parse_ofAnUnknownLabel_namesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CareerStage.parse("3-7"));
        assertTrue(e.getMessage().contains("< 1, 1-4, 5-9, 10-19, 20+") && e.getMessage().contains("'3-7'"));
        assertEquals(10, CareerStage.parse("5-9").upperYears());
    }

    static Stream<Arguments> badLayouts() {
        return Stream.of(
                Arguments.of("overlapping", List.of(b(0, 5, 28_000), b(3, 10, 30_000)),
                        "bracket 2 (43-4051 3–10 yrs", "lowerYears 3 overlaps the previous bracket 0–5 yrs"),
                Arguments.of("unordered", List.of(b(5, 10, 30_000), b(0, 5, 28_000)),
                        "bracket 2 (43-4051 0–5 yrs", "lowerYears 0 is out of order"),
                Arguments.of("open not last", List.of(b(0, 5, 28_000),
                        ExperienceBracket.open(CSR, "x", 5, Wage.annual(30_000), 2019, "t"), b(10, 20, 32_000)),
                        "bracket 2 (43-4051 5+ yrs", "upperYears open is not allowed here"),
                Arguments.of("mixed bases", List.of(b(0, 5, 28_000), b(5, 10, Wage.hourly(14.5))),
                        "bracket 2 (43-4051 5–10 yrs $14.50/hr", "basis hourly differs from the first bracket's "
                                + "basis annual"),
                Arguments.of("mixed currency years", List.of(b(0, 5, 28_000), new ExperienceBracket(CSR, "x", 5, 10,
                        Wage.annual(30_000), 2021, OptionalInt.empty(), "t")),
                        "bracket 2", "currencyYear 2021 differs from the first bracket's 2019"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLayouts")
    void of_badLayout_isRefusedNamingTheBracketAndTheValue(String what, List<ExperienceBracket> list, String where,
                                                           String problem) {
        InvalidBracketException e = assertThrows(InvalidBracketException.class,
                () -> ExperienceBrackets.of("test", list));
        assertTrue(e.getMessage().contains(where), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(1, e.index());
    }

    @Test
    void bracket_withNegativeYears_isRefusedNamingTheFieldRangeAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b(-2, 5, 28_000));
        assertEquals("Invalid value for lowerYears of a 43-4051 bracket (valid values 0 - 60): -2", e.getMessage());
    }

    @Test
    void bracket_withUpperNotAboveLower_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b(5, 5, 28_000));
        assertTrue(e.getMessage().startsWith("Invalid value for upperYears of a 43-4051 bracket (valid values above lowerYears 5"),
                e.getMessage());
    }

    @Test
    void bracket_withPayZero_isRefusedNamingThePay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b(0, 5, 0));
        assertEquals("Invalid value for pay of bracket 43-4051 0–5 yrs (valid values > 0): $0/yr", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b(0, 5, -100));
    }

    @Test
    void bracket_withoutSampleCountOrWithZero_isUnknownOrRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExperienceBracket(CSR, "x", 0, 5, Wage.annual(1), 2019,
                OptionalInt.of(0), "t"));
        assertThrows(IllegalArgumentException.class, () -> new ExperienceBracket(" ", "x", 0, 5, Wage.annual(1),
                2019, OptionalInt.empty(), "t"));
    }

    @Test
    void gapsBetweenBrackets_areAllowed() {
        ExperienceBrackets gap = ExperienceBrackets.of(b(0, 2, 27_000), b(5, 10, 30_000), b(15, 20, 33_000));
        assertEquals(3, gap.size());
    }

    @Test
    void toTable_andBack_keepsEveryBracket() {
        ExperienceBrackets seed = ExperienceBrackets.embedded();
        ExperienceBrackets again = ExperienceBrackets.from(seed.toTable());
        assertEquals(seed.rows(), again.rows());
        assertTrue(seed.toTable().doubleColumn("UPPER_YEARS").isMissing(3), "an open bracket is a missing upper year");
        assertTrue(seed.toString().contains("20+ yrs"), seed.toString());
        assertEquals(WageBasis.ANNUAL.name().toLowerCase(java.util.Locale.ROOT),
                seed.toTable().stringColumn("BASIS").get(0));
    }

    @Test
    void ofTable_withAMissingColumn_namesIt() {
        tech.tablesaw.api.Table t = ExperienceBrackets.embedded().toTable().removeColumns("PAY");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperienceBrackets.from(t));
        assertTrue(e.getMessage().contains("missing column PAY"), e.getMessage());
    }
}
