package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves what a user types — a SOC code or words of a title — and a survey year to one OEWS row. */
final class Occupations {
    private Occupations() {
    }

    /**
     * The survey year asked for, or the latest shipped ({@link Oews#latestYear()}, 2025).
     *
     * @param args the parsed arguments (option {@code year})
     * @return the year
     * @throws NotFoundException for a year not shipped
     */
    static int year(Arguments args) {
        List<Integer> years = Oews.nationalYears();
        int year = args.intOption("year").orElse(Oews.latestYear());
        if (!years.contains(year)) {
            throw new NotFoundException("no OEWS data for " + year + "; embedded years are " + years.get(0) + "–"
                    + years.get(years.size() - 1));
        }
        return year;
    }

    /**
     * Finds the occupation with the library's {@link OccupationLookup}: a SOC code in any common spelling
     * ({@code 434051}), else the exact title, else whole words of titles, else a fragment; detailed occupations are
     * preferred. A well-formed SOC code missing from the table says why from BLS's SOC tables — retired in SOC 2018
     * (naming its successors, e.g. 15-1132 → 15-1252 and 15-1253), not yet in use that year, or not published that
     * year (11-1031 Legislators in May 2025) — and names the embedded years that have it.
     *
     * @param query a SOC code or title text
     * @param table the table to search
     * @return the row
     * @throws OccupationLookupException if nothing matches (with the nearest titles; exit 3) or the text matches
     *     several occupations (listed; exit 5)
     */
    static OccupationWages find(String query, OewsTable table) {
        return OccupationLookup.from(table).withReasonForCode(code -> whyAbsent(code, table)).get(query);
    }

    /** Why a table lacks a well-formed SOC code: BLS's SOC tables' reason, then the embedded years that have it. */
    private static Optional<String> whyAbsent(String code, OewsTable table) {
        List<String> reasons = new ArrayList<>();
        List<Integer> years = table.years();
        if (years.size() == 1) {
            SocCrosswalk.bls().whyAbsent(code, years.get(0)).map(Occupations::withoutFullStop).ifPresent(reasons::add);
        }
        yearsWith(code, table).ifPresent(reasons::add);
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /**
     * Where a SOC code missing from a table is published instead: the embedded national years that have it.
     * (Successor codes of a retired code come from a SOC crosswalk, composed here when one is available.)
     */
    private static Optional<String> yearsWith(String code, OewsTable table) {
        List<Integer> years = new ArrayList<>();
        String title = null;
        for (int year : Oews.nationalYears()) {
            Optional<OccupationWages> row = Oews.national(year).occupation(code);
            if (row.isPresent() && !table.years().contains(year)) {
                years.add(year);
                title = row.get().title();
            }
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the embedded OEWS files have it (" + title + ") in " + ranges(years)
                + "; choose one with --year");
    }

    /**
     * The near codes of a SOC code not found, as the lookup's own not-found message lists suggestions: for the
     * commands that look a code up elsewhere than in an OEWS table of one year (history, outlook, compare).
     *
     * @param code the SOC code typed
     * @param lookup what it was looked up in
     * @return {@code "; did you mean:"} and one code and title a line, or empty when no code is one slip away
     */
    static String nearCodes(String code, OccupationLookup<?> lookup) {
        List<OccupationLookup.Candidate> near = lookup.nearCodes(code);
        StringBuilder b = new StringBuilder(near.isEmpty() ? "" : "; did you mean:");
        near.forEach(c -> b.append(System.lineSeparator()).append("  ").append(c));
        return b.toString();
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** {@code 2014–2018, 2020} from a sorted list of years. */
    static String ranges(List<Integer> years) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            b.append(b.length() == 0 ? "" : ", ").append(years.get(i));
            if (j > i) {
                b.append('–').append(years.get(j));
            }
            i = j + 1;
        }
        return b.toString();
    }
}
