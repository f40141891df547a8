package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Context;
import java.util.Objects;

/**
 * A context (year, area, industry, ownership) and a major occupation group: the key of
 * {@link DistributionColumns#wageAtByContextAndMajorGroup}.
 *
 * @param context the year, area, industry and ownership
 * @param majorGroup the two-digit major group, e.g. {@code 43}
 */
public record ContextGroup(Context context, String majorGroup) {
    /**
     * Checks both parts are present.
     *
     * @param context the context
     * @param majorGroup the two-digit major group
     */
    public ContextGroup {
        Objects.requireNonNull(context, "context must not be null");
        Objects.requireNonNull(majorGroup, "majorGroup must not be null");
    }
}
