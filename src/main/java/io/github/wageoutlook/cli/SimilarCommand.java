package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.Oews;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code similar}: the occupations O*NET 29.3 relates to one, in O*NET's order with tier and index, each with its
 * OEWS employment and wages, its latest outlook and its typical education ({@link SideBySide}).
 */
final class SimilarCommand implements Command {

    @Override
    public String name() {
        return "similar";
    }

    @Override
    public String usage() {
        return "similar <soc-code|onet-soc-code|title> " + SideBySide.USAGE;
    }

    @Override
    public String summary() {
        return "The 20 occupations O*NET 29.3 relates to one, in O*NET's order (tier, index), each with employment, "
                + "median pay and its band (OEWS May " + Oews.latestYear() + " unless --year), outlook, openings and "
                + "typical education; --chart draws them.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        return SideBySide.similar(words, out);
    }
}
