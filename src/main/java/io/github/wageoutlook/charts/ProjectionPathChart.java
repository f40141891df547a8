package io.github.wageoutlook.charts;

import io.github.wageoutlook.projections.Backtest;
import io.github.wageoutlook.projections.BacktestLine;
import io.github.wageoutlook.projections.LinkedProjection;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.Projection;
import io.github.wageoutlook.projections.Projections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The projection-path chart behind {@link Charts#projectionPaths(String)}: each Employment Projections cycle's
 * compound path and the OEWS employment that came true, indexed to the cycle's base year = 100, with the codes
 * BLS's SOC tables link across cycles.
 */
final class ProjectionPathChart {
    private ProjectionPathChart() {
    }

    static Chart of(String code) {
        Objects.requireNonNull(code, "code must not be null");
        String c = code.strip();
        List<LinkedProjection> rows = Projections.linkedAcrossCycles(c);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for code (valid values: a code projected in one of the "
                    + "cycles " + Projections.cycles() + ", or linked to one by BLS's SOC tables): '" + code + "'");
        }
        OccupationProjection latest = rows.get(rows.size() - 1).row();
        Chart.Builder b = Chart.builder(latest.title() + " (" + c + "): projected vs realized employment")
                .xAxis("Year", Chart.AxisFormat.YEAR)
                .yAxis("Employment, base year of the cycle = 100", Chart.AxisFormat.NUMBER);
        List<String> notCompared = new ArrayList<>();
        Map<String, List<String>> linked = new LinkedHashMap<>();
        for (LinkedProjection link : rows) {
            OccupationProjection row = link.row();
            Projection p = row.projection();
            String name = row.cycle() + (row.code().equals(c) ? "" : " " + row.code());
            if (!row.code().equals(c)) {
                linked.computeIfAbsent(row.cycle().toString(), k -> new ArrayList<>()).add(row.code());
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int year = row.cycle().baseYear(); year <= row.cycle().endYear(); year++) {
                x.add((double) year);
                y.add(100 * p.employmentIn(year).employment() / p.baseEmployment());
            }
            b.line(name + " projected " + String.format(Locale.US, "%+.1f%%", p.percentChange()), x, y);
            BacktestLine line = Backtest.occupation(Projections.cycle(row.cycle()), row.code());
            if (line.isCompared()) {
                double base = line.realized().get(line.fromYear());
                List<Double> rx = new ArrayList<>();
                List<Double> ry = new ArrayList<>();
                line.realized().forEach((year, employment) -> {
                    rx.add((double) year);
                    ry.add(100 * employment / base);
                });
                b.points(name + " realized (OEWS)", rx, ry);
            } else {
                notCompared.add(name + (line.status() == BacktestLine.Status.NO_REALIZED_YEARS
                        ? " (no OEWS year after " + row.cycle().baseYear() + " shipped)" : " (not in OEWS)"));
            }
        }
        b.note("Indexed to each cycle's base year = 100: Employment Projections count the self-employed and OEWS "
                + "does not, so only growth compares, not levels.");
        b.note("Lines: BLS Employment Projections, compound path from base to target year. Diamonds: OEWS national "
                + "employment, same colour as its cycle.");
        if (!linked.isEmpty()) {
            List<String> byCycle = new ArrayList<>();
            linked.forEach((cycle, codes) -> byCycle.add(cycle + " " + String.join(", ", codes)));
            b.note("Cycles without " + c + ", drawn with the codes BLS's SOC crosswalk links to it: "
                    + String.join("; ", byCycle) + " (not the same occupation: compare growth with care).");
        }
        if (!notCompared.isEmpty()) {
            b.note("No realized years yet: " + String.join("; ", notCompared) + ".");
        }
        return b.build();
    }
}
