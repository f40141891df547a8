package io.github.wageoutlook.oews;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OEWS row parser's number reading, against the JDK's. */
class OewsRowParserTest {

    @Test
    void parseNumber_fastPathAgreesWithParseDouble() {
        String[] samples = {"0", "16.23", "33750", "0.1", "72.82", "123456789012345", "1.5", "99.995", "208000.0"};
        for (String s : samples) {
            assertEquals(Double.parseDouble(s), OewsRowParser.parseNumber(s), s);
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            String s = random.nextInt(0, 1_000_000) + "." + random.nextInt(0, 100);
            assertEquals(Double.parseDouble(s), OewsRowParser.parseNumber(s), s);
        }
        assertEquals(2_871_400, OewsRowParser.parseNumber("2,871,400"));
        assertEquals(Double.NaN, OewsRowParser.parseNumber("1,23"));
        assertEquals(Double.NaN, OewsRowParser.parseNumber("1,234.5"));   // not a BLS format: see parseNumber
        assertEquals(0, Double.doubleToRawLongBits(OewsRowParser.parseNumber("-0.00")));
        assertEquals(Double.NaN, OewsRowParser.parseNumber("NaN"));
        assertEquals(Double.NaN, OewsRowParser.parseNumber("0x10"));
    }
}
