package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves what a user types — a SOC code or words of a title — and a survey year to one OEWS row. */
final class Occupations {
    private Occupations() {
    }

    /**
     * The survey year asked for, or the latest shipped.
     *
     * @param args the parsed arguments (option {@code year})
     * @return the year
     * @throws NotFoundException for a year not shipped
     */
    static int year(Arguments args) {
        List<Integer> years = Oews.nationalYears();
        int year = args.intOption("year").orElse(years.get(years.size() - 1));
        if (!years.contains(year)) {
            throw new NotFoundException("no OEWS data for " + year + "; embedded years are " + years.get(0) + "–"
                    + years.get(years.size() - 1));
        }
        return year;
    }

    /**
     * Finds the occupation with the library's {@link OccupationLookup}: a SOC code in any common spelling
     * ({@code 434051}), else the exact title, else whole words of titles, else a fragment; detailed occupations are
     * preferred. A well-formed SOC code missing from the table names the embedded years that have it.
     *
     * @param query a SOC code or title text
     * @param table the table to search
     * @return the row
     * @throws OccupationLookupException if nothing matches (with the nearest titles; exit 3) or the text matches
     *     several occupations (listed; exit 5)
     */
    static OccupationWages find(String query, OewsTable table) {
        return OccupationLookup.of(table).withReasonForCode(code -> yearsWith(code, table)).get(query);
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
