package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.projections.Backtest;
import io.github.wageoutlook.projections.BacktestLine;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.DescriptorScale;
import io.github.wageoutlook.projections.GrowthComparison;
import io.github.wageoutlook.projections.LinkedProjection;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.Projection;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.projections.Scenario;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code outlook}: an occupation's Employment Projections in every embedded cycle, with the Handbook descriptor,
 * CAGR, openings, the comparison with all occupations, shipped scenarios and the backtest against OEWS.
 */
final class OutlookCommand implements Command {

    @Override
    public String name() {
        return "outlook";
    }

    @Override
    public String usage() {
        return "outlook <soc-code|title> [--summary] [--format text|csv|json] [--chart FILE.png|FILE.svg]";
    }

    @Override
    public String summary() {
        return "Job outlook of an occupation in every projection cycle: change, CAGR, openings, descriptor, "
                + "scenarios and the backtest against OEWS (--summary adds the backtest of all occupations); --chart "
                + "draws every cycle's path against realized OEWS employment.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = Arguments.parse(words, Output.options(), Set.of("summary"));
        Output.Format format = Output.format(args);
        Optional<Path> chartFile = Output.chart(args);
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        args.atMost(1);
        String code = resolve(query);
        List<LinkedProjection> linked = Projections.linkedAcrossCycles(code);
        List<OccupationProjection> rows = linked.stream().map(LinkedProjection::row).toList();
        String title = linked.stream().filter(l -> l.row().code().equals(code)).reduce((a, b) -> b)
                .map(l -> l.row().title()).orElse(SocCrosswalk.bls().title(code).orElse(rows.get(rows.size() - 1)
                        .title()));
        if (format != Output.Format.TEXT) {
            Output.write(rows(code, linked), format, out);
            if (chartFile.isPresent()) {
                Output.writeChart(Charts.projectionPaths(code), chartFile.get(), format, out);
            }
            return 0;
        }
        out.printf("%s (%s) — BLS Employment Projections, employment in thousands%n", title, code);
        out.printf(Locale.US, "%-8s %-8s %10s %10s %9s %8s %10s %11s %13s %9s  %s%n", "cycle", "code", "base",
                "projected", "change", "percent", "CAGR/yr", "openings/yr", "openings total", "all occ.",
                "descriptor");
        for (LinkedProjection link : linked) {
            OccupationProjection row = link.row();
            ProjectionsTable table = Projections.cycle(row.cycle());
            Projection p = row.projection();
            GrowthComparison vsAll = p.compareWith(table.total().projection());
            DescriptorScale scale = table.descriptorScale();
            out.printf(Locale.US, "%-8s %-8s %,10.1f %,10.1f %+,9.1f %7s%% %+9.2f%% %11s %13s %+8.1f%%  %s (%s "
                            + "scale)%s%n", row.cycle(), row.code(), row.baseEmployment(), row.projectedEmployment(), p.change(),
                    row.percentChange().isAvailable() ? String.format(Locale.US, "%+.1f", row.percentChange().value())
                            : "—", 100 * p.growthRate(), row.annualOpenings(), p.totalOpenings(),
                    vsAll.reference().percentChange(), table.descriptor(row),
                    scale.basis().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    link.note().isEmpty() ? "" : "  [" + link.relation().label() + "]");
        }
        for (OccupationProjection row : rows) {
            String t = row.title();
            if (!t.equals(title)) {
                out.printf("  %s %s title: %s%n", row.cycle(), row.code(), t);
            }
        }
        List<String> notes = linked.stream().map(LinkedProjection::note).filter(n -> !n.isEmpty()).toList();
        if (!notes.isEmpty()) {
            out.println();
            out.println("SOC code changes (rows under another code are not the same occupation; compare growth "
                    + "rates with care):");
            notes.forEach(n -> out.println("  " + n));
        }
        List<Scenario> scenarios = Scenario.shippedFor(code);
        if (!scenarios.isEmpty()) {
            out.println();
            out.println("Scenarios (compared as growth rates with the all-industries projection):");
            for (Scenario s : scenarios) {
                GrowthComparison c = s.compareWithAllIndustries();
                out.printf(Locale.US, "  %s, %s: %+.1f%% (%+.2f%%/yr) vs all industries %+.1f%% (%+.2f%%/yr): "
                                + "%+.1f points%n", s.name(), s.projection().cycle(), c.subject().percentChange(),
                        100 * c.subject().growthRate(), c.reference().percentChange(), 100 * c.reference().growthRate(),
                        c.percentPoints());
                out.printf("    source: %s%n", s.source());
            }
        }
        out.println();
        out.println("Backtest against OEWS national employment (growth rates, not levels: projections count the "
                + "self-employed, OEWS does not):");
        for (OccupationProjection row : rows) {
            BacktestLine b = Backtest.occupation(Projections.cycle(row.cycle()), row.code());
            if (b.isCompared()) {
                out.printf(Locale.US, "  %s %s vs OEWS %d-%d: projected %+.2f%%/yr, realized %+.2f%%/yr (%,.0f → %,.0f), "
                                + "error %+.2f points/yr%s%n", row.cycle(), row.code(), b.fromYear(), b.toYear(),
                        100 * b.projectedGrowthRate(), 100 * b.realizedGrowthRate(), b.realized().get(b.fromYear()),
                        b.realized().get(b.toYear()), b.errorPointsPerYear(), b.note().isEmpty() ? "" : "; " + b.note());
            } else {
                out.printf("  %s %s: not backtested — %s%n", row.cycle(), row.code(), b.note());
            }
            if (args.flag("summary") && rows.stream().filter(r -> r.cycle().equals(row.cycle())).findFirst()
                    .orElseThrow() == row) {
                out.println("    " + Backtest.summary(Projections.cycle(row.cycle())));
            }
        }
        out.println();
        out.println("Descriptor scales (percent change rounded to a whole percent):");
        for (Cycle cycle : rows.stream().map(OccupationProjection::cycle).distinct().toList()) {
            DescriptorScale s = Projections.cycle(cycle).descriptorScale();
            out.println("  " + s);
            if (s.basis() != io.github.wageoutlook.projections.ThresholdBasis.PUBLISHED) {
                out.println("    " + s.source());
            }
        }
        if (chartFile.isPresent()) {
            out.println();
            Output.writeChart(Charts.projectionPaths(code), chartFile.get(), format, out);
        }
        return 0;
    }

