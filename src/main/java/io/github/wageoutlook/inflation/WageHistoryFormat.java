package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** A {@link WageHistory} as a Tablesaw table and as printed text. */
final class WageHistoryFormat {

    private WageHistoryFormat() {
    }

    static Table table(Collection<WageHistory> histories) {
        Objects.requireNonNull(histories, "histories must not be null");
        IntColumn year = IntColumn.create("YEAR");
        StringColumn code = StringColumn.create("OCC_CODE");
        StringColumn title = StringColumn.create("OCC_TITLE");
        StringColumn linkage = StringColumn.create("LINKAGE");
        BooleanColumn comparable = BooleanColumn.create("COMPARABLE");
        DoubleColumn employment = DoubleColumn.create("TOT_EMP");
        DoubleColumn index = DoubleColumn.create("INDEX");
        StringColumn basis = StringColumn.create("BASIS");
        IntColumn dollarsOf = IntColumn.create("DOLLARS_OF");
        DoubleColumn nominalMedian = DoubleColumn.create("NOMINAL_MEDIAN");
        String[] names = {"PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90"};
        DoubleColumn[] values = new DoubleColumn[names.length];
        StringColumn[] statuses = new StringColumn[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = DoubleColumn.create(names[i]);
            statuses[i] = StringColumn.create(names[i] + "_STATUS");
        }
        DoubleColumn growth = DoubleColumn.create("REAL_MEDIAN_GROWTH");
        StringColumn note = StringColumn.create("NOTE");
        for (WageHistory h : histories) {
            for (WageHistory.Entry e : h.entries()) {
                year.append(e.year());
                code.append(e.socCode());
                title.append(e.title());
                linkage.append(e.linkage().code());
                comparable.append(e.linkage().isComparable());
                appendOrMissing(employment, e.employment().optional());
                appendOrMissing(index, e.index());
                // One unit per column: PCT10 … PCT90 hold dollars of the history's year on every row (nominal
                // dollars of each row's year only in a nominal history); a row that cannot be restated is empty there.
                basis.append(h.basis().name().toLowerCase(Locale.ROOT));
                boolean constant = h.dollarsYear().isPresent();
                if (constant) {
                    dollarsOf.append(h.dollarsYear().getAsInt());
                } else {
                    dollarsOf.appendMissing();
                }
                WageFigure nm = e.nominal().median();
                appendOrMissing(nominalMedian, nm.isAvailable() ? OptionalDouble.of(nm.amount()) : OptionalDouble.empty());
                Optional<WageSummary> shown = constant ? e.constant() : Optional.of(e.nominal());
                for (int i = 0; i < names.length; i++) {
                    WageFigure f = shown.map(w -> w.percentiles()).orElse(e.nominal().percentiles()).get(i);
                    appendOrMissing(values[i], shown.isPresent() && f.isAvailable() ? OptionalDouble.of(f.amount())
                            : OptionalDouble.empty());
                    statuses[i].append(f.status().code());
                }
                note.append(shown.isPresent() ? "" : "no " + h.index().seriesId() + " annual average for " + e.year()
                        + " in the index: not restated in " + h.dollarsYear().getAsInt() + " dollars");
                Optional<WageHistory.Growth> g = e.linkage().isComparable() ? h.yearOverYear(e.year()) : Optional.empty();
                appendOrMissing(growth, g.map(x -> OptionalDouble.of(x.rate())).orElse(OptionalDouble.empty()));
            }
        }
        // Printed like BLS prints its tables; the stored values stay unrounded.
        employment.setPrintFormatter(NumberColumnFormatter.intsWithGrouping());
        index.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        nominalMedian.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(0));
        for (DoubleColumn v : values) {
            v.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(0));
        }
        growth.setPrintFormatter(NumberColumnFormatter.percent(1));
        String name = histories.size() == 1 ? "Wage history of " + histories.iterator().next().socCode()
                : "Wage histories of " + histories.size() + " occupations";
        Table t = Table.create(name, year, code, title, linkage, comparable, employment, index, basis, dollarsOf,
                nominalMedian);
        for (int i = 0; i < names.length; i++) {
            t.addColumns(values[i], statuses[i]);
        }
        t.addColumns(growth, note);
        return t;
    }

    private static void appendOrMissing(DoubleColumn c, OptionalDouble v) {
        if (v.isPresent()) {
            c.append(v.getAsDouble());
        } else {
            c.appendMissing();
        }
    }

    static String text(WageHistory h) {
        String unit = h.basis() == WageBasis.ANNUAL ? "Annual" : "Hourly";
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(h.title()).append(" (SOC ").append(h.socCode()).append(") — OEWS, May ").append(h.years().get(0)).append('–')
                .append(h.years().get(h.years().size() - 1)).append(h.where().equals("U.S.") ? "" : ", " + h.where())
                .append(nl);
        if (h.dollarsYear().isPresent()) {
            int t = h.dollarsYear().getAsInt();
            b.append(String.format(Locale.US, "%s wages; P10 to P90 in %d dollars = nominal × I(%d) / I(year), I = "
                    + "%s annual average (%s), I(%d) = %.3f%n", unit, t, t, h.index().seriesId(), h.index().source(), t,
                    h.index().annual(t)));
        } else {
            b.append(unit).append(" wages in nominal dollars of each year; real growth deflated by ")
                    .append(h.index().seriesId()).append(nl);
        }
        String[] heads = {"Year", "SOC", "Link", "Employment", "Index", "Nominal median", "P10", "P25", "Median",
            "P75", "P90", "Real median YoY"};
        List<String[]> lines = new ArrayList<>();
        lines.add(heads);
        for (WageHistory.Entry e : h.entries()) {
            WageSummary shown = h.dollarsYear().isPresent() ? e.constant().orElse(null) : e.nominal();
            String[] cells = new String[heads.length];
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
            lines.add(cells);
        }
        int[] width = new int[heads.length];
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                width[c] = Math.max(width[c], l[c].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < l.length; c++) {
                boolean left = c >= 1 && c <= 2;
                line.append(String.format(left ? "%-" + width[c] + "s" : "%" + width[c] + "s", l[c]));
                line.append(c + 1 < l.length ? "  " : "");
            }
            b.append(line.toString().stripTrailing()).append(nl);
        }
        h.compoundAnnualGrowth().ifPresentOrElse(g -> b.append(String.format(Locale.US,
                "Real median growth %d–%d: %s a year, compound (%s in total)%n", g.fromYear(), g.toYear(), g,
                (g.lowerBound() ? "≥ " : "") + String.format(Locale.US, "%+.1f%%",
                        (Math.pow(1 + g.rate(), g.toYear() - g.fromYear()) - 1) * 100))),
                () -> b.append("Real median growth: not computable (fewer than two comparable years with a median "
                        + "and an index value)").append(nl));
        List<String> notes = h.notes();
        if (!notes.isEmpty()) {
            b.append("Notes:").append(nl);
            notes.forEach(n -> b.append("  ").append(n).append(nl));
        }
        return b.toString();
    }

    /** Constant-dollar figures are printed like BLS prints its own: annual to $10, hourly to the cent. */
    private static String rounded(WageFigure f) {
        if (!f.isAvailable()) {
            return f.toString();
        }
        return new WageFigure(f.basis(), f.status(), f.wage().rounded().amount()).toString();
    }
}
