package io.github.wageoutlook.charts;

import io.github.wageoutlook.careers.ComparedOccupation;
import io.github.wageoutlook.careers.OccupationComparison;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The chart behind {@link Charts#occupations(OccupationComparison)}: one row per occupation in the comparison's
 * order, the first at the top; the band the middle 80% earn (10th to 90th percentile) as a bar, the median as a dot,
 * and the projected job growth with the Handbook's descriptor beside the occupation's name.
 */
final class OccupationComparisonChart {
    private OccupationComparisonChart() {
    }

    static Chart of(OccupationComparison c) {
        Objects.requireNonNull(c, "comparison must not be null");
        WageBasis basis = c.basis();
        boolean hourly = basis == WageBasis.HOURLY;
        String cycle = c.projections().cycle().toString().replace('-', '–');
        List<ComparedOccupation> rows = c.rows();
        List<Double> from = new ArrayList<>();
        List<Double> to = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> medianX = new ArrayList<>();
        List<Double> medianY = new ArrayList<>();
        List<String> capped = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ComparedOccupation r = rows.get(i);
            double at = rows.size() - i;
            boolean related = c.rows().stream().anyMatch(x -> x.related().isPresent());
            String number = related || c.order().isPresent() ? "" : (i + 1) + ". ";
            String rank = !related ? "" : r.related().map(x -> " (O*NET #" + x.index() + ")").orElse(" (asked)");
            WageFigure lo = r.p10(basis);
            WageFigure hi = r.p90(basis);
            if (!lo.isAvailable() || !hi.isAvailable() || !(hi.amount() > lo.amount())) {
                left.add(abbreviate(r.title(), 50) + " (" + r.socCode() + ")");
                continue;
            }
            from.add(lo.amount());
            to.add(hi.amount());
            y.add(at);
            labels.add(number + abbreviate(r.title(), 52) + rank + "  ·  jobs " + cycle + ": " + growth(r));
            WageFigure m = r.median(basis);
            if (m.isAvailable()) {
                medianX.add(m.amount());
                medianY.add(at);
            }
            if (lo.isLowerBound() || hi.isLowerBound() || m.isLowerBound()) {
                capped.add(abbreviate(r.title(), 40));
            }
        }
        if (from.isEmpty()) {
            throw new IllegalArgumentException("No occupation of the comparison has its 10th and 90th percentiles "
                    + "published (May " + c.year() + ", " + c.context().label() + ")");
        }
        int height = Math.min(Chart.MAX_SIZE, Math.max(Chart.DEFAULT_HEIGHT, 170 + 36 * rows.size()));
        Chart.Builder b = Chart.builder(abbreviate(c.subject(), 80))
                .size(Chart.DEFAULT_WIDTH, height)
                .xAxis((hourly ? "Hourly" : "Annual") + " wage, May " + c.year() + " (US dollars)",
                        hourly ? Chart.AxisFormat.DOLLARS_AND_CENTS : Chart.AxisFormat.DOLLARS)
                .yAxis(c.order().map(o -> "Sorted by " + o.words() + ", highest at the top")
                        .orElse("In the order given, the first at the top"), Chart.AxisFormat.NONE)
                .segments("Middle 80% earn (10th–90th percentile)", from, to, y, labels);
        if (!medianX.isEmpty()) {
            b.points("Median", medianX, medianY);
        }
        b.note("Pay: BLS OEWS, May " + c.year() + ", " + c.context().label() + " (" + c.oewsSource() + "). Jobs "
                + cycle + ": projected change in employment and the Occupational Outlook Handbook's descriptor, BLS "
                + "Employment Projections " + c.projections().cycle() + " (" + c.projections().name() + "), U.S., all "
                + "industries.");
        if (!capped.isEmpty()) {
            b.note("Top-coded, drawn at BLS's top-code (a lower bound): " + String.join("; ", capped) + ".");
        }
        if (!left.isEmpty()) {
            b.note("Not drawn, no OEWS band here (see the table's notes): " + String.join("; ", left) + ".");
        }
        c.attribution().forEach(b::note);
        return b.build();
    }

    private static String growth(ComparedOccupation r) {
        OptionalDouble p = r.percentChange();
        if (p.isEmpty()) {
            return "not projected";
        }
        double v = p.getAsDouble();
        String pct = Math.abs(v) < 0.05 ? "0.0%" : String.format(Locale.US, "%+.1f%%", v);
        return pct + " (" + r.descriptor().orElseThrow().label().toLowerCase(Locale.ROOT) + ")";
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
