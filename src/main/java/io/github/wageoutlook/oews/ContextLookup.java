package io.github.wageoutlook.oews;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Resolves what a user types for an area, an industry or an ownership against the values a table holds — the one
 * place where {@code --area}, {@code --industry} and {@code --ownership} and {@link OewsTable#area(String)},
 * {@link OewsTable#industry(String)}, {@link OewsTable#ownership(String)} are read.
 *
 * <p>An area is found by its code as BLS writes it or with or without leading zeros ({@code 1}, {@code 01};
 * {@code 100001}, {@code 0100001}), by a state's USPS code ({@code AL}) or name ({@code Alabama}; U.S. Census Bureau
 * FIPS codes), by its title, or by a fragment of its title ({@code Birmingham}). An industry by its NAICS code as
 * written ({@code 56}, {@code 31-33}, {@code 561400}), with leading zeros ({@code 000056}), without its trailing
 * zeros ({@code 5614} for {@code 561400}), any code inside a sector range ({@code 32} for {@code 31-33}), its title
 * or a fragment of it. An ownership by its {@code OWN_CODE}, its title or a fragment of it. A query of digits is
 * matched against codes only, never against a title's text, and so are two letters as an area (a USPS code: a
 * state the table lacks is not found, never an area whose title holds the letters). An exact match wins over a
 * fragment; several fragment matches, or none, are a {@link LookupException} that lists the matches or the nearest
 * values (Jaro–Winkler similarity of the text to each code and title, from Apache Commons Text).
 *
 * <pre>{@code
 * Area al = ContextLookup.area("AL", stateTable.areas());          // Alabama (state 01)
 * ContextLookup.expectedAreaType("12420");                         // Optional[METROPOLITAN]
 * }</pre>
 */
public final class ContextLookup {
    private static final int NEAREST = 5;
    private static final int SHOWN = 10;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private ContextLookup() {
    }

    /**
     * The area a user means, among the areas of a table.
     *
     * @param query what the user typed
     * @param areas the areas to choose from, e.g. {@link OewsTable#areas()}
     * @param where the table's name, for the message
     * @return the area
     * @throws LookupException if nothing or several areas match, naming the nearest or the matches
     */
    public static Area area(String query, Collection<Area> areas, String where) {
        String q = check(query, "area");
        List<Area> exact = distinct(areas.stream().filter(a -> sameCode(a.code(), q)
                || a.title().equalsIgnoreCase(q)).toList(), Area::code);
        if (exact.isEmpty()) {
            Optional<StateCodes.State> state = StateCodes.find(q);
            if (state.isPresent()) {
                String fips = state.get().fips();
                exact = distinct(areas.stream().filter(a -> sameCode(a.code(), fips) && a.type() != AreaType.METROPOLITAN
                        && a.type() != AreaType.NONMETROPOLITAN).toList(), Area::code);
            } else if (q.equalsIgnoreCase("US") || q.equalsIgnoreCase("U.S.") || q.equalsIgnoreCase("national")) {
                exact = distinct(areas.stream().filter(Area::isNational).toList(), Area::code);
            }
        }
        // Two letters are a USPS code: "MP" must not find New Hampshire through its title.
        boolean code = q.matches("[A-Za-z]{2}");
        return pick(LookupException.Dimension.AREA, q, exact, areas, Area::code, Area::title, Area::toString, where,
                code);
    }

    /**
     * The industry a user means, among the industries of a table.
     *
     * @param query what the user typed
     * @param industries the industries to choose from, e.g. {@link OewsTable#industries()}
     * @param where the table's name, for the message
     * @return the industry
     * @throws LookupException if nothing or several industries match, naming the nearest or the matches
     */
    public static Industry industry(String query, Collection<Industry> industries, String where) {
        String q = check(query, "industry");
        List<Industry> exact = distinct(industries.stream().filter(i -> sameNaics(i.naics(), q)
                || i.title().equalsIgnoreCase(q)).toList(), Industry::naics);
        if (exact.isEmpty()) {
            exact = distinct(industries.stream().filter(i -> inRange(i.naics(), q)).toList(), Industry::naics);
        }
        if (exact.isEmpty() && q.matches("\\d{2,6}")) {
            // A more detailed code than the table holds: say which of its industries contains it.
            String digits = q.replaceFirst("^0+(?=\\d{2})", "");
            List<Industry> containing = distinct(industries.stream().filter(i -> !i.isCrossIndustry()
                    && (digits.startsWith(significant(i.naics())) || inRange(i.naics(), digits.substring(0, 2))))
                    .toList(), Industry::naics);
            if (!containing.isEmpty() && !digits.equals(significant(containing.get(0).naics()))) {
                throw new LookupException(LookupException.Dimension.INDUSTRY, q, false,
                        containing.stream().map(Industry::toString).toList(), "no industry NAICS " + q + " in "
                        + where + ", which holds " + levels(industries) + "; the industry there that contains it: "
                        + containing.get(0));
            }
        }
        return pick(LookupException.Dimension.INDUSTRY, q, exact, industries, Industry::naics, Industry::title,
                Industry::toString, where, false);
    }

