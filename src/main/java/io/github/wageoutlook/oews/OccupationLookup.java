package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the occupation a person means from what they type: a SOC code in any common spelling, or words of its title,
 * misspelt or not. One lookup serves the library, the command line and any table of occupations (OEWS rows,
 * Employment Projections rows, experience brackets).
 *
 * <p>The query is read in this order, and the first step that matches decides:
 * <ol>
 *   <li><b>A SOC code</b>: {@code 43-4051}, the six digits {@code 434051} (BLS's series ids), {@code 43 4051}, or the
 *       O*NET-SOC form {@code 43-4051.00} (its SOC part). A well-formed code that is not in the table is
 *       {@link LookupResult.NotFound not found}, with the reason from {@link #withReasonForCode(Function)} if one is
 *       set (for example the codes that succeeded a retired one), else with the codes one slip away suggested
 *       ({@link #nearCodes(String)}: {@code 43-4501} suggests 43-4051).</li>
 *   <li><b>The exact title</b>, ignoring case, punctuation and a plural ending: {@code cashier} is
 *       "Cashiers" (41-2011), although "Gambling Change Persons and Booth Cashiers" contains the word too.</li>
 *   <li><b>Whole words</b>: titles holding every word of the query as a word (a plural counts): {@code nurse} finds
 *       "Registered Nurses" and "Nurse Practitioners", not "Farmworkers … Nursery".</li>
 *   <li><b>A fragment</b>: titles containing the query as text ({@code nurs} finds "Nursery" too).</li>
 * </ol>
 * In steps 2–4, one match is {@link LookupResult.Found found}; several are narrowed to the detailed occupations
 * among them, and if more than one remains the result is {@link LookupResult.Ambiguous ambiguous} and lists them.
 * When nothing matches, the result is {@link LookupResult.NotFound not found} with up to
 * {@value #MAX_SUGGESTIONS} suggestions: the titles nearest to the query by word, each query word scored against
 * the title's closest word by Levenshtein distance (Apache Commons Text), {@code 1 − distance / longer length},
 * averaged over the query's words; titles scoring at least {@value #SUGGESTION_THRESHOLD} are suggested, best first.
 * {@code custmer service} suggests "Customer Service Representatives".
 *
 * <pre>{@code
 * OccupationLookup<OccupationWages> lookup = OccupationLookup.from(Oews.national(2024));
 * lookup.find("434051");          // Found: 43-4051 Customer Service Representatives
 * lookup.get("cashier").title();  // "Cashiers"; get throws OccupationLookupException unless found
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> what a found occupation resolves to, e.g. an {@link OccupationWages} row
 */
public final class OccupationLookup<T> {

    /** The most suggestions a not-found result carries. */
    public static final int MAX_SUGGESTIONS = 5;
    /** The least word-similarity score (0 - 1) for a title to be suggested. */
    public static final double SUGGESTION_THRESHOLD = 0.75;

    private static final Pattern CODE = Pattern.compile("(\\d{2})[-\\s.]?(\\d{4})(\\.\\d{2})?");
    /** Digits as a code is typed, cut short or too long: {@code 43-405}, {@code 43405}, {@code 43-40511}. */
    private static final Pattern NEAR_CODE = Pattern.compile("\\d{2}-?\\d{0,5}");
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private final String source;
    private final List<Candidate> candidates;
    private final Function<String, Optional<T>> byCode;
    private final Function<String, Optional<String>> reasonForCode;

    private OccupationLookup(String source, List<Candidate> candidates, Function<String, Optional<T>> byCode,
                             Function<String, Optional<String>> reasonForCode) {
        this.source = source;
        this.candidates = candidates;
        this.byCode = byCode;
        this.reasonForCode = reasonForCode;
    }

    /**
     * The lookup over an OEWS table's occupations at every level; a found code resolves to
     * {@link OewsTable#occupation(String)}, the most detailed row of that code.
     *
     * @param table the table, e.g. {@code Oews.national(2024)}
     * @return the lookup
     */
    public static OccupationLookup<OccupationWages> from(OewsTable table) {
        Objects.requireNonNull(table, "table must not be null");
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        for (OccupationWages row : table.rows()) {
            Candidate c = new Candidate(row.socCode(), row.title(), row.level() == GroupLevel.DETAILED);
            // A code BLS publishes at two levels (13-1020 minor and broad) is one candidate, detailed if either is.
            byCode.merge(c.code(), c, (a, b) -> a.detailed() ? a : b);
        }
        return new OccupationLookup<>(table.name(), List.copyOf(byCode.values()), table::occupation,
                code -> Optional.empty());
    }

    /**
     * The lookup over any list of occupations, e.g. the rows of an Employment Projections table.
     *
     * @param source what the list is, for messages (a file or table name)
     * @param items the occupations
     * @param code an item's code
     * @param title an item's title
     * @param detailed whether an item is a detailed occupation (preferred when a title matches several)
     * @param <T> the items' type
     * @return the lookup; a found code resolves to the first item with that code
     */
    public static <T> OccupationLookup<T> of(String source, List<T> items, Function<T, String> code,
                                             Function<T, String> title, Predicate<T> detailed) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(items, "items must not be null");
        Map<String, T> first = new LinkedHashMap<>();
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        for (T item : items) {
            Candidate c = new Candidate(code.apply(item), title.apply(item).strip(), detailed.test(item));
            first.putIfAbsent(c.code(), item);
            byCode.merge(c.code(), c, (a, b) -> a.detailed() ? a : b);
        }
        return new OccupationLookup<>(source, List.copyOf(byCode.values()),
                c -> Optional.ofNullable(first.get(c)), c -> Optional.empty());
    }

    /**
     * This lookup with a reason given when a well-formed SOC code is not in the table: for example that the code
     * was retired and which codes succeeded it, or in which years it is published.
     *
     * @param reason from the code ({@code 00-0000} form) to a sentence, or empty when there is nothing to say
     * @return the new lookup
     */
    public OccupationLookup<T> withReasonForCode(Function<String, Optional<String>> reason) {
        Objects.requireNonNull(reason, "reason must not be null");
        return new OccupationLookup<>(source, candidates, byCode, reason);
    }

    /** @return what the lookup searches, e.g. {@code national_M2024_dl.xlsx} */
    public String source() {
        return source;
    }

    /**
     * Finds what a query means.
     *
     * @param query a SOC code or words of a title
     * @return found, ambiguous (with the candidates) or not found (with suggestions and, for a code, a reason)
     * @throws IllegalArgumentException if the query is blank
     */
    public LookupResult<T> find(String query) {
        Objects.requireNonNull(query, "query must not be null");
        String q = query.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for occupation (valid values: a SOC code such as "
                    + "43-4051 or words of a title): ''");
        }
        Optional<String> code = socCode(q);
        if (code.isPresent()) {
            Optional<T> value = byCode.apply(code.get());
            if (value.isPresent()) {
                Candidate c = candidates.stream().filter(x -> x.code().equals(code.get())).findFirst()
                        .orElseThrow();
                return new LookupResult.Found<>(q, value.get(), c, Match.SOC_CODE);
            }
            Optional<String> reason = reasonForCode.apply(code.get());
            // Without a reason of its own (retired, another year), the code may be a slip: suggest the near codes.
            return new LookupResult.NotFound<>(q, source, reason.isPresent() ? List.of() : nearCodes(code.get()),
                    reason);
        }
        for (Candidate c : candidates) {
            if (c.code().equalsIgnoreCase(q)) {
                return new LookupResult.Found<>(q, byCode.apply(c.code()).orElseThrow(), c, Match.CODE);
            }
        }
        if (isMistypedCode(q)) {
            // A code mistyped (43-405, 43-40511): suggest the codes it starts, never a title search of digits.
            String digits = q.replace("-", "");
            List<Candidate> prefixed = candidates.stream().filter(Candidate::detailed)
                    .filter(c -> c.code().replace("-", "").startsWith(digits.substring(0, Math.min(5,
                            digits.length())))).limit(5).toList();
            return new LookupResult.NotFound<>(q, source, prefixed, Optional.of("'" + q + "' is not a SOC code (two "
                    + "digits, a hyphen and four digits, e.g. 43-4051)"));
        }
        List<String> words = words(q);
        if (words.isEmpty()) {
            return new LookupResult.NotFound<>(q, source, List.of(), Optional.empty());
        }
        String phrase = String.join(" ", words);
        for (Match match : List.of(Match.EXACT_TITLE, Match.WHOLE_WORDS, Match.TITLE_FRAGMENT)) {
            List<Candidate> hits = new ArrayList<>();
            for (Candidate c : candidates) {
                if (matches(match, words, phrase, c.title())) {
                    hits.add(c);
                }
            }
            List<Candidate> detailed = hits.stream().filter(Candidate::detailed).toList();
            List<Candidate> pool = detailed.isEmpty() ? hits : detailed;
            if (pool.size() == 1) {
                Candidate c = pool.get(0);
                return new LookupResult.Found<>(q, byCode.apply(c.code()).orElseThrow(), c, match);
            }
            if (pool.size() > 1) {
                return new LookupResult.Ambiguous<>(q, source, match, pool);
            }
        }
        return new LookupResult.NotFound<>(q, source, suggestions(words), Optional.empty());
    }

    /**
     * Finds what a query means, or throws.
     *
     * @param query a SOC code or words of a title
     * @return what the one matching occupation resolves to
     * @throws OccupationLookupException when the query is ambiguous or matches nothing; it carries the result
     */
    public T get(String query) {
        LookupResult<T> r = find(query);
        if (r instanceof LookupResult.Found<T> found) {
            return found.value();
        }
        throw new OccupationLookupException(r);
    }

    /**
     * The occupations whose SOC code is one slip away from a code: two neighbouring digits swapped ({@code 43-4501}
     * for 43-4051), then one digit changed ({@code 43-4052}); detailed occupations first, at most
     * {@value #MAX_SUGGESTIONS}. A suggestion only: {@link #find(String)} never answers for a code it was not given.
     *
     * @param code a SOC code in any spelling {@link #socCode(String)} reads
     * @return the near codes in the list, the code itself left out
     */
    public List<Candidate> nearCodes(String code) {
        String digits = socCode(code).orElseThrow(() -> new IllegalArgumentException("Invalid value for code (valid "
                + "values: a SOC code such as 43-4051): '" + code + "'")).replace("-", "");
        List<Candidate> swapped = new ArrayList<>();
        List<Candidate> changed = new ArrayList<>();
        for (Candidate c : candidates) {
            String other = c.code().replace("-", "");
            if (other.length() != digits.length() || other.equals(digits)) {
                continue;
            }
            List<Integer> differ = new ArrayList<>();
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != other.charAt(i)) {
                    differ.add(i);
                }
            }
            if (differ.size() == 1) {
                changed.add(c);
            } else if (differ.size() == 2 && differ.get(1) == differ.get(0) + 1
                    && digits.charAt(differ.get(0)) == other.charAt(differ.get(1))
                    && digits.charAt(differ.get(1)) == other.charAt(differ.get(0))) {
                swapped.add(c);
            }
        }
        Comparator<Candidate> detailedFirst = Comparator.comparing((Candidate c) -> !c.detailed())
                .thenComparing(Candidate::code);
        swapped.sort(detailedFirst);
        changed.sort(detailedFirst);
        List<Candidate> near = new ArrayList<>(swapped);
        near.addAll(changed);
        // A broad occupation titled like its one detailed occupation (43-4050, 43-4051) is suggested once.
        Map<List<String>, Candidate> byTitle = new LinkedHashMap<>();
        near.forEach(c -> byTitle.putIfAbsent(words(c.title()), c));
        return byTitle.values().stream().limit(MAX_SUGGESTIONS).toList();
    }

    /**
     * Whether a query that is no SOC code is a code mistyped rather than words of a title.
     *
     * @param query the text
     * @return true for digits as a code is typed, cut short or too long ({@code 43-405}, {@code 43-40511})
     */
    static boolean isMistypedCode(String query) {
        return socCode(query).isEmpty() && NEAR_CODE.matcher(query.strip()).matches();
    }

    /**
     * The SOC code a query spells, if it is one: {@code 43-4051}, {@code 434051}, {@code 43 4051}, {@code 43.4051}
     * or the O*NET-SOC {@code 43-4051.00}.
     *
     * @param query the text
     * @return the code in the form {@code 00-0000}
     */
    public static Optional<String> socCode(String query) {
        Matcher m = CODE.matcher(Objects.requireNonNull(query, "query must not be null").strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1) + "-" + m.group(2);
        return SocCode.isValid(code) ? Optional.of(code) : Optional.empty();
    }

    private static boolean matches(Match match, List<String> query, String phrase, String title) {
        List<String> words = words(title);
        return switch (match) {
            case EXACT_TITLE -> words.size() == query.size() && sameWordsInOrder(query, words);
            case WHOLE_WORDS -> query.stream().allMatch(q -> words.stream().anyMatch(w -> sameWord(q, w)));
            case TITLE_FRAGMENT -> String.join(" ", words).contains(phrase);
            default -> false;
        };
    }

    private static boolean sameWordsInOrder(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Equal, or one the regular English plural of the other: nurse/nurses, box/boxes, secretary/secretaries. */
    static boolean sameWord(String a, String b) {
        return a.equals(b) || plural(a, b) || plural(b, a);
    }

    private static boolean plural(String singular, String plural) {
        if (plural.equals(singular + "s")) {
            return true;
        }
        if (singular.matches(".*(ss|x|z|ch|sh)") && plural.equals(singular + "es")) {
            return true;
        }
        return singular.matches(".*[^aeiou]y") && plural.equals(singular.substring(0, singular.length() - 1) + "ies");
    }

    /** Lower-case words of letters and digits; everything else separates words. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private List<Candidate> suggestions(List<String> query) {
        record Scored(Candidate candidate, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            double score = similarity(query, words(c.title()));
            if (score >= SUGGESTION_THRESHOLD) {
                scored.add(new Scored(c, score));
            }
        }
        // A broad occupation titled like its one detailed occupation (43-4050, 43-4051) is suggested once.
        Map<List<String>, Candidate> byTitle = new LinkedHashMap<>();
        scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> !s.candidate().detailed())
                        .thenComparing(s -> s.candidate().code()))
                .forEach(s -> byTitle.putIfAbsent(words(s.candidate().title()), s.candidate()));
        return byTitle.values().stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** Mean over the query's words of 1 − Levenshtein distance / longer length, against the title's closest word. */
    static double similarity(List<String> query, List<String> title) {
        if (query.isEmpty() || title.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String q : query) {
            double best = 0;
            for (String w : title) {
                double s = sameWord(q, w) ? 1
                        : 1 - (double) LEVENSHTEIN.apply(q, w) / Math.max(q.length(), w.length());
                best = Math.max(best, s);
            }
            sum += best;
        }
        return sum / query.size();
    }

    /** How a query matched, in the order the lookup tries. */
    public enum Match {
        /** A well-formed SOC code in any accepted spelling. */
        SOC_CODE,
        /** The item's own code exactly, for lists whose codes are not SOC codes (e.g. a user's brackets file). */
        CODE,
        /** The whole title, ignoring case, punctuation and plural endings. */
        EXACT_TITLE,
        /** Every query word is a word of the title. */
        WHOLE_WORDS,
        /** The title contains the query as text. */
        TITLE_FRAGMENT;

        /** @return the documented lower-case code, e.g. {@code exact-title} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One occupation a lookup can find.
     *
     * @param code its code, e.g. {@code 43-4051}
     * @param title its title as published
     * @param detailed true for a detailed occupation (preferred over groups when a title matches several)
     */
    public record Candidate(String code, String title, boolean detailed) {
        /**
         * Checks the parts.
         *
         * @param code its code, not blank
         * @param title its title
         * @param detailed whether it is a detailed occupation
         * @throws IllegalArgumentException if the code is blank
         */
        public Candidate {
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(title, "title must not be null");
            if (code.isBlank()) {
                throw new IllegalArgumentException("Invalid value for code (valid values: not blank): '" + code
                        + "'");
            }
        }

        /** Prints {@code 43-4051  Customer Service Representatives}. */
        @Override
        public String toString() {
            return code + "  " + title;
        }
    }
}
