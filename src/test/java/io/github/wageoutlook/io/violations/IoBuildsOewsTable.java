package io.github.wageoutlook.io.violations;

import io.github.wageoutlook.oews.OewsTable;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class IoBuildsOewsTable {
    private IoBuildsOewsTable() {
    }

    static int rows(OewsTable t) {
        return t.size();
    }
}
