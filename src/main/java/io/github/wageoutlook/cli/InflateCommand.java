package io.github.wageoutlook.cli;

import io.github.wageoutlook.inflation.Adjustment;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.IndexValue;
import io.github.wageoutlook.inflation.MissingIndexValueException;
import io.github.wageoutlook.inflation.MissingMonths;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.inflation.CpiReader;
import io.github.wageoutlook.io.FileFormatException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code inflate}: an amount of one year's (or month's) dollars in another's, by a CPI series — in the spirit of the
 * command line of Python's {@code cpi} package. Annual periods use BLS's published annual averages, months the
 * monthly values; the output names the series, both index values and the factor. Same period: exactly the amount.
 */
final class InflateCommand implements Command {

    @Override
    public String name() {
        return "inflate";
    }

    @Override
    public String usage() {
        return "inflate <amount> <YYYY|YYYY-MM> [--to YYYY|YYYY-MM] [--series ID] [--cpi-file PATH] [--interpolate]"
                + " [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "An amount of one year's or month's dollars in another's (default: the latest annual average, 2025, "
                + "or the latest month), by CPI-U or another series; prints both index values and the factor.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = Arguments.parse(words, Output.formatOptions("to", "series", "cpi-file"),
                Set.of("interpolate"));
        Output.Format format = Output.format(args);
        double amount = Arguments.parseDouble(args.required(0, "amount in dollars, e.g. 100"), "amount");
        if (Math.abs(amount) >= 1e11) {
            // Beyond this, a double no longer holds the adjusted amount to the cent (factors reach about 30).
            throw new UsageException("amount must be under $100 billion, got '" + args.positional().get(0) + "'");
        }
        String fromText = args.required(1, "period the amount is of, YYYY or YYYY-MM");
        args.atMost(2);
        PriceIndex index = index(args);
        MissingMonths missing = args.flag("interpolate") ? MissingMonths.INTERPOLATE : MissingMonths.FAIL;
        Adjustment a;
        try {
            if (isMonth(fromText)) {
                YearMonth from = month(fromText);
                YearMonth to = args.option("to").map(t -> {
                    if (!isMonth(t)) {
                        throw new UsageException("--to must be a month (YYYY-MM) like " + fromText + ", got '" + t
                                + "'");
                    }
                    return month(t);
                }).orElseGet(() -> {
                    if (index.monthlyValues().isEmpty()) {
                        throw new NotFoundException("series " + index.seriesId() + " has no monthly values");
                    }
                    return index.monthlyValues().lastKey();
                });
                a = index.adjustment(from, to, missing);
            } else {
                int from = Arguments.parseYear(fromText, "year (YYYY) or month (YYYY-MM)");
                int to = args.option("to").map(t -> {
                    if (isMonth(t)) {
                        throw new UsageException("--to must be a year (YYYY) like " + fromText + ", got '" + t + "'");
                    }
                    return Arguments.parseYear(t, "--to year");
                }).orElseGet(() -> {
                    if (index.annualAverages().isEmpty()) {
                        throw new NotFoundException("series " + index.seriesId() + " has no annual averages (BLS "
                                + "publishes none for seasonally adjusted series); give months, e.g. "
                                + fromText + "-01 --to 2025-09");
                    }
                    return index.lastYear();
                });
                a = index.adjustment(from, to);
            }
        } catch (MissingIndexValueException e) {
            throw new NotFoundException(e.getMessage());
        }
        double result = a.apply(amount);
        if (format != Output.Format.TEXT) {
            Output.write(new Output.Rows(List.of("series_id", "amount", "from_period", "to_period", "from_index",
                    "to_index", "from_interpolated", "to_interpolated", "factor", "adjusted_amount"),
                    List.of(Arrays.asList(index.seriesId(), amount, a.from().period(), a.to().period(),
                            Precision.index(a.from().value()), Precision.index(a.to().value()),
                            a.from().isInterpolated(), a.to().isInterpolated(), Precision.factor(a.factor()),
                            Precision.cents(result)))), format, out);
            return 0;
        }
        out.printf(Locale.US, "%s in %s dollars = %s in %s dollars%n", dollars(amount), a.from().period(),
                dollars(result), a.to().period());
        out.printf("Series %s%s, %s%n", index.seriesId(), describe(index.seriesId()),
                a.from().isAnnual() ? "annual averages (BLS period M13)" : "monthly values");
        out.printf("Source: %s%n", index.source());
        line(out, a.from());
        line(out, a.to());
        out.printf(Locale.US, "  factor  %s = %.3f / %.3f = %.6f%n", a.from().period().equals(a.to().period())
                ? "(same period: exactly 1)" : "I(" + a.to().period() + ") / I(" + a.from().period() + ")",
                a.to().value(), a.from().value(), a.factor());
        if (a.isInterpolated()) {
            out.println("Note: an index value above is interpolated (--interpolate), not published by BLS; the "
                    + "result is an estimate.");
        }
        return 0;
    }

    private static PriceIndex index(Arguments args) {
        String series = args.option("series").orElse(CpiReader.DEFAULT_SERIES).strip();
        try {
            if (args.option("cpi-file").isPresent()) {
                Path file = Path.of(args.option("cpi-file").get());
                return args.option("series").isPresent() ? Cpi.read(file, series) : Cpi.read(file);
            }
            return Cpi.embedded(series);
        } catch (FileFormatException e) {
            if (e.column().filter("series_id"::equals).isPresent() && args.option("cpi-file").isEmpty()) {
                throw new NotFoundException("no series " + series + " in the embedded CPI files ("
                        + Cpi.embeddedSeries().size() + " all-items series, e.g. CUUR0000SA0, CUSR0000SA0, "
                        + "CUUR0100SA0)");
            }
            throw e;
        }
    }

    private static void line(PrintStream out, IndexValue v) {
        out.printf(Locale.US, "  index   %-7s %10.3f%s%n", v.period(), v.value(),
                v.isInterpolated() ? "  (interpolated: " + v.note() + ")" : "");
    }

    private static String describe(String seriesId) {
        return seriesId.equals(CpiReader.DEFAULT_SERIES)
                ? " (CPI-U: U.S. city average, all items, not seasonally adjusted, 1982-84 = 100)" : "";
    }

    private static boolean isMonth(String text) {
        return text.strip().length() == 7 && text.strip().charAt(4) == '-';
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("a month is YYYY-MM, e.g. 2018-01, got '" + text + "'");
        }
    }

    private static String dollars(double amount) {
        return (amount < 0 ? "-$" : "$") + String.format(Locale.US, "%,.2f", Math.abs(amount));
    }
}
