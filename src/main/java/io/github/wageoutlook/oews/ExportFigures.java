package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figure cells of one row of an OEWS data query tool export into the numbers and statuses of an
 * {@link OewsTable} row, as the export's own footnote lines define its marks.
 *
 * <p>A cell is a number (the newer xlsx stores numbers, its relative standard errors as float32, so 0.3 comes back as
 * 0.30000001192092896 and is read as 0.3, the shortest decimal of that float; the CSV and the older exports hold the
 * display text: {@code $102,970}, {@code 1,620}, space-padded {@code "       460"}), or a mark:
 * <ul>
 *   <li>{@code (n) -} or {@code (n) value}: footnote n of the file. A footnote saying "Estimate not released" makes
 *       the figure {@link FigureStatus#NOT_RELEASED}; one saying the wage "is equal to or greater than $115.00 per
 *       hour or $239,200 per year" makes it {@link FigureStatus#TOP_CODED} at that top-code; one saying wages are
 *       "reported either as hourly wages or annual salaries" makes it not available ({@code *}) with the row
 *       published on the other basis only; any other footnote on a dash leaves the figure not available. A mark whose
 *       footnote the file does not define is an error.</li>
 *   <li>{@code -} alone: no figure. The older tool writes it for every reason, so the row tells which, using the
 *       footnotes the file defines: a percentile above a published (or top-coded) lower percentile of the same basis,
 *       below the top-code, is top-coded when the file states its top-code (BLS releases a wage estimate's
 *       percentiles together, so only the top-code cuts them short); a basis whose every cell is a dash while the
 *       other basis has figures is a wage BLS publishes on the other basis only, when the file has the footnote on
 *       hourly wages and annual salaries (the national file's {@code ANNUAL}/{@code HOURLY} flag); any other dash is
 *       not available: {@code *} for a wage or its relative standard error, {@code **} for employment, its relative
 *       standard error, jobs per 1,000 and the location quotient.</li>
 *   <li>{@code #}, {@code *}, {@code **}: as in BLS's workbooks.</li>
 * </ul>
 * A column the export does not have is {@link FigureStatus#ABSENT}: never zero, never a neighbouring figure. Checked
 * against the official May 2023 national file, these rules give every one of its 1,105 rows back.
 */
final class ExportFigures {
    private static final Pattern MARKED = Pattern.compile("^\\((\\d{1,2})\\)\\s*(.*)$", Pattern.DOTALL);
    /** The first figure index of each wage basis (the mean, then P10 … P90) in {@link OewsTable#FIGURES}. */
    private static final int HOURLY_MEAN = 2;
    private static final int ANNUAL_MEAN = 3;
    private static final int MEAN_PRSE = 4;
    private static final int[] HOURLY = {HOURLY_MEAN, 5, 6, 7, 8, 9};
    private static final int[] ANNUAL = {ANNUAL_MEAN, 10, 11, 12, 13, 14};

    /** What a footnote of the export means for the cells it marks. */
    enum Meaning {
        /** "Estimate not released." */
        NOT_RELEASED,
        /** "This wage is equal to or greater than $… per hour or $… per year." */
        TOP_CODED,
        /** "Wages for some occupations … are reported either as hourly wages or annual salaries …" */
        ONE_BASIS,
        /** Anything else: a note on a column (how annual wages are computed, what an RSE is). */
        NOTE;

        static Meaning of(String text) {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            if (t.contains("not released")) {
                return NOT_RELEASED;
            }
            if (topCode(text).isPresent()) {
                return TOP_CODED;
            }
            return t.contains("hourly wages or annual salaries") ? ONE_BASIS : NOTE;
        }
    }

    /** Reports a bad cell: its figure index, the raw text, the problem. */
    interface Failure {
        RuntimeException at(int figure, String raw, String problem);
    }

    /** A dash not yet told apart (see the class documentation); never stored. */
    private static final FigureStatus DASH = null;

    private final SortedMap<Integer, String> footnotes;
    private final Optional<TopCode> topCode;
    private final boolean oneBasisNote;

    /** @param footnotes the export's footnote lines by number, as the file states them */
    ExportFigures(SortedMap<Integer, String> footnotes) {
        this.footnotes = footnotes;
        this.topCode = footnotes.values().stream().map(ExportFigures::topCode).flatMap(Optional::stream)
                .findFirst();
        this.oneBasisNote = footnotes.values().stream().anyMatch(t -> Meaning.of(t) == Meaning.ONE_BASIS);
    }

    /** The top-code a footnote states, if it states one that is a wage. */
    private static Optional<TopCode> topCode(String footnote) {
        try {
            return TopCode.find(footnote);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // "$1e999 per hour" is no top-code
        }
    }

    /** What one row holds. */
    static final class Row {
        final double[] numbers = new double[OewsTable.FIGURES.size()];
        final FigureStatus[] statuses = new FigureStatus[OewsTable.FIGURES.size()];
        boolean annualOnly;
        boolean hourlyOnly;
    }

    /**
     * Reads a row's figure cells.
     *
     * @param raw the raw text of each figure's cell, in {@link OewsTable#FIGURES} order; null where the export has no
     *     such column
     * @param year the survey year (the top-code of a {@code #} when the file does not state it)
     * @param fail how to report a bad cell
     * @return the numbers, statuses and flags
     */
    Row read(String[] raw, int year, Failure fail) {
        Row row = new Row();
        boolean[] oneBasisMark = new boolean[raw.length];
        for (int f = 0; f < raw.length; f++) {
            row.numbers[f] = Double.NaN;
            if (raw[f] == null) {
                row.statuses[f] = FigureStatus.ABSENT;
                continue;
            }
            cell(row, f, raw[f], year, oneBasisMark, fail);
        }
        infer(row, HOURLY, ANNUAL, oneBasisMark);
        infer(row, ANNUAL, HOURLY, oneBasisMark);
        for (int f = 0; f < raw.length; f++) {
            if (row.statuses[f] == DASH) {
                row.statuses[f] = isWageSide(f) ? FigureStatus.WAGE_NOT_AVAILABLE
                        : FigureStatus.EMPLOYMENT_NOT_AVAILABLE;
            }
        }
        return row;
    }

    private void cell(Row row, int f, String rawText, int year, boolean[] oneBasisMark, Failure fail) {
        String text = rawText.strip();
        boolean wage = OewsTableBuilder.isWage(f);
        Meaning marked = null;
        Matcher m = MARKED.matcher(text);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            String note = footnotes.get(n);
            if (note == null) {
                throw fail.at(f, rawText, "footnote (" + n + ") is not among the export's footnotes "
                        + footnotes.keySet());
            }
            marked = Meaning.of(note);
            text = m.group(2).strip();
            if (marked == Meaning.TOP_CODED && !wage) {
                throw fail.at(f, rawText, "footnote (" + n + ") marks a top-coded wage, in a column that is not a "
                        + "wage");
            }
        }
        if (text.isEmpty() || text.equals("-")) {
            if (marked == null && text.isEmpty()) {
                throw fail.at(f, rawText, "empty cell; the OEWS data query tool writes - where it shows no figure");
            }
            if (marked == Meaning.NOT_RELEASED) {
                row.statuses[f] = FigureStatus.NOT_RELEASED;
            } else if (marked == Meaning.TOP_CODED) {
                topCoded(row, f, topCode.orElseThrow());
            } else {
                oneBasisMark[f] = marked == Meaning.ONE_BASIS;
                row.statuses[f] = DASH;
            }
            return;
        }
        Optional<FigureStatus> code = FigureStatus.special(text);
        if (code.isPresent()) {
            FigureStatus s = code.get();
            if (s == FigureStatus.TOP_CODED) {
                if (!wage) {
                    throw fail.at(f, rawText, "# (top-coded) is only used for wages");
                }
                if (topCode.isEmpty() && year < TopCode.FIRST_KNOWN_YEAR) {
                    throw fail.at(f, rawText, "top-coded wage, but the top-code of " + year + " is unknown and the "
                            + "export's footnotes state none");
                }
                topCoded(row, f, topCode.orElseGet(() -> TopCode.of(year)));
            } else if (s == FigureStatus.UNDER_HALF_PERCENT) {
                throw fail.at(f, rawText, "~ is only used for PCT_RPT, which the OEWS data query tool does not "
                        + "export");
            } else {
                row.statuses[f] = s;
            }
            return;
        }
        double v = number(wage ? text.replaceFirst("^\\$\\s*", "") : text);
        if (Double.isNaN(v)) {
            throw fail.at(f, rawText, "not a number, nor a mark of the OEWS data query tool (-, (8) -, #)");
        }
        if (v < 0) {
            throw fail.at(f, rawText, "negative " + (wage ? "wage" : "figure"));
        }
        Optional<String> implausible = OewsRowParser.implausible(f, v);
        if (implausible.isPresent()) {
            throw fail.at(f, rawText, implausible.get());
        }
        row.numbers[f] = v;
        row.statuses[f] = marked == Meaning.TOP_CODED ? FigureStatus.TOP_CODED : FigureStatus.PUBLISHED;
    }

    private static void topCoded(Row row, int f, TopCode code) {
        row.statuses[f] = FigureStatus.TOP_CODED;
        row.numbers[f] = code.on(OewsTable.FIGURES.get(f).startsWith("H_") ? WageBasis.HOURLY : WageBasis.ANNUAL)
                .amount();
    }

    /** Tells the dashes of one basis apart: top-coded percentiles, then a basis BLS does not publish for the row. */
    private void infer(Row row, int[] basis, int[] other, boolean[] oneBasisMark) {
        if (topCode.isPresent()) {
            double bound = topCode.get().on(basis == HOURLY ? WageBasis.HOURLY : WageBasis.ANNUAL).amount();
            for (int k = 2; k < basis.length; k++) {
                int f = basis[k];
                int below = basis[k - 1];
                boolean cutShort = row.statuses[below] == FigureStatus.TOP_CODED
                        || row.statuses[below] == FigureStatus.PUBLISHED && row.numbers[below] < bound;
                if (row.statuses[f] == DASH && !oneBasisMark[f] && cutShort) {
                    row.statuses[f] = FigureStatus.TOP_CODED;
                    row.numbers[f] = bound;
                }
            }
        }
        boolean none = true;
        boolean marked = false;
        boolean seen = false;
        for (int f : basis) {
            FigureStatus s = row.statuses[f];
            seen |= s != FigureStatus.ABSENT;
            none &= s == DASH || s == FigureStatus.ABSENT;
            marked |= oneBasisMark[f];
        }
        boolean otherHasFigures = false;
        for (int f : other) {
            otherHasFigures |= row.statuses[f] != DASH && row.statuses[f].hasValue();
        }
        if (seen && none && otherHasFigures && (oneBasisNote || marked)) {
            for (int f : basis) {
                if (row.statuses[f] == DASH) {
                    row.statuses[f] = FigureStatus.WAGE_NOT_AVAILABLE;
                }
            }
            if (basis == HOURLY) {
                row.annualOnly = true;
            } else {
                row.hourlyOnly = true;
            }
        }
    }

    /** Wages and the mean's relative standard error (a dash there is {@code *}); the rest is employment's. */
    private static boolean isWageSide(int f) {
        return OewsTableBuilder.isWage(f) || f == MEAN_PRSE;
    }

    /**
     * A number as the export writes it: plain, with thousands separators, in E notation as a workbook stores large
     * numbers ({@code 1.805785E7}); a number a workbook stored as a float32 is read as the float's shortest decimal.
     *
     * @param text the stripped cell text, without a dollar sign
     * @return the number, or NaN
     */
    static double number(String text) {
        double v = OewsRowParser.parseNumber(text);
        if (Double.isNaN(v)) {
            return v;
        }
        float single = (float) v;
        if ((double) single == v && !Float.isInfinite(single)) {
            // 0.30000001192092896 is exactly the float nearest 0.3: the figure BLS published is 0.3.
            double shortest = Double.parseDouble(Float.toString(single));
            if (Double.toString(shortest).length() < Double.toString(v).length()) {
                return shortest;
            }
        }
        return v;
    }
}
