package io.github.wageoutlook.soc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SocCodeTest {

    @ParameterizedTest
    @CsvSource({
        "00-0000, TOTAL",
        "43-0000, MAJOR",
        "43-4000, MINOR",
        "15-1200, MINOR",
        "31-1100, MINOR",
        "15-1250, BROAD",
        "43-4050, BROAD",
        "43-4051, DETAILED",
        "15-1252, DETAILED",
    })
    void structuralLevel_followsTheDigits(String code, GroupLevel level) {
        assertEquals(level, SocCode.parse(code).structuralLevel());
    }

    @Test
    void parents_ofCustomerServiceRepresentatives() {
        SocCode csr = SocCode.parse("43-4051");
        assertEquals("43-0000", csr.majorGroup().toString());
        assertEquals("43-4000", csr.minorGroup().toString());
        assertEquals("43-4050", csr.broadOccupation().toString());
        assertEquals("43", csr.majorGroupNumber());
        assertTrue(csr.isWithin(SocCode.parse("43-4000")));
        assertTrue(csr.isWithin(SocCode.ALL_OCCUPATIONS));
        assertFalse(csr.isWithin(SocCode.parse("41-0000")));
        assertFalse(SocCode.parse("43-4050").isWithin(csr));
    }

    @Test
    void parse_readsSixDigitsAndWhatToStringPrints() {
        assertEquals(new SocCode("43-4051"), SocCode.parse("434051"));
        assertEquals(new SocCode("43-4051"), SocCode.parse(" 43-4051 "));
        SocCode c = SocCode.parse("15-1252");
        assertEquals(c, SocCode.parse(c.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "43-405", "43-40511", "434-051", "4340511", "43_4051", "ab-cdef", "43-4O51"})
    void parse_refusesMalformedCodes_namingTheValue(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SocCode.parse(text));
        assertTrue(e.getMessage().contains("SOC code") && e.getMessage().contains("'" + text.strip() + "'"),
                e.getMessage());
        assertFalse(SocCode.isValid(text));
    }
}
