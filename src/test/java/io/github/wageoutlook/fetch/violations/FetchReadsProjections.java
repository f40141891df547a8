package io.github.wageoutlook.fetch.violations;

import io.github.wageoutlook.projections.ProjectionsTable;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class FetchReadsProjections {
    private FetchReadsProjections() {
    }

    static int rows(ProjectionsTable t) {
        return t.size();
    }
}