    /**
     * The ownership a user means, among the ownerships of a table.
     *
     * @param query what the user typed: a code such as {@code 5} or a title such as {@code private}
     * @param ownerships the ownerships to choose from, e.g. {@link OewsTable#ownerships()}
     * @param where the table's name, for the message
     * @return the ownership
     * @throws LookupException if nothing or several ownerships match, naming the nearest or the matches
     */
    public static Ownership ownership(String query, Collection<Ownership> ownerships, String where) {
        String q = check(query, "ownership");
        List<Ownership> exact = distinct(ownerships.stream().filter(o -> sameCode(o.code(), q)
                || o.title().equalsIgnoreCase(q)).toList(), Ownership::code);
        return pick(LookupException.Dimension.OWNERSHIP, q, exact, ownerships, Ownership::code, Ownership::title,
                Ownership::toString, where, false);
    }

    /**
     * The area type a query names without a table, so that a caller can tell which OEWS file holds it: the nation
     * ({@code US}, {@code 99}), a state or territory (a FIPS or USPS code or name), a metropolitan area (a five-digit
     * MSA code) or a nonmetropolitan area (a seven-digit OEWS code).
     *
     * @param query what the user typed
     * @return the type, or empty when the text alone does not tell (e.g. a title fragment)
     */
    public static Optional<AreaType> expectedAreaType(String query) {
        String q = Objects.requireNonNull(query, "query must not be null").strip();
        if (q.equals("99") || q.equalsIgnoreCase("US") || q.equalsIgnoreCase("U.S.")) {
            return Optional.of(AreaType.NATIONAL);
        }
        Optional<StateCodes.State> state = StateCodes.find(q);
        if (state.isPresent()) {
            return Optional.of(StateCodes.isTerritory(state.get().fips()) ? AreaType.TERRITORY : AreaType.STATE);
        }
        if (q.matches("\\d{5}")) {
            return Optional.of(AreaType.METROPOLITAN);
        }
        if (q.matches("0?\\d{6}")) {
            return Optional.of(AreaType.NONMETROPOLITAN);
        }
        return Optional.empty();
    }

    /**
     * The state FIPS code a query names: a FIPS code with or without its leading zero, a USPS code or a name.
     *
     * @param query e.g. {@code 1}, {@code AL}, {@code Alabama}
     * @return the two-digit code, e.g. {@code 01}, or empty
     */
    public static Optional<String> stateFips(String query) {
        return StateCodes.find(Objects.requireNonNull(query, "query must not be null")).map(StateCodes.State::fips);
    }

    /**
     * The USPS code of the state a query names: a FIPS code with or without its leading zero, a USPS code or a name.
     *
     * @param query e.g. {@code 01}, {@code Alabama}
     * @return e.g. {@code AL}, or empty
     */
    public static Optional<String> stateUsps(String query) {
        return StateCodes.find(Objects.requireNonNull(query, "query must not be null")).map(StateCodes.State::usps);
    }

