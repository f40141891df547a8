package io.github.wageoutlook.cli;

import io.github.wageoutlook.distributions.GroupDistribution;
import io.github.wageoutlook.distributions.WageAtPercentile;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code group}: a SOC group's wage distribution rebuilt from its detailed occupations, beside BLS's group row. */
final class GroupCommand implements Command {

    @Override
    public String name() {
        return "group";
    }

    @Override
    public String usage() {
        return "group <major 43 | 43-0000 | minor 43-4000 | broad 43-4050> " + OewsSelection.USAGE
                + " [--hourly] [--list] [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "Median and percentile bands of a SOC group as the employment-weighted mixture of its detailed "
                + "occupations, beside BLS's published group figures.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = OewsSelection.parse(words, OewsSelection.options(false), Set.of("hourly", "list"));
        String code = args.required(0, "group code, e.g. 43 or 43-0000");
        args.atMost(1);
        WageBasis basis = Distributions.basis(args);
        OewsTable table = OewsSelection.oneContext(args, "the group " + code);
        GroupDistribution g;
        try {
            g = GroupDistribution.ofGroup(table, code, basis);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String full = g.label().substring(0, 7);
        Optional<OccupationWages> row = table.stream()
                .filter(r -> r.socCode().equals(full) && r.level() != GroupLevel.DETAILED).findFirst();
        Output.Format format = Output.format(args);
        if (format != Output.Format.TEXT) {
            Output.write(rows(g, row, basis, table.years().get(0)), format, out);
            return 0;
        }
        out.printf("%s — %s wages%n", g.label(), basis.name().toLowerCase(Locale.ROOT));
        out.printf(Locale.US, "Mixture of %d detailed occupations weighted by employment (%,.0f workers)%s.%n",
                g.members().size(), g.employment(), g.excluded().isEmpty() ? ""
                        : "; " + g.excluded().size() + " left out (--list shows them)");
        out.printf("%-17s %14s %14s %11s%n", "", "mixture", "BLS published", "difference");
        String[] labels = {"10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile"};
        int[] ps = {10, 25, 50, 75, 90};
        for (int i = 0; i < ps.length; i++) {
            WageAtPercentile w = g.wageAt(ps[i]);
            WageFigure published = row.isPresent() ? row.get().wages(basis).percentile(ps[i]) : null;
            line(out, labels[i], (w.isLowerBound() ? "≥ " : "") + w.wage().rounded().toString().replaceAll("/.*", ""),
                    published, w.amount(), w.isLowerBound());
        }
        WageSummary s = row.map(r -> r.wages(basis)).orElse(null);
        line(out, "Mean", g.mean().rounded().toString().replaceAll("/.*", ""), s == null ? null : s.mean(),
                g.mean().amount(), false);
        Distributions.printBands(g, out);
        if (args.flag("list")) {
            out.println("Left out:");
            g.excluded().forEach(e -> out.println("  " + e));
        }
        return 0;
    }

    /** One row per statistic: the mixture's figure, BLS's published one (null when absent) and its status. */
    private static Output.Rows rows(GroupDistribution g, Optional<OccupationWages> row, WageBasis basis, int year) {
        List<List<Object>> lines = new ArrayList<>();
        String[] names = {"p10", "p25", "median", "p75", "p90"};
        int[] ps = {10, 25, 50, 75, 90};
        for (int i = 0; i <= ps.length; i++) {
            boolean mean = i == ps.length;
            int p = mean ? 0 : ps[i];
            WageAtPercentile w = mean ? null : g.wageAt(p);
            WageFigure published = row.map(r -> mean ? r.wages(basis).mean() : r.wages(basis).percentile(p))
                    .orElse(null);
            lines.add(Arrays.asList(year, g.label(), basis.name().toLowerCase(Locale.ROOT), mean ? "mean" : names[i],
                    mean ? g.mean().amount() : w.amount(), !mean && w.isLowerBound(), g.members().size(),
                    g.employment(), published != null && published.isAvailable() ? published.amount() : null,
                    published == null ? "not-in-file" : published.isExact() ? "published"
                            : published.isLowerBound() ? "top-coded" : "not-available"));
        }
        return new Output.Rows(List.of("year", "group", "basis", "statistic", "mixture", "lower_bound", "members",
                "employment", "bls_published", "bls_status"), lines);
    }

    private static void line(PrintStream out, String label, String mixture, WageFigure published, double estimate,
                             boolean bound) {
        String pub = published == null ? "n/a" : published.toString();
        String diff = published != null && published.isExact() && !bound
                ? String.format(Locale.ROOT, "%+.1f%%", 100 * (estimate / published.amount() - 1)) : "";
        out.printf("%-17s %14s %14s %11s%n", label, mixture, pub, diff);
    }
}
