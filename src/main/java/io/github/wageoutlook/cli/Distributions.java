package io.github.wageoutlook.cli;

import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.distributions.PercentileBand;
import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsAudit;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.WageBasis;
import java.io.PrintStream;
import java.util.Locale;

/** What the distribution commands ({@code rank}, {@code percentile}, {@code group}, {@code profile}) share. */
final class Distributions {
    private Distributions() {
    }

    /**
     * The basis asked for: annual unless {@code --hourly} is given.
     *
     * @param args parsed arguments with the flag {@code hourly}
     * @return the basis
     */
    static WageBasis basis(Arguments args) {
        return args.flag("hourly") ? WageBasis.HOURLY : WageBasis.ANNUAL;
    }

    /**
     * The occupation's distribution on a basis, with a command-line hint when BLS publishes the other basis only.
     *
     * @param row the occupation
     * @param basis the basis asked for
     * @return the distribution
     * @throws UsageException naming the occupation and the option to use
     */
    static OccupationDistribution of(OccupationWages row, WageBasis basis) {
        return WageDistribution.from(row, published(row, basis));
    }

    /**
     * {@link #of(OccupationWages, WageBasis)} for a row of a table read from files: percentiles that decrease are the
     * file's problem (exit 4), named by its file, row and columns, not a usage error.
     *
     * @param table the table the row is from
     * @param row the occupation
     * @param basis the basis asked for
     * @return the distribution
     * @throws UsageException naming the occupation and the option to use
     * @throws io.github.wageoutlook.io.FileFormatException naming the file, row and columns of decreasing
     *     percentiles
     */
    static OccupationDistribution of(OewsTable table, OccupationWages row, WageBasis basis) {
        OewsAudit.requireNonDecreasing(table, row, basis);
        return of(row, basis);
    }

    /**
     * The basis asked for, when BLS publishes the occupation's wages on it.
     *
     * @param row the occupation
     * @param basis the basis asked for
     * @return {@code basis}
     * @throws UsageException naming the occupation and the option to use
     */
    static WageBasis published(OccupationWages row, WageBasis basis) {
        if (!row.publishedBasis().includes(basis)) {
            throw new UsageException(row.socCode() + " " + row.title() + " (May " + row.year() + ") has no "
                    + basis.name().toLowerCase(Locale.ROOT) + " wage data: BLS publishes only "
                    + (basis == WageBasis.ANNUAL ? "hourly wages for it; add --hourly"
                    : "annual wages for it; drop --hourly"));
        }
        return basis;
    }

    /**
     * Prints the middle-80% and middle-50% bands.
     *
     * @param d the distribution
     * @param out where to print
     */
    static void printBands(WageDistribution d, PrintStream out) {
        printBands(d.interdecile(), d.interquartile(), out);
    }

    /**
     * Prints two bands, e.g. built from estimates clamped to BLS's published bounds.
     *
     * @param middle80 P10–P90
     * @param middle50 P25–P75
     * @param out where to print
     */
    static void printBands(PercentileBand middle80, PercentileBand middle50, PrintStream out) {
        band(out, "Middle 80% (P10–P90)", middle80, "P90/P10");
        band(out, "Middle 50% (P25–P75)", middle50, "P75/P25");
    }

    /**
     * A signed percentage to one decimal for text, {@code +0.1%}; a value that rounds to zero prints {@code 0.0%}, never
     * {@code -0.0%}.
     *
     * @param fraction the difference as a fraction (0.001 = 0.1 %)
     * @return the text
     */
    static String signedPercent(double fraction) {
        double rounded = Math.round(1000 * fraction) / 10.0;
        return rounded == 0 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", rounded);
    }

    private static void band(PrintStream out, String name, PercentileBand b, String ratioName) {
        String bound = b.isLowerBound() ? "≥ " : "";
        out.printf(Locale.ROOT, "%s: %s – %s%s, width %s%s, %s ratio %s%.2f%n", name, b.lower().wage().rounded(),
                bound, b.upper().wage().rounded(), bound, b.width().rounded(), ratioName, bound, b.ratio());
    }
}
