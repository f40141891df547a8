package io.github.wageoutlook.soc;

import java.util.Objects;

/**
 * A Standard Occupational Classification code as BLS writes it: two digits, a hyphen, four digits
 * ({@code 43-4051}).
 *
 * <p>SOC codes carry their place in the hierarchy in their digits (SOC User Guide, "Coding Structure"): a major
 * group ends in {@code 0000} ({@code 43-0000}), a minor group in {@code 000} ({@code 43-4000}) or, where SOC 2018
 * numbers minor groups with two digits, in {@code 00} ({@code 15-1200}, {@code 31-1100}, {@code 51-5100}), a broad
 * occupation in {@code 0} ({@code 43-4050}); any other code is a detailed occupation ({@code 43-4051}); {@code 00-0000} is the
 * OEWS total of all occupations. OEWS files also publish a code's level in their {@code O_GROUP} column, and that
 * column is authoritative where BLS aggregates differently (13-1020 is published both as a minor group and as a
 * broad occupation): {@link #structuralLevel()} is only what the digits say.
 *
 * <pre>{@code
 * SocCode csr = SocCode.parse("43-4051");
 * csr.majorGroup();          // 43-0000
 * csr.broadOccupation();     // 43-4050
 * SocCode.parse("434051");   // 43-4051: the six digits of BLS's series ids
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code in the form {@code 00-0000}
 */
public record SocCode(String code) implements Comparable<SocCode> {

    /** The OEWS code of all occupations. */
    public static final SocCode ALL_OCCUPATIONS = new SocCode("00-0000");

    /**
     * Checks the form.
     *
     * @param code the code in the form {@code 00-0000}
     * @throws IllegalArgumentException if the code is not two digits, a hyphen and four digits
     */
    public SocCode {
        Objects.requireNonNull(code, "code must not be null");
        if (!isValid(code)) {
            throw new IllegalArgumentException("Invalid value for SOC code (valid values 00-0000 - 99-9999): '"
                    + code + "'");
        }
    }

    /**
     * Reads a SOC code: {@code 43-4051}, or the same six digits without the hyphen ({@code 434051}, as BLS's OEWS
     * series ids and some exports write it). Surrounding blanks are ignored.
     *
     * @param text the text
     * @return the code
     * @throws IllegalArgumentException if the text is neither form
     */
    public static SocCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.toString().strip();
        if (t.length() == 6 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new SocCode(t.substring(0, 2) + "-" + t.substring(2));
        }
        return new SocCode(t);
    }

    /**
     * Whether a text is a SOC code in BLS's form {@code 00-0000} (exactly; {@link #parse} is the lenient reader).
     *
     * @param text the text, may be null
     * @return true for a well-formed code
     */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 7 || text.charAt(2) != '-') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            char c = text.charAt(i);
            if (i != 2 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** @return the level the digits give (see the class documentation; OEWS's {@code O_GROUP} can differ) */
    public GroupLevel structuralLevel() {
        if (code.equals(ALL_OCCUPATIONS.code)) {
            return GroupLevel.TOTAL;
        }
        if (code.endsWith("0000")) {
            return GroupLevel.MAJOR;
        }
        if (code.endsWith("00")) {
            return GroupLevel.MINOR; // 43-4000, and the SOC 2018 minor groups with a second digit: 15-1200, 31-1100
        }
        return code.endsWith("0") ? GroupLevel.BROAD : GroupLevel.DETAILED;
    }

    /** @return the two-digit major group number, e.g. {@code 43} for 43-4051 */
    public String majorGroupNumber() {
        return code.substring(0, 2);
    }

    /** @return the major group, e.g. 43-0000 for 43-4051 */
    public SocCode majorGroup() {
        return new SocCode(code.substring(0, 3) + "0000");
    }

    /** @return the minor group, e.g. 43-4000 for 43-4051 */
    public SocCode minorGroup() {
        return new SocCode(code.substring(0, 4) + "000");
    }

    /** @return the broad occupation, e.g. 43-4050 for 43-4051 */
    public SocCode broadOccupation() {
        return new SocCode(code.substring(0, 6) + "0");
    }

    /**
     * Whether this code is {@code other} or lies under it in the hierarchy by its digits (43-4051 is within 43-4050,
     * 43-4000, 43-0000 and 00-0000).
     *
     * @param other a group or occupation
     * @return true if this code is within {@code other}
     */
    public boolean isWithin(SocCode other) {
        return switch (other.structuralLevel()) {
            case TOTAL -> true;
            case MAJOR -> majorGroup().equals(other);
            case MINOR -> minorGroup().equals(other);
            case BROAD -> broadOccupation().equals(other);
            case DETAILED -> equals(other);
        };
    }

    @Override
    public int compareTo(SocCode other) {
        return code.compareTo(other.code);
    }

    /** @return the code, {@code 43-4051}; {@link #parse} reads it back */
    @Override
    public String toString() {
        return code;
    }
}
