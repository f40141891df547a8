package io.github.wageoutlook.oews;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.display.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Occupations, years or places side by side: for each row the year, SOC code, title, the area, industry and
 * ownership when the rows hold several, employment and the annual mean and 10th, 25th, 50th, 75th and 90th
 * percentiles, as a readable text table ({@link #toString()}) or an HTML table ({@link #toHtml()}); a Jupyter Java
 * kernel shows it as the HTML table when it is a cell's value.
 *
 * <pre>{@code
 * WageComparison similar = WageComparison.occupations(2018, "43-4051", "43-4171", "39-6012", "11-9081");
 * System.out.println(similar);             // median $33,750, $29,140, $30,400, $53,390
 * WageComparison.years("43-4051").toHtml(); // 2014–2025 for one occupation
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WageComparison implements Tabular {
    private static final String[] HEADS = {"Year", "SOC code", "Occupation", "Employment", "Mean", "10th pct",
        "25th pct", "Median", "75th pct", "90th pct"};

    private final String caption;
    private final List<OccupationWages> rows;

    private WageComparison(String caption, List<OccupationWages> rows) {
        this.caption = caption;
        this.rows = List.copyOf(rows);
    }

    /**
     * Rows of any OEWS records, in the order given.
     *
     * @param caption what the table shows, not blank
     * @param rows the rows, at least one
     * @return the comparison
     * @throws IllegalArgumentException if the caption is blank or there are no rows
     */
    public static WageComparison of(String caption, List<OccupationWages> rows) {
        Objects.requireNonNull(caption, "caption must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        if (caption.isBlank()) {
            throw new IllegalArgumentException("Invalid value for caption (valid values: non-blank text): ''");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for rows (valid values: at least one row): []");
        }
        return new WageComparison(caption.strip(), rows);
    }

    /**
     * Occupations of one embedded national survey year, in the order given.
     *
     * @param year the May survey year, 2014 - 2025
     * @param socCodes the SOC codes, at least one
     * @return the comparison
     * @throws IllegalArgumentException for a year not shipped, no codes, or a code not in that year's file
     */
    public static WageComparison occupations(int year, String... socCodes) {
        Objects.requireNonNull(socCodes, "socCodes must not be null");
        if (socCodes.length == 0) {
            throw new IllegalArgumentException("Invalid value for socCodes (valid values: at least one code): []");
        }
        OewsTable table = Oews.national(year);
        List<OccupationWages> rows = new ArrayList<>();
        for (String code : socCodes) {
            rows.add(table.occupation(code).orElseThrow(() -> new IllegalArgumentException(
                    "Invalid value for socCode (not in the OEWS national file of May " + year + "): '" + code + "'")));
        }
        return new WageComparison("OEWS national, May " + year + ": annual wages", rows);
    }

    /**
     * One occupation in every embedded national survey year that has it, oldest first.
     *
     * @param socCode the SOC code
     * @return the comparison
     * @throws IllegalArgumentException if no embedded year has the code
     */
    public static WageComparison years(String socCode) {
        Objects.requireNonNull(socCode, "socCode must not be null");
        List<OccupationWages> rows = new ArrayList<>();
        for (int year : Oews.nationalYears()) {
            Optional<OccupationWages> row = Oews.national(year).occupation(socCode.strip());
            row.ifPresent(rows::add);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for socCode (not in any embedded OEWS national file "
                    + Oews.nationalYears().get(0) + " - " + Oews.nationalYears().get(Oews.nationalYears().size() - 1)
                    + "): '" + socCode + "'");
        }
        OccupationWages last = rows.get(rows.size() - 1);
        return new WageComparison(last.title() + " (" + last.socCode() + "), OEWS national: annual wages by year",
                rows);
    }

    /** @return the caption */
    public String caption() {
        return caption;
    }

    /** @return the rows, in order */
    public List<OccupationWages> rows() {
        return rows;
    }

    /** The context columns the rows need: area, industry, ownership, each only when the rows hold several. */
    private List<String> contextHeads() {
        List<String> heads = new ArrayList<>();
        if (rows.stream().map(r -> r.area().code()).distinct().count() > 1) {
            heads.add("Area");
        }
        if (rows.stream().map(r -> r.industry().naics()).distinct().count() > 1) {
            heads.add("Industry");
        }
        if (rows.stream().map(r -> r.ownership().code()).distinct().count() > 1) {
            heads.add("Ownership");
        }
        return heads;
    }

    private String[] heads() {
        List<String> h = new ArrayList<>(List.of(HEADS));
        h.addAll(3, contextHeads());
        return h.toArray(String[]::new);
    }

    private String[] cells(OccupationWages r) {
        WageSummary a = r.annual();
        List<String> c = new ArrayList<>(List.of(Integer.toString(r.year()), r.socCode(), r.title(),
                r.employment().isAvailable() ? String.format(Locale.US, "%,.0f", r.employment().value()) : "n/a",
                a.mean().toString(), a.p10().toString(), a.p25().toString(), a.median().toString(),
                a.p75().toString(), a.p90().toString()));
        List<String> context = new ArrayList<>();
        for (String head : contextHeads()) {
            context.add(switch (head) {
                case "Area" -> r.area().title();
                case "Industry" -> "NAICS " + r.industry().naics() + " " + r.industry().title();
                default -> r.ownership().code() + " " + r.ownership().title();
            });
        }
        c.addAll(3, context);
        return c.toArray(String[]::new);
    }

    /**
     * The caption, then per row the year, SOC code, title, employment and the annual mean and percentiles;
     * {@code ≥} marks a top-coded lower bound.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        DisplayTable.Builder t = DisplayTable.builder(caption);
        String[] heads = heads();
        for (int c = 0; c < heads.length; c++) {
            // Code, title and the context columns read left; employment and the six wages right.
            t.column(heads[c], c >= 1 && c < heads.length - 7 ? Align.LEFT : Align.RIGHT);
        }
        rows.forEach(r -> t.row(cells(r)));
        return t.build();
    }

    /**
     * A text table: the caption, a header and one line per row; {@code ≥} marks a top-coded lower bound.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }
}
