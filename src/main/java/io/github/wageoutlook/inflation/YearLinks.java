package io.github.wageoutlook.inflation;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which row stands for an occupation in each year of an OEWS table: its own code, else a code linked through the
 * {@link SocCrosswalk}, else, for codes the crosswalk does not name, one code of that year with the same title at the
 * same level never seen beside it (a renumbering). See {@link WageHistory} for how the links are used.
 *
 * @param code the requested code
 * @param title the occupation's title (its own latest, else the latest linked row's)
 * @param linked every linked row, in year order
 * @param unlinked a note for each year without a row
 */
record YearLinks(String code, String title, List<Linked> linked, List<String> unlinked) {

    /** A row and how it is linked; the entries are derived from these for the chosen basis and dollars. */
    record Linked(OccupationWages row, WageHistory.Linkage linkage, String why) {
    }

    static YearLinks link(String socCode, SortedMap<Integer, OewsTable> byYear, SocCrosswalk crosswalk) {
        Objects.requireNonNull(socCode, "socCode must not be null");
        Objects.requireNonNull(crosswalk, "crosswalk must not be null");
        String code = socCode.strip();
        if (!SocCode.isValid(code)) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values 00-0000 - 99-9999): '"
                    + socCode + "'");
        }
        TreeMap<Integer, OccupationWages> own = new TreeMap<>();
        byYear.forEach((y, t) -> t.occupation(code).ifPresent(r -> own.put(y, r)));
        List<Linked> linked = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        Set<String> ownTitles = new LinkedHashSet<>();
        own.values().forEach(r -> ownTitles.add(normalize(r.title())));
        for (Map.Entry<Integer, OewsTable> e : byYear.entrySet()) {
            int year = e.getKey();
            OccupationWages row = own.get(year);
            if (row != null) {
                linked.add(new Linked(row, WageHistory.Linkage.SAME_CODE, ""));
                continue;
            }
            List<Linked> found = viaCrosswalk(code, e.getValue(), crosswalk);
            if (found.isEmpty() && !crosswalk.mentions(code) && !own.isEmpty()) {
                viaTitle(code, ownTitles, own, e.getValue(), byYear, crosswalk).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                unlinked.add(year + ": no row for " + code + (own.isEmpty() ? "" : " and no code linked to it")
                        + (crosswalk.mentions(code) ? " in the crosswalk" : " by the crosswalk or by title"));
            }
            linked.addAll(found);
        }
        if (linked.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values: a code in the OEWS years "
                    + byYear.firstKey() + " - " + byYear.lastKey() + "): " + code);
        }
        String title = own.isEmpty() ? linked.get(linked.size() - 1).row().title()
                : own.lastEntry().getValue().title();
        return new YearLinks(code, title, linked, unlinked);
    }

    private static List<Linked> viaCrosswalk(String code, OewsTable year, SocCrosswalk crosswalk) {
        List<Linked> found = new ArrayList<>();
        for (SocCrosswalk.Link l : crosswalk.links()) {
            String other = l.from().equals(code) ? l.to() : l.to().equals(code) ? l.from() : null;
            if (other == null) {
                continue;
            }
            SocCrosswalk.Relation r = crosswalk.relation(other, code).orElseThrow();
            WageHistory.Linkage linkage = switch (r) {
                case SAME_OCCUPATION -> WageHistory.Linkage.CROSSWALK_SAME;
                case PART_OF -> WageHistory.Linkage.PART_OF;
                case CONTAINS -> WageHistory.Linkage.CONTAINS;
            };
            year.occupation(other).ifPresent(row -> found.add(new Linked(row, linkage, l.why())));
        }
        found.sort((a, b) -> a.row().socCode().compareTo(b.row().socCode()));
        return found;
    }

    private static Optional<Linked> viaTitle(String code, Set<String> ownTitles, Map<Integer, OccupationWages> own,
                                             OewsTable year, SortedMap<Integer, OewsTable> byYear,
                                             SocCrosswalk crosswalk) {
        OccupationWages sample = own.values().iterator().next();
        List<OccupationWages> candidates = year.stream()
                .filter(r -> r.level() == sample.level() && !r.socCode().equals(code)
                        && ownTitles.contains(normalize(r.title())) && !crosswalk.mentions(r.socCode()))
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        OccupationWages c = candidates.get(0);
        // A code published in the same year as the requested one is a different occupation, whatever its title.
        boolean coexists = own.keySet().stream().anyMatch(y -> byYear.get(y).occupation(c.socCode()).isPresent());
        return coexists ? Optional.empty() : Optional.of(new Linked(c, WageHistory.Linkage.SAME_TITLE,
                c.socCode() + " has the title of " + code + " in a year without " + code + ": renumbered"));
    }

    private static String normalize(String title) {
        StringBuilder b = new StringBuilder(title.length());
        for (char ch : title.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }
}
