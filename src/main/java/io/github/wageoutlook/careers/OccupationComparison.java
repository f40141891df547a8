package io.github.wageoutlook.careers;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/**
 * Occupations side by side, the way career guides end ("similar jobs") and a counsellor asks: for each, employment,
 * the median wage (annual and hourly) and the band the middle 80% earn (10th to 90th percentile) from OEWS in one
 * context; the latest Employment Projections cycle's change (percent and the Handbook's descriptor), openings a
 * year, typical entry education, work experience and on-the-job training; and the pay-by-experience brackets where
 * the library has them.
 *
 * <p>Every figure of one column comes from one source, year and context, and the column says which ("Median pay,
 * May 2025", "Jobs 2024–34"): the OEWS columns are the table's one context (an area, industry or ownership is named
 * in them), the projection columns are national and cross-industry, as BLS publishes them. A row whose figure
 * comes from another code (a projection published under a renumbered or broader code, an O*NET occupation OEWS
 * publishes within a broader one) says so in its notes; an occupation the context lacks is listed with a note, its
 * figures empty, never dropped.
 *
 * <p>Occupations are named as everywhere in the library, through {@link OccupationLookup} (a SOC code in any
 * spelling, or words of a title), against the year's national file when the context is narrower, so that an
 * occupation missing from an industry is still found and listed. A well-formed SOC code the year does not publish
 * is listed with the reason BLS's SOC tables give (11-1031 Legislators, not published for May 2025); an unknown code
 * or title fails as the lookup does.
 *
 * <pre>{@code
 * OccupationComparison c = OccupationComparison.of(Oews.national(2018), "43-4051", "43-4171", "39-6012", "11-9081");
 * c.rows().get(1).median(WageBasis.ANNUAL);            // $29,140 (receptionists, May 2018)
 * c.sortedBy(OccupationComparison.Order.MEDIAN);       // lodging managers ($53,390) first
 * System.out.println(c);                               // pay, outlook and entry requirements, with notes
 * c.toHtml();                                          // one self-contained HTML table
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OccupationComparison implements Tabular {

    /** How rows can be ordered: each descending, the highest first; rows without the figure last, in order. */
    public enum Order {
        /** By OEWS median wage (a top-coded median by its bound). */
        MEDIAN("median", "median pay"),
        /** By projected percent change in employment. */
        GROWTH("growth", "projected job growth"),
        /** By openings a year. */
        OPENINGS("openings", "openings a year"),
        /** By OEWS employment. */
        EMPLOYMENT("employment", "jobs");

        private final String code;
        private final String words;

        Order(String code, String words) {
            this.code = code;
            this.words = words;
        }

        /** @return the documented lower-case code, e.g. {@code median} */
        public String code() {
            return code;
        }

        /** @return what the order is by, in words, e.g. {@code median pay} */
        public String words() {
            return words;
        }

        /**
         * Reads an order.
         *
         * @param text {@code median}, {@code growth}, {@code openings} or {@code employment}, ignoring case
         * @return the order
         * @throws IllegalArgumentException naming the valid values and the text
         */
        public static Order parse(String text) {
            Objects.requireNonNull(text, "text must not be null");
            for (Order o : values()) {
                if (o.code.equalsIgnoreCase(text.strip()) || o.name().equalsIgnoreCase(text.strip())) {
                    return o;
                }
            }
            throw new IllegalArgumentException("Invalid value for sort order (valid values "
                    + Arrays.stream(values()).map(Order::code).toList() + "): '" + text + "'");
        }

        /** Prints {@link #code()}. */
        @Override
        public String toString() {
            return code;
        }
    }

    private final String subject;
    private final Context context;
    private final String oewsSource;
    private final ProjectionsTable cycle;
    private final List<ComparedOccupation> rows;
    private final WageBasis basis;
    private final Optional<Order> order;
    private final List<String> attribution;

    private OccupationComparison(String subject, Context context, String oewsSource, ProjectionsTable cycle,
                                 List<ComparedOccupation> rows, WageBasis basis, Optional<Order> order,
                                 List<String> attribution) {
        this.subject = subject;
        this.context = context;
        this.oewsSource = oewsSource;
        this.cycle = cycle;
        this.rows = List.copyOf(rows);
        this.basis = basis;
        this.order = order;
        this.attribution = List.copyOf(attribution);
    }

    /**
     * Occupations of one OEWS context, in the order given, with the latest embedded projection cycle and the
     * embedded experience brackets.
     *
     * @param table OEWS rows of one year, area, industry and ownership, e.g. {@code Oews.national(2018)}
     * @param occupations SOC codes or words of titles, at least one, each occupation once
     * @return the comparison
     * @throws MixedContextsException if the table holds several contexts (narrow it first)
     * @throws OccupationLookupException for a title matching several occupations, or a code or title matching none
     * @throws IllegalArgumentException for no occupations, or one named twice
     */
    public static OccupationComparison of(OewsTable table, String... occupations) {
        Objects.requireNonNull(occupations, "occupations must not be null");
        return of(table, Arrays.asList(occupations));
    }

    /**
     * Occupations of one OEWS context, in the order given; see {@link #of(OewsTable, String...)}.
     *
     * @param table OEWS rows of one context
     * @param occupations SOC codes or words of titles, at least one, each occupation once
     * @return the comparison
     */
    public static OccupationComparison of(OewsTable table, List<String> occupations) {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(occupations, "occupations must not be null");
        if (occupations.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for occupations (valid values: at least one SOC code or "
                    + "title): []");
        }
        CareerFacts facts = facts(table);
        int year = facts.where().year();
        OccupationLookup<OccupationWages> lookup = OccupationLookup.from(facts.names())
                .withReasonForCode(code -> facts.crosswalk().whyAbsent(code, year));
        Map<String, String> asked = new LinkedHashMap<>();
        List<ComparedOccupation> rows = new ArrayList<>();
        for (String query : occupations) {
            Objects.requireNonNull(query, "an occupation must not be null");
            Optional<String> code = OccupationLookup.socCode(query);
            String soc;
            String title;
            List<String> notes = new ArrayList<>();
            Optional<String> why = code.filter(c -> facts.names().occupation(c).isEmpty())
                    .flatMap(c -> facts.crosswalk().whyAbsent(c, year));
            if (why.isPresent()) {
                soc = code.get();
                title = facts.crosswalk().title(soc, year).orElse(soc);
                notes.add("No OEWS estimate for May " + year + ": " + why.get());
            } else {
                OccupationWages found = lookup.get(query);
                soc = found.socCode();
                title = found.title();
            }
            String before = asked.putIfAbsent(soc, query.strip());
            if (before != null) {
                throw new IllegalArgumentException("Invalid value for occupations (valid values: each occupation "
                        + "once): '" + query.strip() + "' is " + soc + " " + title + ", already given as '" + before
                        + "'");
            }
            rows.add(facts.row(soc, title, Optional.empty(), Optional.empty(), notes));
        }
        return assemble("Occupations compared", facts, rows, List.of());
    }

    static CareerFacts facts(OewsTable table) {
        List<Cycle> cycles = Projections.cycles();
        return new CareerFacts(table, Projections.cycle(cycles.get(cycles.size() - 1)), ExperienceBrackets.embedded());
    }

    /**
     * The comparison of rows gathered by {@link CareerFacts}; rows that show the same OEWS row (several O*NET
     * occupations within one SOC code) say so.
     */
    static OccupationComparison assemble(String subject, CareerFacts facts, List<ComparedOccupation> rows,
                                         List<String> attribution) {
        Map<String, List<Integer>> byRow = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isInContext()) {
                byRow.computeIfAbsent(rows.get(i).socCode(), k -> new ArrayList<>()).add(i);
            }
        }
        List<ComparedOccupation> out = new ArrayList<>(rows);
        for (List<Integer> same : byRow.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (int i : same) {
                ComparedOccupation r = out.get(i);
                List<String> others = same.stream().filter(j -> j != i).map(j -> label(rows.get(j))).toList();
                List<String> notes = new ArrayList<>(r.notes());
                notes.add("The same OEWS row (" + r.socCode() + ") as " + String.join(", ", others) + ".");
                out.set(i, new ComparedOccupation(r.socCode(), r.title(), r.wages(), r.projection(), r.descriptor(),
                        r.brackets(), r.related(), r.link(), notes));
            }
        }
        return new OccupationComparison(subject, facts.where(), facts.context().name(), facts.cycle(), out,
                WageBasis.ANNUAL, Optional.empty(), attribution);
    }

    private static String label(ComparedOccupation r) {
        return r.related().map(x -> x.onetCode() + " " + x.title()).orElse(r.socCode() + " " + r.title());
    }

    /** @return what the rows are, e.g. {@code Occupations compared} */
    public String subject() {
        return subject;
    }

    /** @return the OEWS context of every wage and employment figure: one year, area, industry and ownership */
    public Context context() {
        return context;
    }

    /** @return the May survey year of the OEWS figures */
    public int year() {
        return context.year();
    }

    /** @return the OEWS table the figures come from, e.g. {@code national_M2025_dl.xlsx} */
    public String oewsSource() {
        return oewsSource;
    }

    /** @return the Employment Projections table the outlook, education and training come from */
    public ProjectionsTable projections() {
        return cycle;
    }

    /** @return the rows, in order */
    public List<ComparedOccupation> rows() {
        return rows;
    }

    /** @return the basis of the wage band and of the order by median: annual unless {@link #withBasis} */
    public WageBasis basis() {
        return basis;
    }

    /** @return the order the rows were sorted in, empty when they are in the order given (or O*NET's) */
    public Optional<Order> order() {
        return order;
    }

    /** @return the attribution lines its sources ask for wherever their data are shown (O*NET's), possibly none */
    public List<String> attribution() {
        return attribution;
    }

    /**
     * The same rows on another basis: the wage band, the chart and the order by median use it.
     *
     * @param newBasis hourly or annual
     * @return the comparison
     */
    public OccupationComparison withBasis(WageBasis newBasis) {
        Objects.requireNonNull(newBasis, "newBasis must not be null");
        return new OccupationComparison(subject, context, oewsSource, cycle, rows, newBasis, order, attribution);
    }

    /**
     * The rows in another order, highest first; rows without the figure (not released, not in the context, not
     * projected) last, in their order. Ties keep their order.
     *
     * @param by the figure to order by
     * @return the sorted comparison
     */
    public OccupationComparison sortedBy(Order by) {
        Objects.requireNonNull(by, "by must not be null");
        List<ComparedOccupation> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((ComparedOccupation r) -> key(r, by).isEmpty())
                .thenComparing(r -> -key(r, by).orElse(0)));
        return new OccupationComparison(subject, context, oewsSource, cycle, sorted, basis, Optional.of(by),
                attribution);
    }

    private OptionalDouble key(ComparedOccupation r, Order by) {
        return switch (by) {
            case MEDIAN -> {
                WageFigure m = r.median(basis);
                yield m.isAvailable() ? OptionalDouble.of(m.amount()) : OptionalDouble.empty();
            }
            case GROWTH -> r.percentChange();
            case OPENINGS -> r.annualOpenings();
            case EMPLOYMENT -> r.employment().optional();
        };
    }

    /**
     * The caption: what the rows are, the OEWS context and source, the projection cycle, and the order.
     *
     * @return e.g. {@code Occupations compared — pay: OEWS May 2018, U.S. (national_M2018_dl.xlsx); outlook: BLS
     *     Employment Projections 2024-34 (occupation_2024-34.xlsx, Table 1.2)}
     */
    public String caption() {
        return subject + " — pay: OEWS May " + year() + ", " + context.label() + " (" + oewsSource + "); outlook: BLS "
                + "Employment Projections " + cycle.cycle() + " (" + cycle.name() + ")"
                + order.map(o -> "; sorted by " + o.words() + ", highest first")
                .orElse(rows.stream().anyMatch(r -> r.related().isPresent()) ? "; in O*NET's order" : "");
    }

    /**
     * One table with every column, the notes of each row in its last column, and under it the legend, the sources and
     * the attribution: what {@link #toHtml()} shows.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        return ComparisonLayout.table(this);
    }

    /**
     * One self-contained HTML table of every row (a long comparison is not cut), for a notebook or a report.
     *
     * @return the HTML, text escaped
     */
    @Override
    public String toHtml() {
        DisplayTable t = toDisplayTable();
        return t.toHtml(t.size());
    }

    /**
     * The machine-readable form: one row per occupation, figures at BLS's published precision with their status,
     * missing figures missing (not zero). Column names are upper-case, as in the library's other tables; the
     * command line prints them lower-case.
     *
     * @return a new Tablesaw table
     */
    public Table toTable() {
        return ComparisonLayout.machineTable(this);
    }

    /**
     * The text form: the pay and jobs of every row, then the outlook, then the entry requirements, then the
     * experience brackets when any row has them; numbered notes, the legend, the sources and the attribution.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return ComparisonLayout.text(this);
    }
}
