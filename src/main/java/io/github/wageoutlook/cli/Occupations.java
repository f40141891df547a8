package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Resolves what a user types — a SOC code or part of a title — and a survey year to one OEWS row. */
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
     * The not-found error for a well-formed SOC code that a table lacks, saying why from BLS's SOC tables: retired
     * in SOC 2018 (naming its successors, e.g. 15-1132 → 15-1252 and 15-1253), not yet in use that year (naming the
     * codes used then), or not published that year (11-1031 Legislators in May 2025).
     *
     * @param code the SOC code asked for
     * @param table the table that lacks it (its single survey year is the year asked for)
     * @return the error to throw (exit code 3)
     */
    static NotFoundException codeNotPublished(String code, OewsTable table) {
        String base = "no occupation with SOC code " + code + " in " + table.name();
        List<Integer> years = table.years();
        if (years.size() != 1) {
            return new NotFoundException(base);
        }
        return new NotFoundException(SocCrosswalk.bls().whyAbsent(code, years.get(0)).map(why -> base + ": " + why)
                .orElse(base));
    }

    /**
     * Finds the occupation: a SOC code exactly, else a title containing the text (detailed occupations first, an
     * exact title match wins).
     *
     * @param query a SOC code or title text
     * @param table the table to search
     * @return the row
     * @throws NotFoundException if nothing matches
     * @throws UsageException if the text matches several occupations (they are listed)
     */
    static OccupationWages find(String query, OewsTable table) {
        String q = query.strip();
        if (SocCode.isValid(q)) {
            return table.occupation(q).orElseThrow(() -> codeNotPublished(q, table));
        }
        OewsTable matches = table.search(q);
        if (matches.size() == 0) {
            throw new NotFoundException("no occupation title contains '" + q + "' in " + table.name());
        }
        Optional<OccupationWages> exact = matches.stream()
                .filter(r -> r.title().toLowerCase(Locale.ROOT).equals(q.toLowerCase(Locale.ROOT)))
                .max((a, b) -> a.level().compareTo(b.level()));
        if (exact.isPresent()) {
            return exact.get();
        }
        OewsTable detailed = matches.level(GroupLevel.DETAILED);
        OewsTable pool = detailed.size() > 0 ? detailed : matches;
        if (pool.size() == 1) {
            return pool.row(0);
        }
        StringBuilder b = new StringBuilder("'" + q + "' matches " + pool.size() + " occupations; give a SOC code:");
        pool.stream().limit(15).forEach(r -> b.append(System.lineSeparator()).append("  ")
                .append(r.socCode()).append("  ").append(r.title()));
        if (pool.size() > 15) {
            b.append(System.lineSeparator()).append("  …");
        }
        throw new UsageException(b.toString());
    }
}
