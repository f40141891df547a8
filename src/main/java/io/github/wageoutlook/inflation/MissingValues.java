package io.github.wageoutlook.inflation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Why a price index lacks a period, and what can be used instead: the errors of {@link PriceIndex} and its
 * opt-in interpolation of a month between two published ones.
 */
final class MissingValues {
    /**
     * The one gap in the CPI series this library knows the reason of. Source: BLS, CPI news releases of late 2025
     * and the data tool's CPI-U Series Report, whose October 2025 cell is blank.
     */
    private static final YearMonth OCTOBER_2025 = YearMonth.of(2025, 10);
    /** CPI-U's series id and the year BLS's CPI-U begins (its annual average of 1913 is the first published). */
    private static final String CPI_U = "CUUR0000SA0";
    private static final String CPI_U_FIRST_YEAR = "1913";

    private MissingValues() {
    }

    static MissingIndexValueException annual(String seriesId, int year, SortedMap<Integer, Double> annual,
                                             SortedMap<YearMonth, Double> monthly) {
        String why;
        List<String> alternatives = new ArrayList<>();
        boolean monthsOfYear = monthly.keySet().stream().anyMatch(m -> m.getYear() == year);
        if (monthsOfYear) {
            long n = monthly.keySet().stream().filter(m -> m.getYear() == year).count();
            why = "BLS has not published an annual average for " + year + " in this index (it holds " + n
                    + " month" + (n == 1 ? "" : "s") + " of it; an annual average is never computed here from a "
                    + "partial year)";
            alternatives.add("adjust between months of " + year + " instead (e.g. inflate 100 "
                    + monthly.keySet().stream().filter(m -> m.getYear() == year).reduce((a, b) -> b).orElseThrow()
                    + " --to …)");
        } else if (!annual.isEmpty() && year < annual.firstKey()) {
            // A newer file cannot help with a year before the series begins.
            return new MissingIndexValueException(seriesId, Integer.toString(year), "the index starts in "
                    + annual.firstKey() + " (its annual averages cover " + coverage(annual) + ")",
                    List.of(beforeStart(seriesId, Integer.toString(annual.firstKey()))));
        } else {
            why = "the annual averages of this index cover " + coverage(annual);
        }
        alternatives.add("add BLS's published value for " + year + " to the index, or read a newer BLS file");
        return new MissingIndexValueException(seriesId, Integer.toString(year), why, alternatives);
    }

    static MissingIndexValueException month(String seriesId, YearMonth month, SortedMap<Integer, Double> annual,
                                            SortedMap<YearMonth, Double> monthly) {
        List<String> alternatives = new ArrayList<>();
        String why;
        boolean inside = !monthly.isEmpty() && month.isAfter(monthly.firstKey()) && month.isBefore(monthly.lastKey());
        if (inside) {
            why = month.equals(OCTOBER_2025) && seriesId.startsWith("C")
                    ? "BLS published no index for October 2025 (the lapse in federal appropriations that autumn "
                    + "stopped its price collection)"
                    : "BLS published no value for this month (the index has months before and after it)";
            if (annual.containsKey(month.getYear())) {
                alternatives.add(String.format(Locale.US, "the annual average of %d, %.3f (adjust by year; "
                        + "inflate … %d --to …)", month.getYear(), annual.get(month.getYear()), month.getYear()));
            }
            YearMonth before = monthly.headMap(month).lastKey();
            YearMonth after = monthly.tailMap(month).firstKey();
            alternatives.add(String.format(Locale.US, "an interpolation between %s (%.3f) and %s (%.3f), labelled "
                    + "as interpolated (MissingMonths.INTERPOLATE; inflate --interpolate)", before,
                    monthly.get(before), after, monthly.get(after)));
        } else if (!monthly.isEmpty() && month.isBefore(monthly.firstKey())) {
            return new MissingIndexValueException(seriesId, month.toString(), "the index starts in "
                    + monthly.firstKey() + " (its monthly values cover " + coverageOfMonths(monthly) + ")",
                    List.of(beforeStart(seriesId, monthly.firstKey().toString())));
        } else {
            why = "the monthly values of this index cover " + coverageOfMonths(monthly);
            if (annual.containsKey(month.getYear())) {
                alternatives.add(String.format(Locale.US, "the annual average of %d, %.3f (adjust by year)",
                        month.getYear(), annual.get(month.getYear())));
            }
            alternatives.add("add BLS's published value for " + month + " to the index, or read a newer BLS file");
        }
        return new MissingIndexValueException(seriesId, month.toString(), why, alternatives);
    }

    /** What to do about a period before an index's first value: CPI-U has none before 1913 anywhere. */
    private static String beforeStart(String seriesId, String first) {
        if (seriesId.equals(CPI_U) && first.startsWith(CPI_U_FIRST_YEAR)) {
            return "adjust from " + first + " at the earliest: BLS's CPI-U begins in " + CPI_U_FIRST_YEAR
                    + ", and no BLS file holds an earlier value";
        }
        return "adjust from " + first + " or later, or add a value for the period from a source that goes further "
                + "back";
    }

    /**
     * The straight line between the nearest published months around a missing one.
     *
     * @return the value, or null when the month is not between two published months
     */
    static IndexValue interpolate(String seriesId, YearMonth month, SortedMap<YearMonth, Double> monthly) {
        if (monthly.isEmpty() || !month.isAfter(monthly.firstKey()) || !month.isBefore(monthly.lastKey())) {
            return null;
        }
        YearMonth before = monthly.headMap(month).lastKey();
        YearMonth after = monthly.tailMap(month).firstKey();
        double a = monthly.get(before);
        double b = monthly.get(after);
        long span = before.until(after, java.time.temporal.ChronoUnit.MONTHS);
        long step = before.until(month, java.time.temporal.ChronoUnit.MONTHS);
        double value = a + (b - a) * step / span;
        return new IndexValue(seriesId, month.toString(), value, IndexValue.Kind.INTERPOLATED,
                String.format(Locale.US, "a straight line between %s (%.3f) and %s (%.3f); BLS "
                        + "published no value for %s", before, a, after, b, month));
    }

    static String coverage(SortedMap<Integer, Double> years) {
        if (years.isEmpty()) {
            return "nothing: the index holds none";
        }
        long span = years.lastKey() - years.firstKey() + 1L;
        return years.firstKey() + " - " + years.lastKey() + gaps(span, years.size());
    }

    static String coverageOfMonths(SortedMap<YearMonth, Double> months) {
        if (months.isEmpty()) {
            return "nothing: the index holds none";
        }
        long span = months.firstKey().until(months.lastKey(), java.time.temporal.ChronoUnit.MONTHS) + 1;
        return months.firstKey() + " - " + months.lastKey() + gaps(span, months.size());
    }

    private static String gaps(long span, int present) {
        return span == present ? "" : ", with " + (span - present) + " missing";
    }
}