    private static String check(String query, String what) {
        Objects.requireNonNull(query, what + " must not be null");
        String q = query.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for " + what + " (valid values: a code or a name): '"
                    + query + "'");
        }
        return q;
    }

    /** The exact matches if any, else the title fragments; one is the answer, none or several an error. */
    private static <T> T pick(LookupException.Dimension dimension, String q, List<T> exact, Collection<T> all,
                              Function<T, String> code, Function<T, String> title, Function<T, String> show,
                              String where, boolean codeOnly) {
        String name = dimension.name().toLowerCase(Locale.ROOT);
        List<T> matches = exact;
        // A number is a code: "7" must not find OWN_CODE 57 through "(Sector 71)" in its title.
        if (matches.isEmpty() && !codeOnly && !q.matches("[\\d-]+")) {
            String needle = q.toLowerCase(Locale.ROOT);
            Predicate<T> fragment = v -> title.apply(v).toLowerCase(Locale.ROOT).contains(needle);
            matches = distinct(all.stream().filter(fragment).toList(), code);
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            List<String> shown = matches.stream().map(show).toList();
            throw new LookupException(dimension, q, true, shown, "'" + q + "' matches " + matches.size() + " "
                    + plural(name) + " in " + where + ": " + list(shown) + "; give its code");
        }
        List<String> nearest = nearest(q, all, code, title).stream().map(show).toList();
        throw new LookupException(dimension, q, false, nearest, "no " + name + " '" + q + "' in " + where
                + (nearest.isEmpty() ? " (it holds none)" : "; nearest: " + list(nearest)));
    }

    private static <T> List<T> nearest(String q, Collection<T> all, Function<T, String> code,
                                       Function<T, String> title) {
        String needle = q.toLowerCase(Locale.ROOT);
        Map<String, T> byCode = new LinkedHashMap<>();
        all.forEach(v -> byCode.putIfAbsent(code.apply(v), v));
        List<Map.Entry<T, Double>> scored = new ArrayList<>();
        for (T v : byCode.values()) {
            double s = Math.max(SIMILARITY.apply(needle, code.apply(v).toLowerCase(Locale.ROOT)),
                    SIMILARITY.apply(needle, title.apply(v).toLowerCase(Locale.ROOT)));
            scored.add(Map.entry(v, s));
        }
        scored.sort(Map.Entry.<T, Double>comparingByValue(Comparator.reverseOrder()));
        return scored.stream().limit(NEAREST).map(Map.Entry::getKey).toList();
    }

    private static <T> List<T> distinct(List<T> values, Function<T, String> code) {
        Map<String, T> byCode = new LinkedHashMap<>();
        values.forEach(v -> byCode.putIfAbsent(code.apply(v), v));
        return List.copyOf(byCode.values());
    }

    /** Codes equal as written, or as numbers when both are digits ({@code 1} and {@code 01}). */
    private static boolean sameCode(String code, String q) {
        if (code.equalsIgnoreCase(q)) {
            return true;
        }
        return code.matches("\\d+") && q.matches("\\d+") && stripZeros(code).equals(stripZeros(q));
    }

    private static boolean sameNaics(String naics, String q) {
        if (naics.equalsIgnoreCase(q)) {
            return true;
        }
        if (!naics.matches("\\d+") || !q.matches("\\d{1,6}")) {
            return false;
        }
        if (stripZeros(naics).equals(stripZeros(q))) {
            return true; // 000056 for 56; 0 for 000000
        }
        // 5614 for 561400, and 560000 for a sector written 56: the same code padded to six digits on the right.
        return !stripZeros(q).isEmpty() && !stripZeros(naics).isEmpty() && pad6(naics).equals(pad6(q));
    }

    private static String pad6(String digits) {
        return digits.length() >= 6 ? digits : digits + "0".repeat(6 - digits.length());
    }

    /** A sector range ({@code 31-33}) holds a two-digit code inside it ({@code 32}). */
    private static boolean inRange(String naics, String q) {
        if (!naics.matches("\\d{2}-\\d{2}") || !q.matches("\\d{2}")) {
            return false;
        }
        int v = Integer.parseInt(q);
        return v >= Integer.parseInt(naics.substring(0, 2)) && v <= Integer.parseInt(naics.substring(3));
    }

    private static String significant(String naics) {
        return naics.contains("-") ? naics : stripZeros(naics).replaceAll("0+$", "");
    }

    private static String stripZeros(String digits) {
        return digits.replaceFirst("^0+", "");
    }

    private static String levels(Collection<Industry> industries) {
        return industries.stream().map(i -> i.level().code()).distinct().toList() + " industries";
    }

    private static String plural(String name) {
        return name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
    }

    private static String list(List<String> values) {
        return values.size() <= SHOWN ? String.join("; ", values)
                : String.join("; ", values.subList(0, SHOWN)) + "; … (" + (values.size() - SHOWN) + " more)";
    }
}
