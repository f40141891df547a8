package io.github.wageoutlook.cli;

import io.github.wageoutlook.careers.OccupationComparison;
import io.github.wageoutlook.careers.RelatedOccupations;
import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.WageBasis;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Occupations side by side on the command line: {@code compare OCC OCC [OCC…]}, {@code compare OCC --similar} and
 * {@code similar OCC}, each from one OEWS context ({@link OewsSelection}: {@code --year}, {@code --area},
 * {@code --industry}, {@code --ownership}, {@code --file}), printed as the library's {@link OccupationComparison}
 * prints itself — text, CSV, JSON or its HTML table — and drawn with {@code --chart}.
 */
final class SideBySide {
    /** The flag of {@code compare} that adds an occupation's related occupations. */
    static final String SIMILAR = "similar";
    /** The options after the occupations, as usage lines print them. */
    static final String USAGE = OewsSelection.USAGE + " [--sort median|growth|openings|employment] [--hourly]"
            + " [--format text|csv|json|html] [--chart FILE.png|FILE.svg]";
    private static final String SORT = "sort";

    private SideBySide() {
    }

    /** @return true when the words ask for one occupation across contexts ({@code --by}), the older form */
    static boolean asksBy(List<String> words) {
        return words.stream().anyMatch(w -> w.equals("--by") || w.startsWith("--by="));
    }

    /**
     * {@code compare OCC OCC [OCC…]} or {@code compare OCC --similar}.
     *
     * @param words the words after the command name
     * @param out where the result goes
     * @return the exit code
     */
    static int compare(List<String> words, PrintStream out) {
        Arguments args = parse(words, Set.of("hourly", SIMILAR));
        List<String> occupations = args.positional();
        boolean similar = args.flag(SIMILAR);
        if (similar && occupations.size() != 1) {
            throw new UsageException("--similar takes one occupation (its related occupations are added), got "
                    + occupations.size());
        }
        if (!similar && occupations.size() < 2) {
            throw new UsageException("give two or more occupations to compare (SOC codes or words of titles), one "
                    + "with --similar for its related occupations, or one with --by industry|ownership|area|state|"
                    + "metro|nonmetro");
        }
        OewsTable table = OewsSelection.oneContext(args, "a comparison of occupations");
        OccupationComparison c = similar ? RelatedOccupations.onet().besides(table, occupations.get(0))
                : OccupationComparison.of(table, occupations);
        return print(c, args, out);
    }

    /**
     * {@code similar OCC}: the occupation's related occupations in O*NET's order.
     *
     * @param words the words after the command name
     * @param out where the result goes
     * @return the exit code
     */
    static int similar(List<String> words, PrintStream out) {
        Arguments args = parse(words, Set.of("hourly"));
        String query = args.required(0, "occupation (SOC code such as 43-4051, O*NET-SOC code such as 43-4051.00, "
                + "or title text)");
        args.atMost(1);
        OewsTable table = OewsSelection.oneContext(args, "the related occupations' figures");
        return print(RelatedOccupations.onet().of(table, query), args, out);
    }

    private static Arguments parse(List<String> words, Set<String> flags) {
        return OewsSelection.parse(words, OewsSelection.options(true, SORT), flags);
    }

    private static int print(OccupationComparison comparison, Arguments args, PrintStream out) {
        OccupationComparison c = comparison;
        if (args.flag("hourly")) {
            c = c.withBasis(WageBasis.HOURLY);
        }
        Optional<String> sort = args.option(SORT);
        if (sort.isPresent()) {
            try {
                c = c.sortedBy(OccupationComparison.Order.parse(sort.get()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--sort must be median, growth, openings or employment, got '" + sort.get()
                        + "'");
            }
        }
        boolean html = args.option(Output.FORMAT).map(f -> f.strip().toLowerCase(Locale.ROOT).equals("html"))
                .orElse(false);
        Output.Format format = html ? Output.Format.CSV : Output.format(args);
        Optional<Path> chartFile = Output.chart(args);
        if (html) {
            out.println(c.toHtml());
        } else if (format == Output.Format.TEXT) {
            out.print(c);
        } else {
            Output.write(Output.rows(c.toTable()), format, out);
        }
        if (chartFile.isPresent()) {
            // HTML, like CSV and JSON, stays clean: the chart's line is printed with text only.
            Output.writeChart(Charts.occupations(c), chartFile.get(), format, out);
        }
        return 0;
    }
}
