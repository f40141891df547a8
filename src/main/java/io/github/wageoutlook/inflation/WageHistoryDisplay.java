package io.github.wageoutlook.inflation;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.List;
import java.util.Locale;

/**
 * Lays a {@link WageHistory} out for display: a caption naming the occupation, the years and the dollars shown; one
 * row per entry; the compound annual growth and the notes under the table.
 */
final class WageHistoryDisplay {
    private static final String[] HEADS = {"Year", "SOC", "Link", "Employment", "Index", "Nominal median", "P10",
        "P25", "Median", "P75", "P90", "Real median YoY"};

    private WageHistoryDisplay() {
    }

    static DisplayTable of(WageHistory h) {
        List<Integer> years = h.years();
        PriceIndex index = h.index();
        String unit = h.basis() == WageBasis.ANNUAL ? "Annual" : "Hourly";
        StringBuilder caption = new StringBuilder(h.title()).append(" (SOC ").append(h.socCode()).append(") — OEWS, May ")
                .append(years.get(0)).append('–').append(years.get(years.size() - 1))
                .append(h.where().equals("U.S.") ? "" : ", " + h.where()).append('\n');
        if (h.dollarsYear().isPresent()) {
            int t = h.dollarsYear().getAsInt();
            caption.append(String.format(Locale.US, "%s wages; P10 to P90 in %d dollars = nominal × I(%d) / I(year), I = "
                    + "%s annual average (%s), I(%d) = %.3f", unit, t, t, index.seriesId(), index.source(), t,
                    index.annual(t)));
        } else {
            caption.append(unit).append(" wages in nominal dollars of each year; real growth deflated by ")
                    .append(index.seriesId());
        }
        DisplayTable.Builder table = DisplayTable.builder(caption.toString());
        for (int c = 0; c < HEADS.length; c++) {
            table.column(HEADS[c], c >= 1 && c <= 2 ? Align.LEFT : Align.RIGHT);
        }
        for (WageHistory.Entry e : h.entries()) {
            WageSummary shown = h.dollarsYear().isPresent() ? e.constant().orElse(null) : e.nominal();
            String[] cells = new String[HEADS.length];
            cells[0] = Integer.toString(e.year());
            cells[1] = e.socCode();
            cells[2] = e.linkage().label();
            cells[3] = e.employment().toString();
            cells[4] = e.index().isPresent() ? String.format(Locale.US, "%.3f", e.index().getAsDouble()) : "n/a";
            cells[5] = e.nominal().median().toString();
            for (int i = 0; i < 5; i++) {
                cells[6 + i] = shown == null ? "n/a" : rounded(shown.percentiles().get(i));
            }
            cells[11] = e.linkage().isComparable()
                    ? h.yearOverYear(e.year()).map(WageHistory.Growth::toString).orElse("") : "not comparable";
            table.row(cells);
        }
        h.compoundAnnualGrowth().ifPresentOrElse(g -> table.note(String.format(Locale.US,
                "Real median growth %d–%d: %s a year, compound (%s in total)", g.fromYear(), g.toYear(), g,
                (g.lowerBound() ? "≥ " : "") + String.format(Locale.US, "%+.1f%%",
                        (Math.pow(1 + g.rate(), g.toYear() - g.fromYear()) - 1) * 100))),
                () -> table.note("Real median growth: not computable (fewer than two comparable years with a median "
                        + "and an index value)"));
        List<String> notes = h.notes();
        if (!notes.isEmpty()) {
            table.note("Notes:");
            notes.forEach(n -> table.note("  " + n));
        }
        return table.build();
    }

    /** Constant-dollar figures are printed like BLS prints its own: annual to $10, hourly to the cent. */
    private static String rounded(WageFigure f) {
        if (!f.isAvailable()) {
            return f.toString();
        }
        return new WageFigure(f.basis(), f.status(), f.wage().rounded().amount()).toString();
    }
}
