package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.TopCode;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code datasets}: what is embedded — every OEWS national year loaded, with its size and top-code. */
final class DatasetsCommand implements Command {

    @Override
    public String name() {
        return "datasets";
    }

    @Override
    public String usage() {
        return "datasets";
    }

    @Override
    public String summary() {
        return "Loads every embedded OEWS national year and lists rows, occupations and top-codes.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments.parse(words, Set.of(), Set.of()).atMost(0);
        out.printf("%-6s %7s %9s %10s  %s%n", "year", "rows", "detailed", "employment", "top-code (hourly / annual)");
        for (int year : Oews.nationalYears()) {
            OewsTable t = Oews.national(year);
            double employment = t.occupation("00-0000").orElseThrow().employment().value();
            TopCode top = TopCode.of(year);
            boolean used = t.stream().anyMatch(r -> r.annual().percentiles().stream().anyMatch(WageFigure::isLowerBound)
                    || r.hourly().percentiles().stream().anyMatch(WageFigure::isLowerBound)
                    || r.annual().mean().isLowerBound() || r.hourly().mean().isLowerBound());
            out.printf("%-6d %,7d %,9d %9.1fM  %s%n", year, t.size(), t.level(GroupLevel.DETAILED).size(),
                    employment / 1e6, used ? "≥ " + top.hourly() + " / " + top.annual()
                            : "none: every wage published as a number");
        }
        out.println("Source: BLS OEWS national cross-industry estimates, May of each year (see datasets/README.md).");
        return 0;
    }
}
