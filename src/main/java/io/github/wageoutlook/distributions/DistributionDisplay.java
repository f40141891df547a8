package io.github.wageoutlook.distributions;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays a {@link WageDistribution} out for display: the wage at the 5th to 95th percentiles, each marked as BLS's
 * published figure, a top-coded lower bound or the model's estimate, and the mean under the table.
 */
final class DistributionDisplay {
    private static final double[] PERCENTILES = {5, 10, 25, 50, 75, 90, 95};

    private DistributionDisplay() {
    }

    static DisplayTable of(WageDistribution d) {
        String basis = d.basis().name().toLowerCase(Locale.ROOT);
        Set<Double> published = d instanceof OccupationDistribution o
                ? o.points().stream().map(WageAtPercentile::percentile).collect(Collectors.toSet()) : Set.of();
        String kind = d instanceof GroupDistribution g
                ? String.format(Locale.US, "the employment-weighted mixture of %d occupations", g.members().size())
                : "BLS's published percentiles and the model's estimates between and beyond them";
        DisplayTable.Builder t = DisplayTable.builder(d.label() + ", " + basis + " wages: " + kind)
                .column("Percentile", Align.RIGHT).column("Wage", Align.RIGHT).column("Source", Align.LEFT);
        for (double p : PERCENTILES) {
            WageAtPercentile w = d.wageAt(p);
            String source = w.isLowerBound() ? "top-coded by BLS: at least this"
                    : published.contains(p) ? "published by BLS" : "estimated";
            t.row(String.format(Locale.US, "P%.0f", p), (w.isLowerBound() ? "≥ " : "") + w.wage().rounded(), source);
        }
        String mean = d instanceof OccupationDistribution o && o.publishedMean().isPresent()
                ? o.publishedMean().get().rounded() + " (published by BLS)"
                : d.mean().rounded() + (d instanceof GroupDistribution ? " (of the mixture)" : " (of the model)");
        return t.note("Mean: " + mean).build();
    }
}
