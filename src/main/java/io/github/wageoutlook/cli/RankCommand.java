package io.github.wageoutlook.cli;

import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.distributions.PercentileBracket;
import io.github.wageoutlook.distributions.PercentileRank;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code rank}: the percentile rank of a salary among an occupation's workers. */
final class RankCommand implements Command {

    @Override
    public String name() {
        return "rank";
    }

    @Override
    public String usage() {
        return "rank <soc-code|title> <salary> " + OewsSelection.USAGE
                + " [--hourly] [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "Percentile rank of a salary (annual, or hourly with --hourly) among an occupation's workers.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        return run(words, out, System.err);
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Arguments args = OewsSelection.parse(words, OewsSelection.options(false), Set.of("hourly"));
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        String typed = args.required(1, "salary, e.g. 40000");
        double amount = Arguments.parseDouble(typed, "salary");
        args.atMost(2);
        if (amount < 0) {
            throw new UsageException("Invalid value for salary (valid values 0 or more dollars): " + amount);
        }
        WageBasis basis = Distributions.basis(args);
        OewsSelection.Selection chosen = OewsSelection.select(args, "a percentile rank");
        OccupationWages row = Occupations.find(query, chosen.rows());
        OccupationDistribution d = Distributions.of(chosen.rows(), row, basis);
        BasisHint.print(name(), BasisHint.forSalary(amount, basis, row.wages(basis), row.title()), err);
        Wage wage = Wage.of(amount, basis);
        String echo = asTyped(typed, wage);
        PercentileRank r = d.rankOf(wage);
        Output.Format format = Output.format(args);
        if (format != Output.Format.TEXT) {
            Output.write(new Output.Rows(List.of("year", "soc_code", "title", "basis", "wage", "percentile",
                    "lower_bound", "upper_bound", "bracket"), List.of(Arrays.asList(row.year(), row.socCode(),
                    row.title(), basis.name().toLowerCase(Locale.ROOT), number(typed, amount),
                    Precision.percentile(r.percentile()), r.isLowerBound(), r.isUpperBound(), r.isLowerBound() ? null : r.bracket().description()))),
                    format, out);
            return 0;
        }
        out.printf("%s (SOC %s) — OEWS May %d, %s%n", row.title(), row.socCode(), row.year(),
                chosen.label(row.context()));
        if (r.isLowerBound()) {
            out.printf("%s ranks at or above the %s percentile: BLS top-codes wages at or above %s, so the rank is"
                    + " not known more closely.%n", echo, ordinal(r.percentile()), d.topCode().orElseThrow()
                    .rounded());
            return 0;
        }
        PercentileBracket b = r.bracket();
        if (r.isUpperBound()) {
            out.printf("%s ranks at or below the %s percentile (%s): at most %s earn that much or less.%n",
                    echo, ordinal(Math.rint(r.percentile())), format(r.percentile()),
                    format(r.percentile()) + "% of workers");
            out.printf("That is %s (%s).%n", b.description(), bracketRange(d, b));
            out.printf("The wage lies below BLS's top-code %s: the model puts the unpublished percentile above it at "
                    + "the top-code, and a higher true figure would rank the wage lower, so the rank is an upper "
                    + "bound.%n", d.topCode().orElseThrow().rounded());
            return 0;
        }
        out.printf("%s ranks at the %s percentile (%s): about %s earn that much or less.%n", echo,
                ordinal(Math.rint(r.percentile())), format(r.percentile()), format(r.percentile()) + "% of workers");
        out.printf("That is %s (%s).%n", b.description(), bracketRange(d, b));
        out.println("Estimated between BLS's published percentiles by a monotone cubic in (normal quantile, log wage);"
                + " tails are log-linear, the upper one " + (d.isMeanMatched() ? "matched to BLS's mean "
                + d.publishedMean().orElseThrow().rounded() : "continuing the last segment (no mean to match)") + ".");
        return 0;
    }

    /** Digits as typed: {@code $}, thousands separators and an optional fraction; anything else is no echo. */
    private static final Pattern PLAIN = Pattern.compile("(\\d+)(\\.\\d+)?");

    /**
     * The salary as the user typed it, on its basis: {@code 44774} is {@code $44,774/yr} and {@code 21.50 --hourly}
     * {@code $21.50/hr}, never rounded to what BLS publishes (the rank is of this amount, not of a rounded one).
     */
    static String asTyped(String typed, Wage wage) {
        Matcher m = PLAIN.matcher(typed.strip().replace("$", "").replace(",", ""));
        if (!m.matches()) {
            return wage.toString(); // e.g. 4e4: the amount it reads as, in full
        }
        return String.format(Locale.US, "$%,d", new BigInteger(m.group(1)))
                + (m.group(2) == null ? "" : m.group(2)) + "/" + wage.basis().suffix();
    }

    /** The salary for CSV and JSON: its digits as typed ({@code 21.50}), else the amount. */
    private static Number number(String typed, double amount) {
        String t = typed.strip().replace("$", "").replace(",", "");
        return PLAIN.matcher(t).matches() ? new BigDecimal(t) : (Number) amount;
    }

    private static String bracketRange(OccupationDistribution d, PercentileBracket b) {
        String lower = b.lowerPercentile() == 0 ? "below" : "from " + d.wageAt(b.lowerPercentile()).wage().rounded();
        if (b.upperPercentile() == 100) {
            return lower;
        }
        var upper = d.wageAt(b.upperPercentile());
        return (b.lowerPercentile() == 0 ? "below " : lower + " to ") + (upper.isLowerBound() ? "≥ " : "")
                + upper.wage().rounded();
    }

    static String format(double percentile) {
        return String.format(java.util.Locale.ROOT, "%.1f", percentile);
    }

    static String ordinal(double percentile) {
        long v = Math.round(percentile);
        String suffix = (v % 100 >= 11 && v % 100 <= 13) ? "th"
                : switch ((int) (v % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return v + suffix;
    }
}
