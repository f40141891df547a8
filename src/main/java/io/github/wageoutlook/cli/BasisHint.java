package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Hints for inputs that look like the other unit: a salary typed on the wrong basis ({@code rank 43-4051 20} reads
 * $20 a year), or a percentile typed as a fraction ({@code 0.9} for the 90th). The command still answers what was
 * asked; the hint goes to standard error, so that piped output stays clean. Any command that takes an amount or a
 * percentile uses the same rules.
 *
 * <p>The salary rule: an amount is <em>implausible</em> on a basis when it is below a third of the lowest figure
 * the reference range holds on that basis, or above three times the highest (for an occupation, BLS's P10 to P90);
 * it is <em>plausible</em> on the other basis when, converted with BLS's 2,080-hour year, it falls inside the
 * same widened range. The hint is given only when both hold.
 *
 * <pre>{@code
 * BasisHint.forSalary(20, WageBasis.ANNUAL, csr.annual(), "customer service representatives")
 * // Optional["$20 a year looks like an hourly wage: add --hourly (BLS's P10 to P90 for …)"]
 * }</pre>
 */
final class BasisHint {
    /** How far outside the reference range an amount must be to be implausible, as a factor. */
    static final double FACTOR = 3;

    private BasisHint() {
    }

    /**
     * The hint for a salary against an occupation's published wages on the basis asked for.
     *
     * @param amount the salary as typed, in dollars
     * @param basis the basis asked for ({@code --hourly} or not)
     * @param published the occupation's published figures on that basis
     * @param who the occupation, for the message
     * @return the hint, or empty when the amount is plausible as asked or implausible both ways
     */
    static Optional<String> forSalary(double amount, WageBasis basis, WageSummary published, String who) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (WageFigure f : published.percentiles()) {
            if (f.isAvailable()) {
                lowest = Math.min(lowest, f.amount());
                highest = Math.max(highest, f.amount());
            }
        }
        if (!(highest > 0)) {
            return Optional.empty();
        }
        String range = "BLS's P10 to P90 for " + who + ": " + Wage.of(lowest, basis).rounded() + " to "
                + Wage.of(highest, basis).rounded();
        return forSalary(amount, basis, lowest, highest, range);
    }

    /**
     * The hint for a salary against any reference range on the basis asked for.
     *
     * @param amount the salary as typed, in dollars
     * @param basis the basis asked for
     * @param lowest the lowest plausible reference figure on {@code basis}, above 0
     * @param highest the highest reference figure on {@code basis}
     * @param range the reference range in words, for the message
     * @return the hint, or empty
     */
    static Optional<String> forSalary(double amount, WageBasis basis, double lowest, double highest, String range) {
        if (!(amount > 0) || !(lowest > 0)) {
            return Optional.empty();
        }
        WageBasis other = basis == WageBasis.ANNUAL ? WageBasis.HOURLY : WageBasis.ANNUAL;
        double asOther = Wage.of(amount, other).to(basis).amount();
        boolean implausible = outside(amount, lowest, highest);
        boolean plausibleOther = !outside(asOther, lowest, highest);
        if (!implausible || !plausibleOther) {
            return Optional.empty();
        }
        String typed = "$" + plain(amount) + (basis == WageBasis.ANNUAL ? " a year" : " an hour");
        return Optional.of(typed + (other == WageBasis.HOURLY ? " looks like an hourly wage: add --hourly"
                : " looks like an annual salary: drop --hourly") + " (" + range + ")");
    }

    /**
     * The hint for a percentile typed as a fraction: {@code 0.9} for the 90th.
     *
     * @param percentile the percentile as typed, 0 &lt; p &lt; 100
     * @return the hint, or empty when the value is 1 or more
     */
    static Optional<String> forPercentile(double percentile) {
        if (!(percentile > 0 && percentile < 1)) {
            return Optional.empty();
        }
        return Optional.of(plain(percentile) + " is read as percentile " + plain(percentile) + " on the 0–100 scale,"
                + " near the very bottom; if you meant the fraction " + plain(percentile) + ", type "
                + plain(100 * percentile));
    }

    /**
     * Prints a hint on standard error, marked as one.
     *
     * @param command the command's name
     * @param hint the hint, if any
     * @param err standard error
     */
    static void print(String command, Optional<String> hint, PrintStream err) {
        hint.ifPresent(h -> err.println("wage-outlook " + command + ": hint: " + h));
    }

    private static boolean outside(double amount, double lowest, double highest) {
        return amount < lowest / FACTOR || amount > highest * FACTOR;
    }

    /** 20, 80,000, 0.9, 12.5: the number as a person types it. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.US, "%,d", (long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
