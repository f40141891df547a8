package io.github.wageoutlook.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One OEWS table of a May survey year, as BLS publishes it in a zip on the OEWS "tables" page
 * ({@code https://www.bls.gov/oes/special-requests/oesmYY<kind>.zip}):
 * <table>
 *   <caption>OEWS zips</caption>
 *   <tr><th>kind</th><th>zip</th><th>holds</th></tr>
 *   <tr><td>{@link Kind#NATIONAL}</td><td>{@code oesm24nat.zip}</td><td>U.S., cross-industry</td></tr>
 *   <tr><td>{@link Kind#STATE}</td><td>{@code oesm24st.zip}</td><td>every state, D.C., Guam, Puerto Rico, the
 *       Virgin Islands</td></tr>
 *   <tr><td>{@link Kind#METRO}</td><td>{@code oesm24ma.zip}</td><td>metropolitan and nonmetropolitan areas</td></tr>
 *   <tr><td>{@link Kind#ALL_DATA}</td><td>{@code oesm24all.zip}</td><td>all of the above and the industry
 *       tables in one workbook (about 400,000 rows)</td></tr>
 *   <tr><td>{@link Kind#SECTOR}, {@link Kind#THREE_DIGIT}, {@link Kind#FOUR_DIGIT},
 *       {@link Kind#FIVE_SIX_DIGIT}</td><td>{@code oesm24in4.zip}</td><td>national estimates by NAICS sector,
 *       3-digit, 4-digit and 5–6-digit industry: one workbook each in the same zip</td></tr>
 * </table>
 *
 * <p>The workbook inside the zip is chosen by content, never by its name or position: Excel lock files
 * ({@code ~$state_M2022_dl.xlsx}), field descriptions and other non-data entries are skipped, and the data
 * workbook is the one with an {@code OCC_CODE} header; for the industry zip, the one whose {@code I_GROUP} column
 * names the wanted level.
 *
 * <pre>{@code OewsTable states = Oews.fetch(OewsFile.state(2024));}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the May reference year of the survey, 2014 – 2099
 * @param kind which table
 */
public record OewsFile(int year, Kind kind) implements BlsFile {

    /** The first survey year this library reads (its top-code is known from 2014). */
    public static final int FIRST_YEAR = 2014;

    /** Which OEWS table. */
    public enum Kind {
        /** National cross-industry estimates ({@code oesmYYnat.zip}). */
        NATIONAL("nat", "national", "national", Set.of()),
        /** State estimates ({@code oesmYYst.zip}). */
        STATE("st", "state", "state", Set.of()),
        /** Metropolitan and nonmetropolitan area estimates ({@code oesmYYma.zip}). */
        METRO("ma", "metro", "metropolitan and nonmetropolitan area", Set.of()),
        /** All data in one workbook ({@code oesmYYall.zip}). */
        ALL_DATA("all", "all", "all-data", Set.of()),
        /** National industry-specific estimates by NAICS sector ({@code oesmYYin4.zip}, natsector workbook). */
        SECTOR("in4", "sector", "national by NAICS sector", Set.of("sector")),
        /** By 3-digit NAICS industry ({@code oesmYYin4.zip}, nat3d workbook). */
        THREE_DIGIT("in4", "3-digit", "national by 3-digit NAICS industry", Set.of("3-digit")),
        /** By 4-digit NAICS industry ({@code oesmYYin4.zip}, nat4d workbook). */
        FOUR_DIGIT("in4", "4-digit", "national by 4-digit NAICS industry", Set.of("4-digit")),
        /** By 5- and 6-digit NAICS industry ({@code oesmYYin4.zip}, nat5d_6d workbook). */
        FIVE_SIX_DIGIT("in4", "5-6-digit", "national by 5- and 6-digit NAICS industry",
                Set.of("5-digit", "6-digit"));

        private final String zipSuffix;
        private final String word;
        private final String description;
        private final Set<String> industryGroups;

        Kind(String zipSuffix, String word, String description, Set<String> industryGroups) {
            this.zipSuffix = zipSuffix;
            this.word = word;
            this.description = description;
            this.industryGroups = industryGroups;
        }

        /** @return the word naming the kind on the command line, e.g. {@code state}, {@code 4-digit} */
        public String word() {
            return word;
        }

        /** @return the end of BLS's zip name, e.g. {@code st} in {@code oesm24st.zip} */
        public String zipSuffix() {
            return zipSuffix;
        }

        /**
         * @return the {@code I_GROUP} values of the wanted workbook in the industry zip (e.g. {@code sector});
         *         empty for the kinds with one data workbook per zip
         */
        public Set<String> industryGroups() {
            return industryGroups;
        }

        /** @return true for the four tables of the industry zip */
        public boolean isIndustry() {
            return !industryGroups.isEmpty();
        }

        /**
         * The kind a command-line word names.
         *
         * @param word e.g. {@code state}, {@code metro}, {@code 4-digit} (case ignored)
         * @return the kind
         * @throws IllegalArgumentException naming the words known
         */
        public static Kind of(String word) {
            Objects.requireNonNull(word, "word must not be null");
            String w = word.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.word.equals(w)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Invalid value for OEWS table (valid values "
                            + words() + "): '" + word + "'"));
        }

        /** @return every command-line word, in declaration order */
        public static List<String> words() {
            return Arrays.stream(values()).map(Kind::word).toList();
        }
    }

    /**
     * Checks the year and kind.
     *
     * @param year the May reference year of the survey, 2014 – 2099
     * @param kind which table
     * @throws IllegalArgumentException for a year outside 2014 – 2099
     */
    public OewsFile {
        Objects.requireNonNull(kind, "kind must not be null");
        if (year < FIRST_YEAR || year > 2099) {
            throw new IllegalArgumentException("Invalid value for year (valid values " + FIRST_YEAR + " - 2099): "
                    + year);
        }
    }

    /**
     * National cross-industry estimates.
     *
     * @param year the May reference year
     * @return the file
     */
    public static OewsFile national(int year) {
        return new OewsFile(year, Kind.NATIONAL);
    }

    /**
     * State estimates: every state, D.C. and the territories BLS publishes.
     *
     * @param year the May reference year
     * @return the file
     */
    public static OewsFile state(int year) {
        return new OewsFile(year, Kind.STATE);
    }

    /**
     * Metropolitan and nonmetropolitan area estimates.
     *
     * @param year the May reference year
     * @return the file
     */
    public static OewsFile metro(int year) {
        return new OewsFile(year, Kind.METRO);
    }

    /**
     * All data in one workbook.
     *
     * @param year the May reference year
     * @return the file
     */
    public static OewsFile allData(int year) {
        return new OewsFile(year, Kind.ALL_DATA);
    }

    /**
     * One industry table of the industry zip.
     *
     * @param year the May reference year
     * @param level {@link Kind#SECTOR}, {@link Kind#THREE_DIGIT}, {@link Kind#FOUR_DIGIT} or
     *              {@link Kind#FIVE_SIX_DIGIT}
     * @return the file
     * @throws IllegalArgumentException for a kind that is not an industry level
     */
    public static OewsFile industry(int year, Kind level) {
        if (!Objects.requireNonNull(level, "level must not be null").isIndustry()) {
            throw new IllegalArgumentException("Invalid value for level (valid values SECTOR, THREE_DIGIT, "
                    + "FOUR_DIGIT, FIVE_SIX_DIGIT): " + level);
        }
        return new OewsFile(year, level);
    }

    @Override
    public String fileName() {
        return String.format(Locale.ROOT, "oesm%02d%s.zip", year % 100, kind.zipSuffix);
    }

    @Override
    public BlsSite.Host host() {
        return BlsSite.Host.WWW;
    }

    @Override
    public String path() {
        return "oes/special-requests/" + fileName();
    }

    @Override
    public String description() {
        return "OEWS May " + year + " " + kind.description + " estimates";
    }

    @Override
    public String fetchCommand() {
        return "java -jar wage-outlook.jar fetch oews " + kind.word + " " + year;
    }

    @Override
    public boolean changesOverTime() {
        return false;
    }

    @Override
    public boolean isZip() {
        return true;
    }
}