    /**
     * One row per cycle and code for CSV and JSON (the code asked for, the cycle's code and how it relates): employment in thousands, change, CAGR and openings, the descriptor, the
     * growth of all occupations, and the backtest against OEWS when it could be made (null otherwise).
     */
    static Output.Rows rows(String code, List<LinkedProjection> cycles) {
        List<List<Object>> lines = new ArrayList<>();
        for (LinkedProjection link : cycles) {
            OccupationProjection row = link.row();
            ProjectionsTable table = Projections.cycle(row.cycle());
            Projection p = row.projection();
            BacktestLine b = Backtest.occupation(table, row.code());
            // Employment at EP's published 0.1 thousand (the published change where there is one), percents to 0.01.
            double change = row.change().isAvailable() ? row.change().value() : p.change();
            lines.add(Arrays.asList(row.cycle().toString(), code, row.code(), link.note().isEmpty() ? "same-code"
                            : link.relation().name().toLowerCase(Locale.ROOT).replace('_', '-'), row.title(),
                    Precision.thousands(row.baseEmployment()), Precision.thousands(row.projectedEmployment()),
                    Precision.thousands(change), row.percentChange().isAvailable()
                            ? row.percentChange().value() : null, Precision.percent(100 * p.growthRate()),
                    row.annualOpenings().isAvailable() ? Precision.thousands(row.annualOpenings().value()) : null,
                    table.descriptor(row).toString(), Precision.percent(p.compareWith(table.total().projection())
                            .reference().percentChange()), b.isCompared() ? b.fromYear() : null,
                    b.isCompared() ? b.toYear() : null, b.isCompared() ? Precision.percent(100 * b.realizedGrowthRate())
                            : null, b.isCompared() ? Precision.percent(b.errorPointsPerYear()) : null,
                    b.status().code(), link.note()));
        }
        return new Output.Rows(List.of("cycle", "soc_code", "cycle_code", "linkage", "cycle_title",
                "base_employment_thousands",
                "projected_employment_thousands", "change_thousands", "percent_change", "cagr_percent",
                "annual_openings_thousands", "descriptor", "all_occupations_percent_change", "oews_from_year",
                "oews_to_year", "realized_cagr_percent", "error_points_per_year", "backtest_status", "note"), lines);
    }

    /**
     * A SOC code in any spelling the lookup accepts, or the code of the occupation of the latest cycle whose title
     * the text names ({@link OccupationLookup}: exact title, whole words, fragment; line items preferred).
     */
    private static String resolve(String query) {
        List<Cycle> cycles = Projections.cycles();
        Optional<String> code = OccupationLookup.socCode(query);
        ProjectionsTable latest = Projections.cycle(cycles.get(cycles.size() - 1));
        OccupationLookup<OccupationProjection> lookup = OccupationLookup.of(latest.name(), latest.rows(),
                OccupationProjection::code, OccupationProjection::title, OccupationProjection::isLineItem);
        if (code.isPresent()) {
            if (Projections.linkedAcrossCycles(code.get()).isEmpty()) {
                throw new NotFoundException("no projection for SOC code " + code.get() + ", nor for a code BLS's SOC "
                        + "tables link to it, in cycles " + cycles + Occupations.nearCodes(code.get(), lookup));
            }
            return code.get();
        }
        return lookup.get(query).code();
    }
}
