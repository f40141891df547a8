package io.github.wageoutlook.oews.violations;

import io.github.wageoutlook.distributions.WageDistribution;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class OewsUsesDistributions {
    private OewsUsesDistributions() {
    }

    static Class<?> upward() {
        return WageDistribution.class;
    }
}
