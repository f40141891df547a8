package io.github.wageoutlook.cli;

import io.github.wageoutlook.distributions.BoundedEstimate;
import io.github.wageoutlook.distributions.NeighbourYearShape;
import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.distributions.WageAtPercentile;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code percentile}: the wage at any percentile of an occupation's distribution. */
final class PercentileCommand implements Command {
    private static final double[] TAIL_INPUTS = {25, 50, 75};

    @Override
    public String name() {
        return "percentile";
    }

    @Override
    public String usage() {
        return "percentile <soc-code|title> <p, 0 < p < 100> " + OewsSelection.USAGE
                + " [--hourly] [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "Wage at any percentile of an occupation (exact at BLS's P10/P25/P50/P75/P90, estimated elsewhere).";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        return run(words, out, System.err);
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Arguments args = OewsSelection.parse(words, OewsSelection.options(false), Set.of("hourly"));
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        String typed = args.required(1, "percentile, e.g. 95");
        double p = Arguments.parseDouble(typed, "percentile");
        args.atMost(2);
        if (!(p > 0 && p < 100)) {
            throw new UsageException("Invalid value for percentile (valid values 0 < p < 100): " + typed
                    + (p >= 100 ? "; to rank a salary, use: rank " + (query.contains(" ") ? "\"" + query + "\"" : query)
                    + " " + typed : ""));
        }
        WageBasis basis = Distributions.basis(args);
        OewsSelection.Selection chosen = OewsSelection.select(args, "a wage at a percentile");
        OccupationWages row = Occupations.find(query, chosen.rows());
        OccupationDistribution d = Distributions.of(chosen.rows(), row, basis);
        BasisHint.print(name(), BasisHint.forPercentile(p), err);
        WageAtPercentile w = d.wageAt(p);
        String name = p == Math.rint(p) ? RankCommand.ordinal(p) + " percentile" : "Percentile "
                + BasisHint.plain(p);
        boolean published = d.points().stream().anyMatch(x -> x.percentile() == p && !x.isLowerBound());
        // BLS's own percentile top-coded, or one above a top-coded percentile (at least the top-code as well).
        boolean atTopCode = d.topCode().isPresent() && d.points().stream()
                .anyMatch(x -> x.isLowerBound() && p == x.percentile());
        Optional<Double> aboveTopCode = atTopCode ? Optional.empty() : d.points().stream()
                .filter(x -> x.isLowerBound() && p > x.percentile()).map(x -> x.percentile()).findFirst();
        String source = published ? "published" : atTopCode ? "top-coded" : w.isLowerBound()
                ? "estimated-lower-bound" : "estimated";
        Output.Format format = Output.format(args);
        double beyond = published || atTopCode || aboveTopCode.isPresent() ? 0 : d.beyondPoints(p);
        WageAtPercentile nearest = beyond > 0 ? d.points().get(d.points().size() - 1) : d.points().get(0);
        // The neighbouring years are the embedded national files: only the national row has them.
        Optional<NeighbourEstimate> neighbour = atTopCode && !OewsSelection.isNarrowed(args)
                ? neighbourEstimate(row, basis, p, w.wage()) : Optional.empty();
        if (format != Output.Format.TEXT) {
            Output.write(new Output.Rows(List.of("year", "soc_code", "title", "basis", "percentile", "wage",
                    "lower_bound", "source", "neighbour_estimate", "neighbour_estimate_lower_bound",
                    "neighbour_years", "extrapolated_points", "extrapolated_from"), List.of(Arrays.asList(row.year(), row.socCode(), row.title(),
                    basis.name().toLowerCase(Locale.ROOT), p, Precision.wage(w.amount(), basis), w.isLowerBound(),
                    source, neighbour.map(n -> Precision.wage(n.value().shown().amount(), basis)).orElse(null),
                    neighbour.map(n -> n.value().isLowerBound()).orElse(false),
                    neighbour.map(NeighbourEstimate::neighbours).orElse(0), Math.abs(beyond),
                    beyond == 0 ? null : "P" + BasisHint.plain(nearest.percentile())))), format, out);
            return 0;
        }
        out.printf("%s (SOC %s) — OEWS May %d, %s%n", row.title(), row.socCode(), row.year(),
                chosen.label(row.context()));
        if (atTopCode) {
            out.printf("%s: at least %s — BLS top-codes this percentile; the true wage is not published.%n",
                    name, w.wage().rounded());
            neighbour.ifPresent(n -> out.println(n.text()));
        } else if (aboveTopCode.isPresent()) {
            out.printf("%s: at least %s — BLS top-codes the %s percentile at %s, so every higher percentile is at "
                    + "least that; the true wage is not published.%n", name, w.wage().rounded(),
                    RankCommand.ordinal(aboveTopCode.get()), w.wage().rounded());
        } else if (w.isLowerBound()) {
            out.printf("%s: at least %s (estimated, a lower bound)%n", name, w.wage().rounded());
            out.println("Estimated between BLS's last exact percentile and its top-coded one "
                    + d.points().get(d.points().size() - 1) + ": the model puts the unpublished figure at the "
                    + "top-code, and a higher true figure would raise this estimate, so it is a lower bound.");
        } else {
            out.printf("%s: %s%s%n", name, w.wage().rounded(), published ? " (published by BLS)"
                    : " (estimated)");
            if (!published) {
                out.println("Estimated from BLS's published percentiles " + d.points() + " by a monotone cubic in"
                        + " (normal quantile, log wage); tails are log-linear, the upper one " + (d.isMeanMatched()
                        ? "matched to BLS's mean " + d.publishedMean().orElseThrow().rounded()
                        : "continuing the last segment (no mean to match)") + ".");
            }
            if (beyond != 0) {
                out.printf("Extrapolated %s percentile points %s BLS's %s published percentile (%s): the figure "
                        + "follows the fitted %s tail, not BLS's figures, and is less certain the further out it "
                        + "lies.%n", BasisHint.plain(Math.abs(beyond)), beyond > 0 ? "above" : "below",
                        beyond > 0 ? "highest" : "lowest", nearest, beyond > 0 ? "upper" : "lower");
            }
        }
        return 0;
    }

    /**
     * For a top-coded BLS percentile: an estimate from this year's lower percentiles and mean, corrected by the
     * occupation's shape in the neighbouring years where BLS published that percentile ({@link NeighbourYearShape}).
     * An estimate below the top-code would contradict BLS: it is shown at the bound, as ≥, with the model's own
     * figure in a note ({@link BoundedEstimate}). Empty when no neighbouring year published the percentile or fewer
     * than two lower percentiles are exact.
     */
    private static Optional<NeighbourEstimate> neighbourEstimate(OccupationWages row, WageBasis basis, double p,
                                                                 Wage topCode) {
        if (p != Math.rint(p) || !WageSummary.PUBLISHED_PERCENTILES.contains((int) p)) {
            return Optional.empty();
        }
        WageSummary s = row.wages(basis);
        double[] inputs = WageSummary.PUBLISHED_PERCENTILES.stream().filter(q -> q < p)
                .filter(q -> s.percentile(q).isExact()).mapToDouble(Integer::doubleValue).toArray();
        if (p == 90 && inputs.length == 4) {
            inputs = TAIL_INPUTS; // the inputs whose held-out P90 error `accuracy` measures
        }
        if (inputs.length < 2) {
            return Optional.empty();
        }
        List<OewsTable> years = Oews.nationalYears().stream().map(Oews::national).toList();
        NeighbourYearShape shape = NeighbourYearShape.measure(years, basis, (int) p, inputs);
        OptionalDouble estimate = shape.estimate(row);
        int neighbours = shape.neighbours(row);
        if (neighbours == 0 || estimate.isEmpty()) {
            return Optional.empty();
        }
        BoundedEstimate bounded = BoundedEstimate.of(Wage.of(estimate.getAsDouble(), basis), false,
                Optional.of(WageFigure.topCoded(topCode)));
        String percentiles = Arrays.stream(inputs).mapToObj(q -> "P" + (int) q).collect(Collectors.joining(", "));
        return Optional.of(new NeighbourEstimate(bounded, neighbours, String.format(Locale.ROOT,
                "Estimate from neighbouring years: %s%nfrom this year's %s and "
                + "mean, corrected by how far the occupation sat from the model in the %d neighbouring year%s%n"
                + "(within ±%d) where BLS published its P%d; `accuracy` measures this method on published figures.%s",
                bounded, percentiles, neighbours, neighbours == 1 ? "" : "s", NeighbourYearShape.WINDOW, (int) p,
                bounded.note().map(n -> System.lineSeparator() + "Clamped: " + n + ".").orElse(""))));
    }

    /** The estimate of a top-coded percentile from neighbouring years, with its count and its text. */
    private record NeighbourEstimate(BoundedEstimate value, int neighbours, String text) {
    }
}
