package io.github.wageoutlook.cli;

import io.github.wageoutlook.wages.OccupationDistribution;
import io.github.wageoutlook.wages.OccupationWages;
import io.github.wageoutlook.wages.Oews;
import io.github.wageoutlook.wages.WageAtPercentile;
import io.github.wageoutlook.wages.WageBasis;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code percentile}: the wage at any percentile of an occupation's distribution. */
final class PercentileCommand implements Command {

    @Override
    public String name() {
        return "percentile";
    }

    @Override
    public String usage() {
        return "percentile <soc-code|title> <p, 0 < p < 100> [--year YYYY] [--hourly] [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "Wage at any percentile of an occupation (exact at BLS's P10/P25/P50/P75/P90, estimated elsewhere).";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = Arguments.parse(words, Output.formatOptions("year"), Set.of("hourly"));
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        double p = Arguments.parseDouble(args.required(1, "percentile, e.g. 95"), "percentile");
        args.atMost(2);
        if (!(p > 0 && p < 100)) {
            throw new UsageException("Invalid value for percentile (valid values 0 < p < 100): " + p);
        }
        WageBasis basis = Distributions.basis(args);
        OccupationWages row = Occupations.find(query, Oews.national(Occupations.year(args)));
        OccupationDistribution d = Distributions.of(row, basis);
        WageAtPercentile w = d.wageAt(p);
        String name = p == Math.rint(p) ? RankCommand.ordinal(p) : RankCommand.format(p) + "th";
        boolean published = d.points().stream().anyMatch(x -> x.percentile() == p && !x.isLowerBound());
        Output.Format format = Output.format(args);
        if (format != Output.Format.TEXT) {
            Output.write(new Output.Rows(List.of("year", "soc_code", "title", "basis", "percentile", "wage",
                    "source"), List.of(List.of(row.year(), row.socCode(), row.title(),
                    basis.name().toLowerCase(Locale.ROOT), p, w.amount(), w.isLowerBound() ? "top-coded lower bound"
                            : published ? "published" : "estimated"))), format, out);
            return 0;
        }
        out.printf("%s (SOC %s) — OEWS May %d, %s%n", row.title(), row.socCode(), row.year(), row.areaTitle());
        if (w.isLowerBound()) {
            out.printf("%s percentile: at least %s — BLS top-codes this percentile; the true wage is not published.%n",
                    name, w.wage().rounded());
        } else {
            out.printf("%s percentile: %s%s%n", name, w.wage().rounded(), published ? " (published by BLS)"
                    : " (estimated)");
            if (!published) {
                out.println("Estimated from BLS's published percentiles " + d.points() + " by a monotone cubic in"
                        + " (normal quantile, log wage); tails are log-linear, the upper one " + (d.isMeanMatched()
                        ? "matched to BLS's mean " + d.publishedMean().orElseThrow().rounded()
                        : "continuing the last segment (no mean to match)") + ".");
            }
        }
        return 0;
    }
}
