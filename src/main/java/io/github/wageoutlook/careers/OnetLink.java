package io.github.wageoutlook.careers;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an O*NET occupation's figures are in an OEWS survey year: the code OEWS publishes it under, how that code
 * relates to it, and why, when none does, it has no figures. O*NET 29.3 uses SOC 2018 codes with two more digits;
 * OEWS publishes SOC codes, some of them only within broader or older codes. The link is found in this order:
 * <ol>
 *   <li>the O*NET-SOC code's SOC code is in the year's table: {@link Linkage#SAME_CODE} ({@code 43-4171.00} →
 *       43-4171; O*NET's finer occupations such as {@code 29-1141.01} Acute Care Nurses → 29-1141 Registered Nurses,
 *       whose figures are of the whole SOC occupation, and several O*NET codes then share one OEWS row);</li>
 *   <li>else BLS's SOC tables ({@link SocCrosswalk#linksInYear}: the SOC 2010 → 2018 crosswalk and the OEWS hybrid
 *       structure) name a code of the year that is the same occupation, {@link Linkage#RENUMBERED} (41-3091 was
 *       41-3099 to May 2018), or one that contains it, {@link Linkage#BROADER_CODE} (13-1023 Purchasing Agents
 *       within 13-1020 Buyers and Purchasing Agents);</li>
 *   <li>else the codes that hold parts of it, {@link Linkage#SEVERAL_CODES}, or none, {@link Linkage#NOT_PUBLISHED},
 *       each with the reason in {@link #note()}. Such a link has no OEWS code: its figures are not shown rather than
 *       shown for another occupation.</li>
 * </ol>
 *
 * <pre>{@code
 * OnetLink.in(Oews.national(2025), "13-1023.00", "Purchasing Agents, Except Wholesale, Retail, and Farm Products");
 * // broader-code: OEWS publishes it within 13-1020 Buyers and Purchasing Agents
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param onetCode the O*NET-SOC code, e.g. {@code 43-4171.00}
 * @param onetTitle its O*NET title
 * @param year the May survey year of the OEWS table
 * @param linkage how the OEWS code relates to it
 * @param oewsCode the OEWS code whose figures stand for it; empty for {@link Linkage#SEVERAL_CODES} and
 *     {@link Linkage#NOT_PUBLISHED}
 * @param oewsTitle that code's OEWS title; empty when there is no code
 * @param note what a reader must know, in words: empty for the SOC occupation under its own code
 */
public record OnetLink(String onetCode, String onetTitle, int year, Linkage linkage, Optional<String> oewsCode,
                       String oewsTitle, String note) {

    /** The OEWS year whose codes are SOC 2018's, as O*NET 29.3's are: the first on SOC 2018, May 2021. */
    static final int SOC_2018_YEAR = 2021;

    /** How the OEWS code relates to the O*NET occupation. */
    public enum Linkage {
        /** OEWS publishes the O*NET-SOC code's own SOC code. */
        SAME_CODE,
        /** The same occupation under another code that year (BLS's SOC tables). */
        RENUMBERED,
        /** Published only within a broader code that contains it: the figures are the broader occupation's. */
        BROADER_CODE,
        /** Parts of it are in several codes (or it overlaps them): no single row stands for it. */
        SEVERAL_CODES,
        /** OEWS publishes no estimate for it that year. */
        NOT_PUBLISHED;

        /** @return the documented lower-case code of machine output, e.g. {@code broader-code} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * Reads what {@link #code()} or {@link #toString()} prints.
         *
         * @param text e.g. {@code broader-code}
         * @return the linkage
         * @throws IllegalArgumentException naming the valid codes and the text
         */
        public static Linkage parse(String text) {
            Objects.requireNonNull(text, "text must not be null");
            for (Linkage l : values()) {
                if (l.code().equalsIgnoreCase(text.strip()) || l.name().equalsIgnoreCase(text.strip())) {
                    return l;
                }
            }
            throw new IllegalArgumentException("Invalid value for linkage (valid values "
                    + List.of(values()).stream().map(Linkage::code).toList() + "): '" + text + "'");
        }

        /** Prints {@link #code()}. */
        @Override
        public String toString() {
            return code();
        }
    }

    /**
     * Checks the parts.
     *
     * @param onetCode the O*NET-SOC code
     * @param onetTitle its title
     * @param year the May survey year, 1997 - 2100
     * @param linkage how the OEWS code relates
     * @param oewsCode the OEWS code, present exactly when the linkage names one
     * @param oewsTitle its title
     * @param note the note
     * @throws IllegalArgumentException naming the field, its valid values and the value
     */
    public OnetLink {
        RelatedOccupation.checkCode("onetCode", onetCode);
        Objects.requireNonNull(onetTitle, "onetTitle must not be null");
        Objects.requireNonNull(linkage, "linkage must not be null");
        Objects.requireNonNull(oewsCode, "oewsCode must not be null");
        Objects.requireNonNull(oewsTitle, "oewsTitle must not be null");
        Objects.requireNonNull(note, "note must not be null");
        if (year < 1997 || year > 2100) {
            throw new IllegalArgumentException("Invalid value for year (valid values 1997 - 2100): " + year);
        }
        boolean needsCode = linkage != Linkage.SEVERAL_CODES && linkage != Linkage.NOT_PUBLISHED;
        if (oewsCode.isPresent() != needsCode) {
            throw new IllegalArgumentException("Invalid value for oewsCode (valid values: " + (needsCode
                    ? "a code" : "empty") + " for linkage " + linkage + "): " + oewsCode);
        }
    }

    /**
     * The link of an O*NET occupation in an OEWS table of one survey year (any area, industry or ownership: the
     * table's codes decide).
     *
     * @param table the OEWS rows of one year, e.g. {@code Oews.national(2025)}
     * @param onetCode the O*NET-SOC code, e.g. {@code 13-1023.00}
     * @param onetTitle its O*NET title
     * @return the link
     * @throws IllegalArgumentException for a malformed code, or a table of several years
     */
    public static OnetLink in(OewsTable table, String onetCode, String onetTitle) {
        Objects.requireNonNull(table, "table must not be null");
        RelatedOccupation.checkCode("onetCode", onetCode);
        if (table.years().size() != 1) {
            throw new IllegalArgumentException("Invalid value for table (valid values: rows of one survey year): "
                    + table.name() + " holds " + table.years());
        }
        int year = table.years().get(0);
        String soc = onetCode.substring(0, 7);
        String named = onetTitle + " (O*NET " + onetCode + ")";
        Optional<OccupationWages> own = table.occupation(soc);
        if (own.isPresent()) {
            String note = onetCode.endsWith(".00") ? "" : "O*NET's " + named + " is one of O*NET's occupations within "
                    + "SOC " + soc + "; OEWS publishes " + soc + " " + own.get().title() + " as a whole: the figures "
                    + "are of all of it.";
            return new OnetLink(onetCode, onetTitle, year, Linkage.SAME_CODE, Optional.of(soc), own.get().title(),
                    note);
        }
        SocCrosswalk cw = SocCrosswalk.bls();
        List<SocCrosswalk.Link> links = cw.linksInYear(soc, SOC_2018_YEAR, year).stream()
                .filter(l -> table.occupation(l.code()).isPresent()).toList();
        for (Linkage kind : List.of(Linkage.RENUMBERED, Linkage.BROADER_CODE)) {
            SocCrosswalk.Relation wanted = kind == Linkage.RENUMBERED ? SocCrosswalk.Relation.SAME_OCCUPATION
                    : SocCrosswalk.Relation.CONTAINS;
            Optional<SocCrosswalk.Link> hit = links.stream().filter(l -> l.relation() == wanted).findFirst();
            if (hit.isPresent()) {
                String code = hit.get().code();
                String title = table.occupation(code).orElseThrow().title();
                String note = kind == Linkage.RENUMBERED
                        ? "OEWS publishes " + named + " as " + code + " " + title + " for May " + year
                        + ": the same occupation under another code (BLS's SOC tables)."
                        : "OEWS publishes " + named + " only within " + code + " " + title + " for May " + year
                        + ": the figures are of that broader occupation (BLS's SOC tables).";
                return new OnetLink(onetCode, onetTitle, year, kind, Optional.of(code), title, note);
            }
        }
        if (!links.isEmpty()) {
            return new OnetLink(onetCode, onetTitle, year, Linkage.SEVERAL_CODES, Optional.empty(), "",
                    "OEWS publishes " + named + " for May " + year + " only in parts of " + String.join(", ",
                    links.stream().map(l -> l.code() + " " + table.occupation(l.code()).orElseThrow().title()
                            + " (" + l.relation().label() + ")").toList())
                    + ": no single row stands for it, so no OEWS figures are shown.");
        }
        String why = cw.whyAbsent(soc, year).orElse("OEWS publishes no estimate for SOC " + soc + " for May " + year
                + ".");
        return new OnetLink(onetCode, onetTitle, year, Linkage.NOT_PUBLISHED, Optional.empty(), "",
                "No OEWS figures for " + named + ": " + why);
    }

    /** @return true for one of O*NET's own occupations within a SOC code ({@code .01}, {@code .02} …) */
    public boolean isOnetDetail() {
        return !onetCode.endsWith(".00");
    }

    /** @return true when the OEWS code is another than the O*NET-SOC code's own SOC code */
    public boolean isOtherCode() {
        return oewsCode.isPresent() && !oewsCode.get().equals(onetCode.substring(0, 7));
    }

    /** Prints {@code 13-1023.00 → 13-1020 (broader-code)} or {@code 45-3031.00 → none (not-published)}. */
    @Override
    public String toString() {
        return onetCode + " → " + oewsCode.orElse("none") + " (" + linkage + ")";
    }
}
