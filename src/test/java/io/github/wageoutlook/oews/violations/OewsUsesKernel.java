package io.github.wageoutlook.oews.violations;

import io.github.spencerpark.jupyter.kernel.BaseKernel;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class OewsUsesKernel {
    private OewsUsesKernel() {
    }

    static Class<?> kernel() {
        return BaseKernel.class;
    }
}
