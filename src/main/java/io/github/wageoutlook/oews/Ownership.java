package io.github.wageoutlook.oews;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OEWS ownership ({@code OWN_CODE}): which employers the estimate covers, named as the file's Field Descriptions
 * sheet defines the code.
 *
 * <p>The codes are combinations of the digits 1 (federal government), 2 (state government), 3 (local government)
 * and 5 (private), with 7, 8 and 9 for BLS's special groupings. The definitions printed in every OEWS workbook since
 * May 2019 (BLS, OEWS Field Descriptions, "own_code"), which {@link #definitions()} holds for files without that
 * sheet: 1 Federal Government; 2 State Government; 3 Local Government; 123 Federal, State, and Local Government; 235
 * Private, State, and Local Government; 35 Private and Local Government; 5 Private; 57 Private, Local Government
 * Gambling Establishments (Sector 71), and Local Government Casino Hotels (Sector 72); 58 Private plus State and Local
 * Government Hospitals; 59 Private and Postal Service; 1235 Federal, State, and Local Government and Private Sector.
 *
 * <pre>{@code
 * Ownership.ALL;             // 1235 Federal, State, and Local Government and Private Sector
 * Ownership.of("5");         // 5 Private
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code {@code OWN_CODE} as BLS writes it, e.g. {@code 5}
 * @param title the code's definition, e.g. {@code Private}
 */
public record Ownership(String code, String title) {

    private static final Pattern CODE = Pattern.compile("\\d{1,4}");
    private static final Pattern DEFINITION = Pattern.compile("(\\d{1,4})\\s*=\\s*([^;]+)");
    private static final Map<String, String> BLS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("1", "Federal Government");
        m.put("2", "State Government");
        m.put("3", "Local Government");
        m.put("123", "Federal, State, and Local Government");
        m.put("235", "Private, State, and Local Government");
        m.put("35", "Private and Local Government");
        m.put("5", "Private");
        m.put("57", "Private, Local Government Gambling Establishments (Sector 71), and Local Government Casino Hotels "
                + "(Sector 72)");
        m.put("58", "Private plus State and Local Government Hospitals");
        m.put("59", "Private and Postal Service");
        m.put("1235", "Federal, State, and Local Government and Private Sector");
        BLS = Collections.unmodifiableMap(m);
    }

    /** Every employer: the ownership of cross-industry files, and the default of files without an OWN_CODE column. */
    public static final Ownership ALL = new Ownership("1235", BLS.get("1235"));

    /**
     * Checks the parts.
     *
     * @param code one to four digits
     * @param title the definition
     * @throws IllegalArgumentException if the code is not one to four digits
     */
    public Ownership {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(title, "title must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Invalid value for OWN_CODE (valid values: 1 to 4 digits, e.g. 5, "
                    + "1235): '" + code + "'");
        }
    }

    /**
     * The ownership of a code, named by BLS's definition, or, for a code BLS's Field Descriptions do not define,
     * by the code itself with that said.
     *
     * @param code {@code OWN_CODE}, e.g. {@code 5}
     * @return the ownership
     * @throws IllegalArgumentException if the code is not one to four digits
     */
    public static Ownership of(String code) {
        Objects.requireNonNull(code, "code must not be null");
        String title = BLS.get(code.strip());
        return new Ownership(code.strip(), title != null ? title
                : "ownership " + code.strip() + " (not defined in BLS's OEWS field descriptions)");
    }

    /** @return BLS's definitions of every OWN_CODE, code to title, in the order the Field Descriptions list them */
    public static Map<String, String> definitions() {
        return BLS;
    }

    /**
     * Finds the definitions in a longer text, a Field Descriptions cell such as "Ownership type: 1= Federal
     * Government; 2= State Government; …; 1235= Federal, State, and Local Government and Private Sector" (as
     * {@link TopCode#find(String)} finds the top-code in another cell of the sheet).
     *
     * @param sentence the cell text
     * @return code to title, in order; empty if the text defines no ownership
     */
    public static Map<String, String> findDefinitions(String sentence) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        int start = sentence.toLowerCase(java.util.Locale.ROOT).indexOf("ownership type");
        if (start < 0) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(sentence.substring(start));
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return true for every employer together ({@code 1235}) */
    public boolean isAll() {
        return code.equals(ALL.code);
    }

    /** Prints the title and the code, e.g. {@code Private (OWN_CODE 5)}. */
    @Override
    public String toString() {
        return title + " (OWN_CODE " + code + ")";
    }
}
