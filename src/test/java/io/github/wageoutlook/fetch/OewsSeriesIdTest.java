package io.github.wageoutlook.fetch;

import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OewsSeriesIdTest {

    @Test
    void ids_followBlsOeSeriesLayout() {
        assertEquals("OEUN000000000000043405113",
                OewsSeriesId.national("43-4051", OewsDataType.ANNUAL_MEDIAN).toString());
        assertEquals("OEUS480000000000029114104",
                OewsSeriesId.state("48", "29-1141", OewsDataType.ANNUAL_MEAN).toString());
        assertEquals("OEUS060000000000015125217",
                OewsSeriesId.state("6", "15-1252", OewsDataType.LOCATION_QUOTIENT).toString());
        assertEquals("OEUM004790000000015125201",
                OewsSeriesId.metro("47900", "15-1252", OewsDataType.EMPLOYMENT).toString());
        assertEquals("OEUN000000054150015125204", OewsSeriesId.national("15-1252", OewsDataType.ANNUAL_MEAN)
                .withIndustry("541500").toString());
        assertEquals(OewsSeriesId.state("48", "43-4051", OewsDataType.HOURLY_MEDIAN),
                OewsSeriesId.of(2, "48", "434051", OewsDataType.HOURLY_MEDIAN));
        assertEquals('M', OewsSeriesId.of(6, "4800003", "43-4051", OewsDataType.EMPLOYMENT).areaType());
    }

    @Test
    void parse_readsBackWhatToStringPrints() {
        OewsSeriesId id = OewsSeriesId.parse("OEUM001018000000015125404");
        assertEquals("0010180", id.area());
        assertEquals("15-1254", id.socCode());
        assertEquals(OewsDataType.ANNUAL_MEAN, id.dataType());
        assertEquals("A_MEAN", id.dataType().column());
        assertEquals(id, OewsSeriesId.parse(id.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OEUX000000000000043405113", "OEUN000000000000043405118", "OEUN00000000000004340511",
            "OEUN100000000000043405113", "CUUR0000SA0"})
    void malformedIds_areRefusedWithTheLayout(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OewsSeriesId.parse(text));
        assertTrue(e.getMessage().startsWith("Invalid value for"), e.getMessage());
    }

    @Test
    void periods_coverMonthsQuartersHalvesAndAnnual_withTheirAnnualAverages() {
        assertTrue(Period.parse("M13").isAnnualAverage());
        assertTrue(Period.parse("Q05").isAnnualAverage());
        assertTrue(Period.parse("S03").isAnnualAverage());
        assertFalse(Period.parse("M12").isAnnualAverage());
        assertTrue(Period.parse("A01").isAnnual());
        assertEquals(Month.JANUARY, Period.parse("M01").month().orElseThrow());
        assertTrue(Period.parse("M13").month().isEmpty());
        assertTrue(Period.parse("M12").compareTo(Period.parse("M13")) < 0);
        for (String bad : new String[] {"M00", "M14", "Q06", "S04", "A02", "X01", "M1", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
        }
    }

    @Test
    void aValueThatIsNotANumber_isMissing_neverZero() {
        Observation dash = new Observation("X", 2024, Period.parse("A01"), "Annual", "-", java.util.List.of(), true,
                java.util.Map.of());
        assertTrue(dash.number().isEmpty());
        Observation number = new Observation("X", 2024, Period.parse("M01"), "January", "308.417",
                java.util.List.of(new Footnote("P", "preliminary")), false, java.util.Map.of());
        assertEquals(308.417, number.number().getAsDouble());
        assertTrue(number.isPreliminary());
    }

    @Test
    void splitting_givesTheDocumentedNumberOfRequests() {
        SeriesRequest r = SeriesRequest.of(java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> String.format("CUUR%04dSA0", i)).toList(), 1999, 2023);
        assertEquals(4, r.split(ApiLimits.WITH_KEY).size());
        assertEquals(9, r.split(ApiLimits.WITHOUT_KEY).size());
        assertEquals(1, SeriesRequest.of(java.util.List.of("CUUR0000SA0"), 2014, 2023).split(ApiLimits.WITHOUT_KEY)
                .size());
        assertEquals(java.util.List.of(1999, 2009, 2019), r.split(ApiLimits.WITHOUT_KEY).stream().limit(3)
                .map(SeriesRequest::startYear).toList());
    }
}
