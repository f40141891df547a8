package io.github.wageoutlook.soc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How SOC codes of different classification vintages relate, for the occupations whose code changed when OEWS moved
 * from SOC 2010 (to May 2018) through hybrid codes (May 2019 and May 2020) to SOC 2018 (May 2021 on).
 *
 * <p>Each {@link Link} says how one code's occupation relates to another's: the same occupation under a new code,
 * a part of it, or a whole containing it. A code that is only renumbered, with its title unchanged, needs no entry
 * here: {@code io.github.wageoutlook.inflation.WageHistory} links those by title. Entries are needed where the
 * title misleads or changed: merges (software developers), splits that kept the title (web developers, database
 * administrators) and the OEWS hybrid codes.
 *
 * <p>Sources: BLS, "2010 SOC to 2018 SOC crosswalk" (Standard Occupational Classification, bls.gov/soc/2018);
 * BLS OEWS, "Implementing the 2018 SOC in OEWS" (https://www.bls.gov/oes/soc_2018.htm), which lists the hybrid codes
 * used in the May 2019 and May 2020 estimates. The hybrid codes' composition is also stated by their titles in the
 * shipped files (e.g. 15-1256 "Software Developers and Software Quality Assurance Analysts and Testers").
 *
 * <table>
 *   <caption>Built-in links ({@link #oews()})</caption>
 *   <tr><th>code</th><th>relation</th><th>code</th><th>why</th></tr>
 *   <tr><td>15-1132, 15-1133</td><td>part of</td><td>15-1252</td><td>SOC 2018 merged applications and systems
 *       software developers</td></tr>
 *   <tr><td>15-1132, 15-1133, 15-1252, 15-1253</td><td>part of</td><td>15-1256</td><td>hybrid code of May 2019 and
 *       2020</td></tr>
 *   <tr><td>15-1254</td><td>part of</td><td>15-1134</td><td>SOC 2018 split web developers from web and digital
 *       interface designers</td></tr>
 *   <tr><td>15-1134, 15-1254, 15-1255</td><td>part of</td><td>15-1257</td><td>hybrid code of May 2019 and
 *       2020</td></tr>
 *   <tr><td>15-1242</td><td>part of</td><td>15-1141</td><td>SOC 2018 split database architects (15-1243) from
 *       database administrators</td></tr>
 *   <tr><td>15-1141, 15-1242, 15-1243</td><td>part of</td><td>15-1245</td><td>hybrid code of May 2019 and
 *       2020</td></tr>
 * </table>
 *
 * <pre>{@code SocCrosswalk.oews().relation("15-1132", "15-1252"); // Optional[PART_OF]}</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SocCrosswalk {

    /** How one code's occupation relates to another's. */
    public enum Relation {
        /** The same occupation under another code: figures are comparable. */
        SAME_OCCUPATION,
        /** The occupation is a part of the other: figures are not comparable. */
        PART_OF,
        /** The occupation contains the other: figures are not comparable. */
        CONTAINS;

        /** @return the relation seen from the other code */
        public Relation inverse() {
            return switch (this) {
                case SAME_OCCUPATION -> SAME_OCCUPATION;
                case PART_OF -> CONTAINS;
                case CONTAINS -> PART_OF;
            };
        }
    }

    /**
     * One link: {@code from}'s occupation is {@code relation} {@code to}'s.
     *
     * @param from a SOC code
     * @param relation how {@code from} relates to {@code to}
     * @param to another SOC code
     * @param why a short reason, shown to users
     */
    public record Link(String from, Relation relation, String to, String why) {
        /**
         * Checks the parts.
         *
         * @param from a SOC code
         * @param relation how {@code from} relates to {@code to}
         * @param to another SOC code
         * @param why a short reason, shown to users
         * @throws IllegalArgumentException if a code is not of the form 00-0000 or both codes are the same
         */
        public Link {
            Objects.requireNonNull(relation, "relation must not be null");
            Objects.requireNonNull(why, "why must not be null");
            for (String code : new String[] {from, to}) {
                if (!SocCode.isValid(code)) {
                    throw new IllegalArgumentException("Invalid value for SOC code (valid values 00-0000 - 99-9999): '"
                            + code + "'");
                }
            }
            if (from.equals(to)) {
                throw new IllegalArgumentException("Invalid link: a code cannot link to itself: " + from);
            }
        }
    }

    private static final String MERGED = "SOC 2018 merged applications (15-1132) and systems software (15-1133) "
            + "developers into 15-1252";
    private static final String HYBRID_SOFTWARE = "OEWS hybrid code of May 2019-2020: software developers plus "
            + "software quality assurance analysts and testers";
    private static final String SPLIT_WEB = "SOC 2018 split SOC 2010 web developers (15-1134) into web developers "
            + "(15-1254) and part of web and digital interface designers (15-1255)";
    private static final String HYBRID_WEB = "OEWS hybrid code of May 2019-2020: web developers plus digital "
            + "interface designers";
    private static final String SPLIT_DB = "SOC 2018 split SOC 2010 database administrators (15-1141) into database "
            + "administrators (15-1242) and part of database architects (15-1243)";
    private static final String HYBRID_DB = "OEWS hybrid code of May 2019-2020: database administrators and "
            + "architects";

    private static final SocCrosswalk OEWS = new SocCrosswalk(List.of(
            new Link("15-1132", Relation.PART_OF, "15-1252", MERGED),
            new Link("15-1133", Relation.PART_OF, "15-1252", MERGED),
            new Link("15-1132", Relation.PART_OF, "15-1256", HYBRID_SOFTWARE),
            new Link("15-1133", Relation.PART_OF, "15-1256", HYBRID_SOFTWARE),
            new Link("15-1252", Relation.PART_OF, "15-1256", HYBRID_SOFTWARE),
            new Link("15-1253", Relation.PART_OF, "15-1256", HYBRID_SOFTWARE),
            new Link("15-1254", Relation.PART_OF, "15-1134", SPLIT_WEB),
            new Link("15-1134", Relation.PART_OF, "15-1257", HYBRID_WEB),
            new Link("15-1254", Relation.PART_OF, "15-1257", HYBRID_WEB),
            new Link("15-1255", Relation.PART_OF, "15-1257", HYBRID_WEB),
            new Link("15-1242", Relation.PART_OF, "15-1141", SPLIT_DB),
            new Link("15-1141", Relation.PART_OF, "15-1245", HYBRID_DB),
            new Link("15-1242", Relation.PART_OF, "15-1245", HYBRID_DB),
            new Link("15-1243", Relation.PART_OF, "15-1245", HYBRID_DB)));

    private final List<Link> links;

    private SocCrosswalk(List<Link> links) {
        this.links = List.copyOf(links);
    }

    /** @return the built-in links for the OEWS years 2014–2024 (see the class documentation for the table) */
    public static SocCrosswalk oews() {
        return OEWS;
    }

    /**
     * A crosswalk of one's own links, e.g. the built-in ones plus more.
     *
     * @param links the links
     * @return the crosswalk
     */
    public static SocCrosswalk of(List<Link> links) {
        Objects.requireNonNull(links, "links must not be null");
        return new SocCrosswalk(links);
    }

    /**
     * This crosswalk with one more link.
     *
     * @param link the link
     * @return a new crosswalk
     */
    public SocCrosswalk with(Link link) {
        Objects.requireNonNull(link, "link must not be null");
        List<Link> all = new java.util.ArrayList<>(links);
        all.add(link);
        return new SocCrosswalk(all);
    }

    /** @return the links, in order */
    public List<Link> links() {
        return links;
    }

    /**
     * How {@code code}'s occupation relates to {@code other}'s, looking the link up in either direction.
     *
     * @param code a SOC code
     * @param other another SOC code
     * @return the relation seen from {@code code}, or empty when no link joins them
     */
    public Optional<Relation> relation(String code, String other) {
        return link(code, other).map(l -> l.from().equals(code) ? l.relation() : l.relation().inverse());
    }

    /**
     * The link joining two codes, in either direction.
     *
     * @param code a SOC code
     * @param other another SOC code
     * @return the link, or empty
     */
    public Optional<Link> link(String code, String other) {
        return links.stream().filter(l -> l.from().equals(code) && l.to().equals(other)
                || l.from().equals(other) && l.to().equals(code)).findFirst();
    }

    /**
     * Whether a code takes part in any link (its history then follows the links, not titles).
     *
     * @param code a SOC code
     * @return true if some link names it
     */
    public boolean mentions(String code) {
        return links.stream().anyMatch(l -> l.from().equals(code) || l.to().equals(code));
    }
}
