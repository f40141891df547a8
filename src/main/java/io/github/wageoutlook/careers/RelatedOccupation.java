package io.github.wageoutlook.careers;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of O*NET's Related Occupations: an occupation related to another, with O*NET's tier and index (1 = most
 * related, to 20).
 *
 * <pre>{@code
 * RelatedOccupation r = RelatedOccupations.onet().related("43-4051").get(6);
 * r.onetCode();   // 43-4171.00     r.title();   // Receptionists and Information Clerks
 * r.index();      // 7              r.tier();    // Primary-Long
 * r.socCode();    // 43-4171 (the SOC code the O*NET-SOC code refines)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param relatedTo the O*NET-SOC code of the occupation it is related to, e.g. {@code 43-4051.00}
 * @param onetCode the related occupation's O*NET-SOC code, e.g. {@code 43-4171.00}
 * @param title its O*NET title
 * @param tier O*NET's relatedness tier
 * @param index its rank in O*NET's list, 1 (most related) - 20
 */
public record RelatedOccupation(String relatedTo, String onetCode, String title, Relatedness tier, int index) {

    /** An O*NET-SOC code: a SOC code and two more digits, {@code 43-4051.00}. */
    static final Pattern ONET_CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");

    /**
     * Checks the parts.
     *
     * @param relatedTo the O*NET-SOC code it is related to
     * @param onetCode its O*NET-SOC code
     * @param title its title, not blank
     * @param tier the tier
     * @param index 1 - 20
     * @throws IllegalArgumentException naming the field, its valid values and the value
     */
    public RelatedOccupation {
        checkCode("relatedTo", relatedTo);
        checkCode("onetCode", onetCode);
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(tier, "tier must not be null");
        if (title.isBlank()) {
            throw new IllegalArgumentException("Invalid value for title (valid values: non-blank text): '" + title
                    + "'");
        }
        if (index < 1 || index > 20) {
            throw new IllegalArgumentException("Invalid value for index (valid values 1 - 20): " + index);
        }
    }

    static void checkCode(String field, String code) {
        Objects.requireNonNull(code, field + " must not be null");
        if (!ONET_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Invalid value for " + field + " (valid values: an O*NET-SOC code "
                    + "00-0000.00): '" + code + "'");
        }
    }

    /** @return the SOC code the O*NET-SOC code refines: {@code 43-4171} for {@code 43-4171.00} */
    public String socCode() {
        return onetCode.substring(0, 7);
    }

    /**
     * @return true for one of O*NET's own occupations within a SOC code ({@code 29-1141.01} Acute Care Nurses), which
     *     BLS publishes only as the whole SOC occupation; false for {@code .00}, the SOC occupation itself
     */
    public boolean isOnetDetail() {
        return !onetCode.endsWith(".00");
    }

    /** Prints {@code 7. 43-4171.00 Receptionists and Information Clerks (Primary-Long)}. */
    @Override
    public String toString() {
        return index + ". " + onetCode + " " + title + " (" + tier + ")";
    }
}
