package io.github.wageoutlook.datasets.violations;

import io.github.wageoutlook.oews.Oews;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class DatasetsLoadsOews {
    private DatasetsLoadsOews() {
    }

    static Object national() {
        return Oews.national(2018);
    }
}
