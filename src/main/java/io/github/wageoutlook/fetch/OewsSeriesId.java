package io.github.wageoutlook.fetch;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An OEWS series id of the BLS Public Data API, built as BLS's {@code oe.series} layout documents it:
 * <pre>
 *   OE  U  N  0000000  000000  434051  13
 *   │   │  │  │        │       │       └ data type (01 employment … 13 annual median … 17 location quotient)
 *   │   │  │  │        │       └ occupation: SOC code without its dash (000000 all occupations)
 *   │   │  │  │        └ industry: 6 characters (000000 cross-industry)
 *   │   │  │  └ area: 7 digits (0000000 U.S.; state FIPS + 00000; metropolitan or nonmetropolitan area code,
 *   │   │  │    zero-padded on the left)
 *   │   │  └ area type: N national, S state, M metropolitan or nonmetropolitan area
 *   │   └ not seasonally adjusted
 *   └ survey: OEWS
 * </pre>
 * The API serves only the latest OEWS survey year (no history): for past years, fetch the year's zip with
 * {@link OewsFile} instead.
 *
 * <pre>{@code
 * OewsSeriesId.national("43-4051", OewsDataType.ANNUAL_MEDIAN);        // OEUN000000000000043405113
 * OewsSeriesId.state("48", "29-1141", OewsDataType.ANNUAL_MEAN);       // OEUS480000000000029114104
 * OewsSeriesId.metro("47900", "15-1252", OewsDataType.EMPLOYMENT);     // OEUM004790000000015125201
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param areaType {@code N} national, {@code S} state, {@code M} metropolitan or nonmetropolitan area
 * @param area the 7-digit area code
 * @param industry the 6-character industry code ({@code 000000} cross-industry)
 * @param occupation the 6-digit SOC code without its dash ({@code 000000} all occupations)
 * @param dataType the figure
 */
public record OewsSeriesId(char areaType, String area, String industry, String occupation, OewsDataType dataType) {

    private static final Pattern AREA = Pattern.compile("\\d{7}");
    private static final Pattern INDUSTRY = Pattern.compile("[0-9A-Z-]{6}");
    private static final Pattern OCCUPATION = Pattern.compile("\\d{6}");
    private static final Pattern ID = Pattern.compile("OEU([NSM])(\\d{7})([0-9A-Z-]{6})(\\d{6})(\\d{2})");

    /**
     * Checks the parts.
     *
     * @param areaType {@code N} national, {@code S} state, {@code M} metropolitan or nonmetropolitan area
     * @param area the 7-digit area code
     * @param industry the 6-character industry code ({@code 000000} cross-industry)
     * @param occupation the 6-digit SOC code without its dash ({@code 000000} all occupations)
     * @param dataType the figure
     * @throws IllegalArgumentException for a part of the wrong form, or a national id whose area is not 0000000
     */
    public OewsSeriesId {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(industry, "industry must not be null");
        Objects.requireNonNull(occupation, "occupation must not be null");
        Objects.requireNonNull(dataType, "dataType must not be null");
        if (areaType != 'N' && areaType != 'S' && areaType != 'M') {
            throw new IllegalArgumentException("Invalid value for areaType (valid values N, S, M): '" + areaType + "'");
        }
        if (!AREA.matcher(area).matches() || areaType == 'N' && !area.equals("0000000")) {
            throw new IllegalArgumentException("Invalid value for area (valid values: 7 digits, 0000000 for the U.S.): '"
                    + area + "'");
        }
        if (!INDUSTRY.matcher(industry).matches()) {
            throw new IllegalArgumentException("Invalid value for industry (valid values: 6 characters of BLS's "
                    + "oe.industry codes, 000000 cross-industry): '" + industry + "'");
        }
        if (!OCCUPATION.matcher(occupation).matches()) {
            throw new IllegalArgumentException("Invalid value for occupation (valid values: a SOC code such as "
                    + "43-4051, 000000 all occupations): '" + occupation + "'");
        }
    }

    /**
     * A national cross-industry series.
     *
     * @param soc the SOC code, e.g. {@code 43-4051} ({@code 00-0000} all occupations)
     * @param dataType the figure
     * @return the id
     */
    public static OewsSeriesId national(String soc, OewsDataType dataType) {
        return new OewsSeriesId('N', "0000000", "000000", occupation(soc), dataType);
    }

    /**
     * A state cross-industry series.
     *
     * @param fips the state's 2-digit FIPS code as OEWS files write it in AREA, e.g. {@code 48} (Texas), {@code 6}
     *             or {@code 06} (California)
     * @param soc the SOC code
     * @param dataType the figure
     * @return the id
     * @throws IllegalArgumentException if the FIPS code is not 1 or 2 digits
     */
    public static OewsSeriesId state(String fips, String soc, OewsDataType dataType) {
        Objects.requireNonNull(fips, "fips must not be null");
        String f = fips.strip();
        if (!f.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("Invalid value for fips (valid values: a 2-digit state FIPS code such "
                    + "as 48): '" + fips + "'");
        }
        return new OewsSeriesId('S', (f.length() == 1 ? "0" + f : f) + "00000", "000000", occupation(soc), dataType);
    }

    /**
     * A metropolitan or nonmetropolitan area cross-industry series.
     *
     * @param areaCode the area code as OEWS files write it in AREA, e.g. {@code 47900} (a metropolitan area) or
     *                 {@code 4800003} (a nonmetropolitan area); zero-padded on the left to 7 digits
     * @param soc the SOC code
     * @param dataType the figure
     * @return the id
     * @throws IllegalArgumentException if the code is not 1 – 7 digits
     */
    public static OewsSeriesId metro(String areaCode, String soc, OewsDataType dataType) {
        Objects.requireNonNull(areaCode, "areaCode must not be null");
        String a = areaCode.strip();
        if (!a.matches("\\d{1,7}")) {
            throw new IllegalArgumentException("Invalid value for areaCode (valid values: 1 - 7 digits, e.g. 47900): '"
                    + areaCode + "'");
        }
        return new OewsSeriesId('M', "0".repeat(7 - a.length()) + a, "000000", occupation(soc), dataType);
    }

    /**
     * The series for the area of an OEWS file row, by its AREA_TYPE: 1 U.S., 2 state, 3 U.S. territory (a state
     * series), 4 metropolitan, 6 nonmetropolitan area.
     *
     * @param areaTypeCode the file's AREA_TYPE
     * @param areaCode the file's AREA
     * @param soc the SOC code
     * @param dataType the figure
     * @return the id
     * @throws IllegalArgumentException for another area type, or a code of the wrong form
     */
    public static OewsSeriesId of(int areaTypeCode, String areaCode, String soc, OewsDataType dataType) {
        return switch (areaTypeCode) {
            case 1 -> national(soc, dataType);
            case 2, 3 -> state(areaCode, soc, dataType);
            case 4, 6 -> metro(areaCode, soc, dataType);
            default -> throw new IllegalArgumentException("Invalid value for AREA_TYPE (valid values 1, 2, 3, 4, 6): "
                    + areaTypeCode);
        };
    }

    /**
     * The same series in one industry.
     *
     * @param code the 6-character industry code of BLS's {@code oe.industry} table, e.g. {@code 561400}
     * @return a new id
     */
    public OewsSeriesId withIndustry(String code) {
        return new OewsSeriesId(areaType, area, Objects.requireNonNull(code, "code must not be null").strip()
                .toUpperCase(Locale.ROOT), occupation, dataType);
    }

    /**
     * The same area, industry and occupation, another figure.
     *
     * @param type the figure
     * @return a new id
     */
    public OewsSeriesId withDataType(OewsDataType type) {
        return new OewsSeriesId(areaType, area, industry, occupation, type);
    }

    /**
     * Reads a series id.
     *
     * @param text e.g. {@code OEUN000000000000043405113}
     * @return the id
     * @throws IllegalArgumentException if the text is not an OEWS series id
     */
    public static OewsSeriesId parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        var m = ID.matcher(text.toString().strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid value for OEWS series id (valid values: OEU, N/S/M, 7-digit "
                    + "area, 6-character industry, 6-digit occupation, 2-digit data type, e.g. "
                    + "OEUN000000000000043405113): '" + text + "'");
        }
        return new OewsSeriesId(m.group(1).charAt(0), m.group(2), m.group(3), m.group(4),
                OewsDataType.of(m.group(5)));
    }

    private static String occupation(String soc) {
        Objects.requireNonNull(soc, "soc must not be null");
        String s = soc.strip();
        if (!s.matches("\\d{2}-?\\d{4}")) {
            throw new IllegalArgumentException("Invalid value for SOC code (valid values: 2 digits, a dash, 4 digits, "
                    + "e.g. 43-4051): '" + soc + "'");
        }
        return s.replace("-", "");
    }

    /** @return the SOC code with its dash, e.g. {@code 43-4051} */
    public String socCode() {
        return occupation.substring(0, 2) + "-" + occupation.substring(2);
    }

    /** @return the 25-character series id, e.g. {@code OEUN000000000000043405113} */
    @Override
    public String toString() {
        return "OEU" + areaType + area + industry + occupation + dataType.code();
    }
}
