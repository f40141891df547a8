package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Collection;
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

/** A {@link WageHistory} as a Tablesaw table (its printed and HTML forms are {@code WageHistoryDisplay}). */
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

    /** Constant-dollar figures are printed like BLS prints its own: annual to $10, hourly to the cent. */
    private static String rounded(WageFigure f) {
        if (!f.isAvailable()) {
            return f.toString();
        }
        return new WageFigure(f.basis(), f.status(), f.wage().rounded().amount()).toString();
    }
}
