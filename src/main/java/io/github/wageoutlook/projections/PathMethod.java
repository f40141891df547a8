package io.github.wageoutlook.projections;

/**
 * How employment moves between the base and the projected year. BLS publishes only the two end points; the path
 * between them is an assumption, and this names it.
 *
 * <pre>{@code projection.employmentIn(2020, PathMethod.LINEAR);}</pre>
 */
public enum PathMethod {
    /** Constant annual growth rate: E(t) = E₀ × (1 + CAGR)^(t − t₀). The default. */
    COMPOUND,
    /** Constant annual change: E(t) = E₀ + (E₁ − E₀) × (t − t₀) / (t₁ − t₀). */
    LINEAR
}
