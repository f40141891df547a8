package io.github.wageoutlook.distributions;

import java.util.Objects;

/**
 * An area and a major occupation group: the key of {@link DistributionColumns#wageAtByAreaAndMajorGroup}.
 *
 * @param area BLS's area code, e.g. {@code 99} for the nation or {@code 0035620} for a metropolitan area
 * @param majorGroup the two-digit major group, e.g. {@code 43}
 */
public record AreaGroup(String area, String majorGroup) {
    /**
     * Checks both parts are present.
     *
     * @param area BLS's area code
     * @param majorGroup the two-digit major group
     */
    public AreaGroup {
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(majorGroup, "majorGroup must not be null");
    }
}
