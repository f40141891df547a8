package io.github.wageoutlook.projections;

/**
 * How much of a cycle's descriptor thresholds rests on a published source.
 *
 * <pre>{@code if (scale.basis() == ThresholdBasis.INFERRED) System.out.println(scale.source());}</pre>
 */
public enum ThresholdBasis {
    /** Every bound is taken from a cited publication. */
    PUBLISHED,
    /** Some bounds are cited, the rest are stated in the source text as unverified. */
    PARTLY_PUBLISHED,
    /** No thresholds are known for the cycle: they follow the rule in {@link DescriptorScale#of}. */
    INFERRED
}
