package io.github.wageoutlook.display.violations;

import org.apache.commons.math3.util.FastMath;

/** Breaks one architecture rule on purpose, for {@code ArchitectureRulesFailTest} and {@code PackageCyclesTest}. */
public final class DisplayUsesMath {
    private DisplayUsesMath() {
    }

    static double math(double x) {
        return FastMath.log(x);
    }
}
