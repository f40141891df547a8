package io.github.wageoutlook.soc;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Estimated shares of workers along the SOC 2010 to 2018 crosswalk, from OEWS national employment before and after
 * the revision. BLS publishes which codes became which, not how many workers moved; this library's assumption is
 * that they moved in proportion to employment:
 * <pre>  flow(x → y) = E_after(y) × E_before(x) / Σ E_before(x') over the SOC 2010 codes x' of y</pre>
 * (each SOC 2018 code's employment is shared among its SOC 2010 predecessors in proportion to their employment).
 * The share of {@code x}'s workers that went to {@code y} is flow(x → y) / Σ flow(x → y') over x's successors; the
 * share of {@code y}'s workers that came from {@code x} is flow(x → y) / Σ flow(x' → y). A one-to-one mapping has
 * both shares 1. A share is absent when an employment it needs was not published under that code (e.g. a SOC code
 * that OEWS publishes only within an aggregate).
 */
final class EmploymentShares {
    private final List<SocCrosswalk.Mapping> mappings;
    private final Map<String, Double> before;
    private final Map<String, Double> after;

    EmploymentShares(List<SocCrosswalk.Mapping> mappings, Map<String, Double> before, Map<String, Double> after) {
        this.mappings = mappings;
        this.before = before;
        this.after = after;
    }

    /** @return the share of {@code from}'s workers estimated to have gone to {@code to} */
    OptionalDouble ofFrom(String from, String to) {
        double total = 0;
        double mine = Double.NaN;
        for (SocCrosswalk.Mapping m : mappings) {
            if (m.soc2010Code().equals(from)) {
                double f = flow(from, m.soc2018Code());
                total += f;
                if (m.soc2018Code().equals(to)) {
                    mine = f;
                }
            }
        }
        return fraction(mine, total);
    }

    /** @return the share of {@code to}'s workers estimated to have come from {@code from} */
    OptionalDouble ofTo(String from, String to) {
        double total = 0;
        double mine = Double.NaN;
        for (SocCrosswalk.Mapping m : mappings) {
            if (m.soc2018Code().equals(to)) {
                double e = employment(before, m.soc2010Code());
                total += e;
                if (m.soc2010Code().equals(from)) {
                    mine = e;
                }
            }
        }
        return fraction(mine, total);
    }

    private double flow(String from, String to) {
        double sources = 0;
        for (SocCrosswalk.Mapping m : mappings) {
            if (m.soc2018Code().equals(to)) {
                sources += employment(before, m.soc2010Code());
            }
        }
        return employment(after, to) * employment(before, from) / sources;
    }

    private static double employment(Map<String, Double> byCode, String code) {
        Double e = byCode.get(code);
        return e == null || !(e > 0) ? Double.NaN : e;
    }

    private static OptionalDouble fraction(double part, double total) {
        double f = part / total;
        return Double.isFinite(f) && f >= 0 && f <= 1 + 1e-12 ? OptionalDouble.of(Math.min(1, f))
                : OptionalDouble.empty();
    }
}
