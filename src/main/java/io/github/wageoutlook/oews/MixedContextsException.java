package io.github.wageoutlook.oews;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An aggregate was asked of rows from several contexts (survey years, areas, industries or ownerships), which it
 * would mix into one wrong number; the message names the contexts present, what differs between them, and how to
 * choose one.
 *
 * <pre>{@code
 * try { GroupDistribution.from(allData, "43", WageBasis.ANNUAL); }
 * catch (MixedContextsException e) { e.contexts(); }   // every year × area × industry × ownership of the table
 * }</pre>
 */
public class MixedContextsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 6;

    private final transient List<Context> contexts;

    /**
     * Creates the exception with a message built from the contexts.
     *
     * @param what the aggregate and its input, e.g. {@code "the group median of 43 in all_data_M_2024.xlsx"}
     * @param contexts the contexts present, at least two
     * @param alternative how to get one result per context instead, or empty
     */
    public MixedContextsException(String what, List<Context> contexts, String alternative) {
        super(message(what, contexts, alternative));
        this.contexts = List.copyOf(contexts);
    }

    /** @return the contexts present, in table order */
    public List<Context> contexts() {
        return contexts;
    }

    private static String message(String what, List<Context> contexts, String alternative) {
        Objects.requireNonNull(what, "what must not be null");
        Objects.requireNonNull(alternative, "alternative must not be null");
        return what + " needs rows of one year, area, industry and ownership, but they hold " + contexts.size()
                + " contexts that differ in " + differences(contexts) + ". Choose one with year(…), area(…), "
                + "industry(…) or ownership(…) (on the command line --year, --area, --industry, --ownership)"
                + (alternative.isEmpty() ? "" : ", or " + alternative) + ".";
    }

    /**
     * What differs between contexts, e.g. {@code area (3: Alabama, Alaska, Arizona) and industry (2: …)}.
     *
     * @param contexts the contexts
     * @return the text
     */
    public static String differences(List<Context> contexts) {
        List<String> parts = new ArrayList<>();
        part(parts, "year", contexts, c -> Integer.toString(c.year()));
        part(parts, "area", contexts, c -> c.area().title() + " (" + c.area().code() + ")");
        part(parts, "industry", contexts, c -> "NAICS " + c.industry().naics() + " " + c.industry().title());
        part(parts, "ownership", contexts, c -> c.ownership().code() + " " + c.ownership().title());
        return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
    }

    private static void part(List<String> parts, String name, List<Context> contexts, Function<Context, String> f) {
        Set<String> values = new LinkedHashSet<>();
        contexts.forEach(c -> values.add(f.apply(c)));
        if (values.size() > 1) {
            List<String> shown = values.stream().limit(SHOWN).toList();
            parts.add(name + " (" + values.size() + ": " + String.join("; ", shown)
                    + (values.size() > SHOWN ? "; …" : "") + ")");
        }
    }
}
