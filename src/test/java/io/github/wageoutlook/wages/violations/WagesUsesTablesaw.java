package io.github.wageoutlook.wages.violations;

import tech.tablesaw.api.Table;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class WagesUsesTablesaw {
    private WagesUsesTablesaw() {
    }

    static Object table() {
        return Table.create("wages");
    }
}
