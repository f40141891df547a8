package io.github.wageoutlook.cli;

import io.github.wageoutlook.distributions.BoundedEstimate;
import io.github.wageoutlook.distributions.GroupDistribution;
import io.github.wageoutlook.distributions.PercentileBand;
import io.github.wageoutlook.distributions.WageAtPercentile;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
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
                + " [--hourly] [--list] [--format text|csv|json]   (--list: the detailed occupations left out of the"
                + " mixture, and why)";
    }

    @Override
    public String summary() {
        return "Median and percentile bands of a SOC group as the employment-weighted mixture of its detailed "
                + "occupations, beside BLS's published group figures.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = OewsSelection.parse(words, OewsSelection.options(false), Set.of("hourly", "list"));
        String code = groupCode(args.required(0, "group code, e.g. 43 or 43-0000"));
        args.atMost(1);
        WageBasis basis = Distributions.basis(args);
        OewsSelection.Selection chosen = OewsSelection.select(args, "the group " + code);
        OewsTable table = chosen.rows();
        int year = table.years().get(0);
        GroupDistribution g;
        try {
            g = GroupDistribution.from(table, code, basis);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no SOC group " + code + " with detailed occupations in " + table.name()
                    + (code.endsWith("0000") ? "; major groups run 11-0000 to 53-0000 (odd numbers, and 55 for "
                    + "military occupations, which OEWS does not cover)" : ""));
        }
        Optional<OccupationWages> row = table.stream()
                .filter(r -> r.socCode().equals(code) && r.level() != GroupLevel.DETAILED).findFirst();
        List<Line> lines = lines(g, row, basis);
        Output.Format format = Output.format(args);
        if (format != Output.Format.TEXT) {
            Output.write(rows(code, row.map(OccupationWages::title).orElse(""), g, lines, basis, year), format,
                    out);
            return 0;
        }
        // The label names an area, industry or ownership asked for; one chosen by default is named after it.
        out.printf("%s — %s wages%s%n", g.label(), basis.name().toLowerCase(Locale.ROOT), chosen.defaults().isEmpty()
                ? "" : ", " + chosen.label(table.contexts().get(0)));
        int n = g.members().size();
        out.printf(Locale.US, "Mixture of %d detailed occupation%s weighted by employment (%,.0f workers)%s.%n",
                n, n == 1 ? "" : "s", g.employment(), g.excluded().isEmpty() ? ""
                        : "; " + g.excluded().size() + " left out (--list shows them)");
        out.printf("%-17s %14s %14s %11s%n", "", "mixture", "BLS published", "difference");
        for (Line l : lines) {
            String diff = l.estimate().difference().isPresent()
                    ? Distributions.signedPercent(l.estimate().difference().getAsDouble())
                    : l.estimate().isClamped() ? "clamped *" : l.estimate().comparison()
                    == BoundedEstimate.Comparison.WITHIN_BOUND ? "within ≥" : "";
            out.printf("%-17s %14s %14s %11s%n", l.label(), l.estimate().toString().replaceAll("/.*", ""),
                    l.estimate().published().map(WageFigure::toString).orElse("n/a"), diff);
        }
        List<String> notes = lines.stream().filter(l -> l.estimate().isClamped())
                .map(l -> l.label() + ": " + l.estimate().note().orElseThrow()).toList();
        if (!notes.isEmpty()) {
            out.println("* Clamped: an estimate below BLS's published lower bound would contradict BLS, so it is"
                    + " shown at the bound, as ≥.");
            notes.forEach(note -> out.println("  " + note));
        }
        if (lines.stream().anyMatch(l -> l.estimate().comparison() == BoundedEstimate.Comparison.WITHIN_BOUND)) {
            out.println("within ≥: the estimate is at or above BLS's published lower bound; there is no difference "
                    + "to compute against a bound.");
        }
        Distributions.printBands(new PercentileBand(shown(lines, 0, 10), shown(lines, 4, 90)),
                new PercentileBand(shown(lines, 1, 25), shown(lines, 3, 75)), out);
        if (args.flag("list")) {
            if (g.excluded().isEmpty()) {
                out.println("Left out: none — every detailed occupation under " + code + " has " + basis.name()
                        .toLowerCase(Locale.ROOT) + " wages and employment.");
            } else {
                out.println("Left out (" + g.excluded().size() + "):");
                g.excluded().forEach(e -> out.println("  " + e));
            }
        }
        return 0;
    }

    /** The code as BLS writes it: {@code 43} becomes {@code 43-0000}; anything but a group code is a usage error. */
    static String groupCode(String text) {
        String t = text.strip();
        if (t.matches("\\d{2}")) {
            t = t + "-0000";
        }
        Optional<String> code = OccupationLookup.socCode(t);
        if (code.isEmpty()) {
            throw new UsageException("a group code is a major group such as 43 or 43-0000, a minor group such as "
                    + "43-4000 or a broad occupation such as 43-4050; got '" + text + "'");
        }
        if (!code.get().endsWith("0")) {
            throw new UsageException(code.get() + " is a detailed occupation, not a group; try profile "
                    + code.get() + ", or group " + code.get().substring(0, 6) + "0 for its broad occupation");
        }
        return code.get();
    }

    /**
     * One statistic of the group: the mixture's estimate made consistent with BLS's figure for the group row.
     *
     * @param name the machine name ({@code p10}, {@code median}, {@code mean}, …)
     * @param label the printed label
     * @param estimate the estimate beside BLS's figure
     */
    private record Line(String name, String label, BoundedEstimate estimate) {
    }

    /** The figure shown for a percentile line, as the end of a band. */
    private static WageAtPercentile shown(List<Line> lines, int index, double percentile) {
        BoundedEstimate e = lines.get(index).estimate();
        return new WageAtPercentile(percentile, e.shown(), e.isLowerBound());
    }

    private static List<Line> lines(GroupDistribution g, Optional<OccupationWages> row, WageBasis basis) {
        String[] names = {"p10", "p25", "median", "p75", "p90"};
        String[] labels = {"10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile"};
        int[] ps = {10, 25, 50, 75, 90};
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ps.length; i++) {
            int p = ps[i];
            WageAtPercentile w = g.wageAt(p);
            lines.add(new Line(names[i], labels[i], BoundedEstimate.of(w.wage(), w.isLowerBound(),
                    row.map(r -> r.wages(basis).percentile(p)))));
        }
        lines.add(new Line("mean", "Mean", BoundedEstimate.of(g.mean(), false, row.map(r -> r.wages(basis).mean()))));
        return lines;
    }

    /**
     * One row per statistic: the figure shown (clamped to BLS's bound where the mixture fell below it), whether it is
     * a lower bound, the mixture's own figure, BLS's figure and status, and how the two compare.
     */
    private static Output.Rows rows(String code, String title, GroupDistribution g, List<Line> lines,
                                    WageBasis basis, int year) {
        List<List<Object>> out = new ArrayList<>();
        for (Line l : lines) {
            BoundedEstimate e = l.estimate();
            WageFigure published = e.published().orElse(null);
            out.add(Arrays.asList(year, code, title, basis.name().toLowerCase(Locale.ROOT), l.name(),
                    Precision.wage(e.shown().amount(), basis), e.isLowerBound(),
                    Precision.wage(e.estimate().amount(), basis), g.members().size(),
                    Math.round(g.employment()), published != null && published.isAvailable()
                            ? published.amount() : null,
                    published == null ? "not-in-file" : published.isExact() ? "published"
                            : published.isLowerBound() ? "top-coded" : "not-available",
                    e.comparison().code(), e.difference().isPresent()
                            ? Precision.percent(100 * e.difference().getAsDouble()) : null));
        }
        return new Output.Rows(List.of("year", "soc_code", "title", "basis", "statistic", "mixture", "lower_bound",
                "mixture_unclamped", "members", "employment", "bls_published", "bls_status", "comparison",
                "difference_percent"), out);
    }
}
