package io.github.wageoutlook.cli;

import io.github.wageoutlook.distributions.DistributionAccuracy;
import io.github.wageoutlook.distributions.NeighbourYearShape;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code accuracy}: how well the wage-distribution model predicts figures BLS published but the model was not
 * given, on the embedded 2014–2025 files, beside the simple baselines.
 */
final class AccuracyCommand implements Command {
    /** The first May survey BLS estimated with its model-based (MB3) method. */
    static final int MB3_FIRST_YEAR = 2021;

    @Override
    public String name() {
        return "accuracy";
    }

    @Override
    public String usage() {
        return "accuracy [--year YYYY]";
    }

    @Override
    public String summary() {
        return "Measured accuracy of the wage-distribution model vs baselines on the shipped OEWS files (held-out "
                + "percentiles, major-group medians).";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = Arguments.parse(words, Set.of("year"), Set.of());
        args.atMost(0);
        List<Integer> years = args.option("year").isPresent() ? List.of(Occupations.year(args))
                : Oews.nationalYears();
        List<OewsTable> tables = years.stream().map(Oews::national).toList();
        // One year asked for: the shape correction reads the shipped years within its window, never the year itself.
        int only = years.get(0);
        List<Integer> neighbours = years.size() > 1 ? List.of() : Oews.nationalYears().stream()
                .filter(y -> y != only && Math.abs(y - only) <= NeighbourYearShape.WINDOW).toList();
        if (years.size() == 1) {
            out.printf("Wage-distribution accuracy on the OEWS national file %d, annual wages.%n", only);
            out.println(neighbours.isEmpty() ? "No neighbouring year is shipped: the shape correction changes nothing."
                    : "Neighbouring years whose shapes correct the estimates (their figures are not scored): "
                    + neighbours + ".");
        } else {
            out.printf("Wage-distribution accuracy on OEWS national files %d–%d, annual wages.%n", years.get(0),
                    years.get(years.size() - 1));
        }
        out.println("MAPE = mean |estimate / published - 1|; rows = published figures predicted; skipped = top-coded"
                + " or not published.");
        String check = "";
        List<OewsTable> shapesOnly = neighbours.stream().map(Oews::national).toList();
        for (DistributionAccuracy.Result r : DistributionAccuracy.measure(tables, shapesOnly)) {
            if (!r.check().equals(check)) {
                check = r.check();
                out.println();
                out.println(check);
                out.printf("  %-7s %-66s %6s %7s %7s  %s%n", "figure", "method", "rows", "skipped", "MAPE", "target");
            }
            String target = r.target().isPresent()
                    ? String.format(Locale.ROOT, "≤ %.1f%% %s", r.target().getAsDouble(), r.meetsTarget() ? "met"
                    : "MISSED") : "";
            out.printf(Locale.ROOT, "  %-7s %-66s %6d %7d %6.2f%%  %s%n", r.statistic(),
                    r.method() + (r.baseline() ? " (baseline)" : ""), r.rows(), r.skipped(), r.mape(), target);
        }
        if (years.size() > 1 && years.get(0) < MB3_FIRST_YEAR && years.get(years.size() - 1) >= MB3_FIRST_YEAR) {
            // BLS moved to model-based (MB3) estimation with the May 2021 files; the errors differ markedly.
            List<Integer> before = years.stream().filter(y -> y < MB3_FIRST_YEAR).toList();
            List<Integer> after = years.stream().filter(y -> y >= MB3_FIRST_YEAR).toList();
            List<DistributionAccuracy.Result> early = DistributionAccuracy.measure(
                    before.stream().map(Oews::national).toList());
            List<DistributionAccuracy.Result> late = DistributionAccuracy.measure(
                    after.stream().map(Oews::national).toList());
            out.println();
            out.printf("This model by period (BLS's MB3 estimation starts with May %d):%n", MB3_FIRST_YEAR);
            out.printf("  %-7s %-44s %6s %8s %6s %8s%n", "figure", "check", "rows", before.get(0) + "–"
                    + before.get(before.size() - 1), "rows", after.get(0) + "–" + after.get(after.size() - 1));
            for (int i = 0; i < early.size(); i++) {
                DistributionAccuracy.Result e = early.get(i);
                DistributionAccuracy.Result l = late.get(i);
                if (e.baseline() || e.method().endsWith("without the mean")) {
                    continue;
                }
                String name = e.check().startsWith("major") ? "major group rebuilt from detailed"
                        : e.method().contains("shape in years") ? "held out, + neighbouring years' shape"
                        : "held out, from the row alone";
                out.printf(Locale.ROOT, "  %-7s %-44s %6d %7.2f%% %6d %7.2f%%%n", e.statistic(), name, e.rows(),
                        e.mape(), l.rows(), l.mape());
            }
        }
        return 0;
    }
}
