package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which OEWS rows stand for one occupation in each survey year, across the SOC revisions: its own code, else the
 * codes BLS's tables link to it ({@link SocCrosswalk}: the SOC 2010 to 2018 crosswalk and the OEWS hybrid structure
 * of May 2019–2020). The one implementation behind wage histories, the percentile fan chart, backtests and the
 * lookup of retired codes.
 *
 * <p>Software developers (15-1252, SOC 2018) are published as 15-1252 from May 2021, inside the hybrid 15-1256 in
 * May 2019–2020 ({@link Linkage#CONTAINS}), and as 15-1132 and 15-1133 to May 2018, each of which overlaps it
 * ({@link Linkage#OVERLAPS}: part of 15-1132 became quality assurance analysts and testers, 15-1253). Only rows of
 * the same occupation ({@link Linkage#isComparable()}) compare with each other.
 *
 * <pre>{@code
 * OccupationLinks links = OccupationLinks.national("15-1252");
 * links.inYear(2019);        // [15-1256 … — contains it]
 * links.codeNotes();         // "2014–2018: 15-1132 …, 15-1133 … (overlap it, not comparable)", …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OccupationLinks {

    /** How a year's row relates to the occupation asked for. */
    public enum Linkage {
        /** The code asked for. */
        SAME_CODE("same code", true),
        /** Another code BLS's tables make the same occupation (a renumbering, e.g. 19-4091 to 19-4042). */
        SAME_OCCUPATION("same occupation", true),
        /** A code whose occupation is a part of the one asked for (e.g. 13-1021 of 2014 for 13-1020). */
        PART_OF("part of it", false),
        /** A code whose occupation contains the one asked for (e.g. hybrid 15-1256 for 15-1252). */
        CONTAINS("contains it", false),
        /** A code that shares some workers with the one asked for (e.g. 15-1132 for 15-1252). */
        OVERLAPS("overlaps it", false);

        private final String label;
        private final boolean comparable;

        Linkage(String label, boolean comparable) {
            this.label = label;
            this.comparable = comparable;
        }

        /** @return a short label for tables */
        public String label() {
            return label;
        }

        /**
         * The code machine output and {@code WageHistory.toTable()} print: {@code same-code}, {@code same-occupation},
         * {@code part-of}, {@code contains}, {@code overlaps}.
         *
         * @return the lower-case code
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @return true when the row is the same occupation, so its figures compare with the others' */
        public boolean isComparable() {
            return comparable;
        }

        static Linkage of(SocCrosswalk.Relation r) {
            return switch (r) {
                case SAME_OCCUPATION -> SAME_OCCUPATION;
                case PART_OF -> PART_OF;
                case CONTAINS -> CONTAINS;
                case OVERLAPS -> OVERLAPS;
            };
        }
    }

    /**
     * A row and how it is linked.
     *
     * @param row the OEWS row
     * @param linkage how the row relates to the occupation asked for
     * @param why the reason for a link other than the same code, empty otherwise
     */
    public record Linked(OccupationWages row, Linkage linkage, String why) {
        /**
         * Checks the parts.
         *
         * @param row the OEWS row
         * @param linkage how it relates
         * @param why the reason, or empty
         */
        public Linked {
            Objects.requireNonNull(row, "row must not be null");
            Objects.requireNonNull(linkage, "linkage must not be null");
            Objects.requireNonNull(why, "why must not be null");
        }
    }

    private final String code;
    private final String title;
    private final List<Integer> years;
    private final List<Linked> linked;
    private final List<String> unlinked;

    private OccupationLinks(String code, String title, List<Integer> years, List<Linked> linked,
                            List<String> unlinked) {
        this.code = code;
        this.title = title;
        this.years = List.copyOf(years);
        this.linked = List.copyOf(linked);
        this.unlinked = List.copyOf(unlinked);
    }

    /**
     * An occupation over the embedded national OEWS years, linked by BLS's tables ({@link SocCrosswalk#bls()}).
     *
     * @param socCode a SOC code of any vintage, e.g. {@code 15-1252} or {@code 15-1132}
     * @return the links
     * @throws IllegalArgumentException if the code is malformed, or no year has it or a linked code
     */
    public static OccupationLinks national(String socCode) {
        SortedMap<Integer, OewsTable> byYear = new TreeMap<>();
        Oews.nationalYears().forEach(y -> byYear.put(y, Oews.national(y)));
        return of(socCode, byYear, SocCrosswalk.bls());
    }

    /**
     * An occupation over OEWS tables of one's choosing (one area and industry each year).
     *
     * @param socCode the SOC code
     * @param byYear the table of each survey year
     * @param crosswalk the code links to follow
     * @return the links
     * @throws IllegalArgumentException if the code is malformed, or no year has it or a linked code
     */
    public static OccupationLinks of(String socCode, SortedMap<Integer, OewsTable> byYear, SocCrosswalk crosswalk) {
        Objects.requireNonNull(socCode, "socCode must not be null");
        Objects.requireNonNull(byYear, "byYear must not be null");
        Objects.requireNonNull(crosswalk, "crosswalk must not be null");
        String code = socCode.strip();
        if (!SocCode.isValid(code)) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values 00-0000 - 99-9999): '"
                    + socCode + "'");
        }
        TreeMap<Integer, OccupationWages> own = new TreeMap<>();
        byYear.forEach((y, t) -> t.occupation(code).ifPresent(r -> own.put(y, r)));
        int home = own.isEmpty() ? homeYear(code, crosswalk) : own.lastKey();
        List<Linked> linked = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        for (Map.Entry<Integer, OewsTable> e : byYear.entrySet()) {
            int year = e.getKey();
            OccupationWages row = own.get(year);
            if (row != null) {
                // A code kept across a SOC revision may name another occupation (13-2051 in 2018 and 2021): BLS's
                // tables say whether it is the same one.
                SocCrosswalk.Relation across = crosswalk.sameCodeAcross(code, year, home);
                if (across == SocCrosswalk.Relation.SAME_OCCUPATION) {
                    linked.add(new Linked(row, Linkage.SAME_CODE, ""));
                } else {
                    linked.add(new Linked(row, Linkage.of(across), sameCodeWhy(row, across, code, home, crosswalk)));
                }
                continue;
            }
            List<Linked> found = new ArrayList<>();
            for (SocCrosswalk.Link l : crosswalk.linksInYear(code, home, year)) {
                if (!l.code().equals(code)) {
                    e.getValue().occupation(l.code()).ifPresent(r -> found.add(new Linked(r,
                            Linkage.of(l.relation()), why(r, l.relation(), code))));
                }
            }
            // A broad row of a year whose detailed rows are linked too says nothing more (15-2090 beside 15-2099).
            if (found.stream().anyMatch(l -> l.row().level() == GroupLevel.DETAILED)) {
                found.removeIf(l -> l.row().level() != GroupLevel.DETAILED);
            }
            if (found.isEmpty()) {
                unlinked.add(year + ": no row for " + code + (own.isEmpty() ? "" : " and none linked to it by "
                        + "BLS's SOC crosswalk and OEWS hybrid structure"));
            }
            linked.addAll(found);
        }
        if (linked.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values: a code in the OEWS years "
                    + byYear.firstKey() + " - " + byYear.lastKey() + ", or one BLS's SOC tables link to them): "
                    + code);
        }
        String title = own.isEmpty() ? crosswalk.title(code).orElse(linked.get(linked.size() - 1).row().title())
                : own.lastEntry().getValue().title();
        return new OccupationLinks(code, title, List.copyOf(byYear.keySet()), linked, unlinked);
    }

    /** A year whose codes define a code that no table publishes: the latest period whose codes include it. */
    private static int homeYear(String code, SocCrosswalk crosswalk) {
        for (int year : new int[] {2021, 2019, 2018}) {
            if (crosswalk.relation(code, year, code, year).isPresent()) {
                return year;
            }
        }
        return 2021;
    }

    private static String sameCodeWhy(OccupationWages row, SocCrosswalk.Relation r, String code, int home,
            SocCrosswalk crosswalk) {
        String then = era(row.year());
        String now = era(home);
        String how = switch (r) {
            case PART_OF -> "is a part of";
            case CONTAINS -> "holds all of, and more than,";
            default -> "shares only some workers with";
        };
        return code + " under " + then + " (" + crosswalk.title(code, row.year()).orElse(row.title()) + ") " + how
                + " " + code + " under " + now + " (" + crosswalk.title(code, home).orElse("") + "): the code was"
                + " kept, the occupation changed";
    }

    private static String era(int year) {
        return year <= 2018 ? "SOC 2010" : year <= 2020 ? "the OEWS hybrid codes of May 2019-2020" : "SOC 2018";
    }

    private static String why(OccupationWages row, SocCrosswalk.Relation r, String code) {
        String era = era(row.year());
        return switch (r) {
            case SAME_OCCUPATION -> row.socCode() + " is " + code + " under " + era + " (same occupation)";
            case PART_OF -> row.socCode() + " is a part of " + code + " under " + era;
            case CONTAINS -> row.socCode() + " holds " + code + " and more under " + era;
            case OVERLAPS -> row.socCode() + " holds part of " + code + ", and other workers, under " + era;
        };
    }

    /** @return the SOC code asked for */
    public String code() {
        return code;
    }

    /** @return the occupation's title: the latest published under the code asked for, else BLS's title of it */
    public String title() {
        return title;
    }

    /** @return the survey years of the tables, ascending */
    public List<Integer> years() {
        return years;
    }

    /** @return every linked row, in year order (several in a year when the occupation was split across codes) */
    public List<Linked> linked() {
        return linked;
    }

    /**
     * The linked rows of one year.
     *
     * @param year the survey year
     * @return its rows, possibly empty
     */
    public List<Linked> inYear(int year) {
        return linked.stream().filter(l -> l.row().year() == year).toList();
    }

    /** @return a note for each year without a row, e.g. {@code "2014: no row for 15-2051 …"} */
    public List<String> unlinked() {
        return unlinked;
    }

    /**
     * One note per code other than the one asked for, over the years it stands in, e.g. {@code "2019–2020:
     * 15-1256 Software Developers and … — contains it, not comparable: 15-1256 holds 15-1252 and more under the
     * OEWS hybrid codes of May 2019-2020"}.
     *
     * @return the notes, in the order the codes first appear
     */
    public List<String> codeNotes() {
        Map<String, List<Integer>> yearsByLink = new LinkedHashMap<>();
        Map<String, String> textByLink = new LinkedHashMap<>();
        for (Linked l : linked) {
            if (l.linkage() != Linkage.SAME_CODE) {
                String key = l.row().socCode() + "|" + l.linkage();
                yearsByLink.computeIfAbsent(key, k -> new ArrayList<>()).add(l.row().year());
                textByLink.putIfAbsent(key, l.row().socCode() + " " + l.row().title() + " — "
                        + l.linkage().label() + (l.linkage().isComparable() ? "" : ", not comparable") + ": "
                        + l.why());
            }
        }
        List<String> notes = new ArrayList<>();
        yearsByLink.forEach((key, ys) -> notes.add(span(ys) + ": " + textByLink.get(key)));
        return notes;
    }

    /**
     * Which code each year's figures come from, in runs, e.g. {@code "2014–2018: 15-1132, 15-1133; 2019–2020:
     * 15-1256; 2021–2025: 15-1252"}.
     *
     * @return the runs, separated by "; "
     */
    public String codesByYear() {
        List<String> parts = new ArrayList<>();
        String current = null;
        List<Integer> run = new ArrayList<>();
        for (int y : years) {
            List<Linked> in = inYear(y);
            String codes = in.isEmpty() ? "" : String.join(", ", in.stream().map(l -> l.row().socCode()).toList());
            if (!codes.equals(current) && current != null && !current.isEmpty()) {
                parts.add(span(run) + ": " + current);
            }
            if (!codes.equals(current)) {
                run = new ArrayList<>();
                current = codes;
            }
            run.add(y);
        }
        if (current != null && !current.isEmpty()) {
            parts.add(span(run) + ": " + current);
        }
        return String.join("; ", parts);
    }

    private static String span(List<Integer> ys) {
        int first = ys.get(0);
        int last = ys.get(ys.size() - 1);
        return first == last ? Integer.toString(first) : first + "–" + last;
    }
}
