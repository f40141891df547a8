package io.github.wageoutlook.oews;

import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an OEWS table for what a published file should not contain but may: a row key (year, area, industry,
 * ownership, SOC code, group level) given twice, and exact percentiles that decrease. Each finding names its row's
 * context, so the audit of a table of many contexts (an all-data file) says where each case is; rows of different
 * contexts are never duplicates of each other. The readers load such files
 * as they are, because BLS's own files are the reference and must never be rejected; this audit reports every case
 * instead of hiding it. A {@link WageDistribution} refuses a row whose percentiles decrease (it could not rank
 * wages in it), so nothing downstream is silently wrong.
 *
 * <pre>{@code
 * OewsAudit.findings(Oews.national(2018)).forEach(System.out::println);
 * // prints nothing: the shipped national files hold neither case
 * }</pre>
 */
public final class OewsAudit {
    private OewsAudit() {
    }

    /** What is wrong with a row. */
    public enum Kind {
        /** The same year, area, industry, ownership, SOC code and group level appear on an earlier row. */
        DUPLICATED_ROW,
        /** An exact percentile (hourly or annual) is below the one before it. */
        DECREASING_PERCENTILES
    }

    /**
     * One finding.
     *
     * @param row the 0-based row index in the table
     * @param socCode the row's SOC code
     * @param context the row's year, area, industry and ownership
     * @param kind what is wrong
     * @param detail the figures involved, e.g. {@code annual P25 $45,000/yr > median $44,000/yr}
     */
    public record Finding(int row, String socCode, Context context, Kind kind, String detail) {
        /**
         * Validates the finding.
         *
         * @param row the 0-based row index in the table, not negative
         * @param socCode the row's SOC code
         * @param context the row's context
         * @param kind what is wrong
         * @param detail the figures involved
         * @throws IllegalArgumentException if the row is negative
         */
        public Finding {
            Objects.requireNonNull(socCode, "socCode must not be null");
            Objects.requireNonNull(context, "context must not be null");
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            if (row < 0) {
                throw new IllegalArgumentException("Invalid value for row (valid values >= 0): " + row);
            }
        }

        /** @return the row's survey year */
        public int year() {
            return context.year();
        }

        /** Prints the year, the context when it is not the nation's all-industry one, the code, row and detail. */
        @Override
        public String toString() {
            return context.year() + (context.isNationalCrossIndustry() ? "" : " " + context.label()) + " " + socCode
                    + " (row " + row + "): " + kind + ": " + detail;
        }
    }

    /**
     * Audits every row: {@code O(rows)}.
     *
     * @param table the table
     * @return the findings in row order (empty when the table is consistent)
     */
    public static List<Finding> findings(OewsTable table) {
        Objects.requireNonNull(table, "table must not be null");
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        ContextIndex contexts = table.contextIndex();
        for (int i = 0; i < table.size(); i++) {
            OccupationWages w = table.row(i);
            Context context = contexts.of(i);
            String key = contexts.idOf(i) + "|" + w.socCode() + "|" + w.level();
            Integer before = firstRow.putIfAbsent(key, i);
            if (before != null) {
                out.add(new Finding(i, w.socCode(), context, Kind.DUPLICATED_ROW, "same year, area, industry, "
                        + "ownership, code and level as row " + before));
            }
            int row = i;
            for (WageSummary s : List.of(w.hourly(), w.annual())) {
                s.firstDecrease().ifPresent(d -> out.add(new Finding(row, w.socCode(), context,
                        Kind.DECREASING_PERCENTILES, d)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Refuses an occupation whose exact percentiles on a basis decrease, as the problem of the file it was read from:
     * a reader keeps such a row as published (and {@link #findings(OewsTable)} lists it), but no wage distribution passes
     * through it, so a rank or percentile asked of it must name the cells to look at, as a reader error does.
     *
     * <pre>{@code
     * OewsAudit.requireNonDecreasing(table, table.occupation("11-0000").orElseThrow(), WageBasis.ANNUAL);
     * // mine_M2018.csv, row 3, column A_PCT25 and A_MEDIAN: decreasing published percentiles: annual P25 …
     * }</pre>
     *
     * @param table the table holding the row
     * @param row the occupation
     * @param basis the basis whose percentiles are to be used
     * @throws FileFormatException naming the file, sheet and row the occupation was read from (the table's name when
     *     it was not read from a file), the two columns and their figures, if an exact percentile is below the one
     *     before it
     */
    public static void requireNonDecreasing(OewsTable table, OccupationWages row, WageBasis basis) {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(row, "row must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        WageSummary summary = row.wages(basis);
        Optional<String> decrease = summary.firstDecrease();
        if (decrease.isEmpty()) {
            return;
        }
        String prefix = basis == WageBasis.HOURLY ? "H_" : "A_";
        String before = null;
        String columns = null;
        double last = Double.NaN;
        for (int p : WageSummary.PUBLISHED_PERCENTILES) {
            WageFigure f = summary.percentile(p);
            if (!f.isExact()) {
                continue;
            }
            String column = prefix + (p == 50 ? "MEDIAN" : "PCT" + p);
            if (before != null && f.amount() < last) {
                columns = before + " and " + column;
                break;
            }
            before = column;
            last = f.amount();
        }
        FileFormatException.Builder at = null;
        for (int i = 0; table.origins != null && i < table.size(); i++) {
            if (table.text(OewsTable.OCC_CODE, i).equals(row.socCode()) && table.row(i).equals(row)) {
                at = table.origins.at(i);
                break;
            }
        }
        throw (at != null ? at : FileFormatException.in(table.name())).column(columns).problem("decreasing published "
                + "percentiles: " + decrease.get() + " (" + row.socCode() + " " + row.title() + "); a wage "
                + "distribution needs P10 ≤ P25 ≤ median ≤ P75 ≤ P90, so no rank or percentile is estimated from "
                + "them (the table keeps the row as published)");
    }
}
