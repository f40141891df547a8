package io.github.wageoutlook.oews;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link OccupationLookup} made of a query: {@link Found} one occupation, {@link Ambiguous} among several
 * (listed), or {@link NotFound} (with the nearest titles, and for a SOC code possibly a reason).
 *
 * <pre>{@code
 * LookupResult<OccupationWages> r = OccupationLookup.from(Oews.national(2024)).find("nurse");
 * if (r instanceof LookupResult.Ambiguous<OccupationWages> a) a.candidates();   // five nursing occupations
 * System.out.println(r.message());
 * }</pre>
 *
 * @param <T> what a found occupation resolves to
 */
public sealed interface LookupResult<T> permits LookupResult.Found, LookupResult.Ambiguous, LookupResult.NotFound {

    /** @return the query as typed, stripped */
    String query();

    /** @return true for {@link Found} */
    default boolean isFound() {
        return this instanceof Found;
    }

    /**
     * A sentence (with the candidates or suggestions on further lines) saying what happened, for a person.
     *
     * @return the message
     */
    String message();

    /**
     * One occupation matched.
     *
     * @param query the query
     * @param value what it resolves to
     * @param match the occupation's code and title
     * @param how which step of the lookup matched
     * @param <T> the value's type
     */
    record Found<T>(String query, T value, OccupationLookup.Candidate match, OccupationLookup.Match how)
            implements LookupResult<T> {
        /**
         * Checks the parts.
         *
         * @param query the query
         * @param value what it resolves to
         * @param match the occupation
         * @param how how it matched
         */
        public Found {
            Objects.requireNonNull(query, "query must not be null");
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(match, "match must not be null");
            Objects.requireNonNull(how, "how must not be null");
        }

        @Override
        public String message() {
            return "'" + query + "' is " + match + " (" + how.code() + ")";
        }
    }

    /**
     * Several occupations matched at the same step, none preferred; give a SOC code.
     *
     * @param query the query
     * @param source what was searched
     * @param how which step matched them
     * @param candidates the occupations, at least two, detailed ones only when there are any
     * @param <T> the value's type
     */
    record Ambiguous<T>(String query, String source, OccupationLookup.Match how,
                        List<OccupationLookup.Candidate> candidates) implements LookupResult<T> {
        /** The most candidates {@link #message()} lists. */
        public static final int LISTED = 15;

        /**
         * Checks the parts.
         *
         * @param query the query
         * @param source what was searched
         * @param how how they matched
         * @param candidates at least two
         * @throws IllegalArgumentException for fewer than two candidates
         */
        public Ambiguous {
            Objects.requireNonNull(query, "query must not be null");
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(how, "how must not be null");
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("Invalid value for candidates (valid values: at least two): "
                        + candidates.size());
            }
        }

        @Override
        public String message() {
            String words = how == OccupationLookup.Match.WHOLE_WORDS ? "titles with the words"
                    : how == OccupationLookup.Match.EXACT_TITLE ? "titles equal to" : "titles containing";
            StringBuilder b = new StringBuilder("'" + query + "' matches " + candidates.size() + " occupations ("
                    + words + " '" + query + "') in " + source + "; give a SOC code:");
            candidates.stream().limit(LISTED).forEach(c -> b.append(System.lineSeparator()).append("  ").append(c));
            if (candidates.size() > LISTED) {
                b.append(System.lineSeparator()).append("  … and ").append(candidates.size() - LISTED)
                        .append(" more");
            }
            return b.toString();
        }
    }

    /**
     * Nothing matched.
     *
     * @param query the query
     * @param source what was searched
     * @param suggestions the nearest titles, best first (empty for a code, or when none is near)
     * @param reason for a well-formed SOC code, why it is absent if known (e.g. its successors)
     * @param <T> the value's type
     */
    record NotFound<T>(String query, String source, List<OccupationLookup.Candidate> suggestions,
                       Optional<String> reason) implements LookupResult<T> {
        /**
         * Checks the parts.
         *
         * @param query the query
         * @param source what was searched
         * @param suggestions the nearest titles
         * @param reason why a code is absent
         */
        public NotFound {
            Objects.requireNonNull(query, "query must not be null");
            Objects.requireNonNull(source, "source must not be null");
            suggestions = List.copyOf(suggestions);
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public String message() {
            Optional<String> code = OccupationLookup.socCode(query);
            StringBuilder b = new StringBuilder(code.isPresent()
                    ? "no occupation with SOC code " + code.get() + " in " + source
                    : OccupationLookup.isMistypedCode(query) ? "no occupation '" + query + "' in " + source
                    : "no occupation title matches '" + query + "' in " + source);
            reason.ifPresent(r -> b.append(": ").append(r));
            if (!suggestions.isEmpty()) {
                b.append("; did you mean:");
                suggestions.forEach(c -> b.append(System.lineSeparator()).append("  ").append(c));
            }
            return b.toString();
        }
    }
}
