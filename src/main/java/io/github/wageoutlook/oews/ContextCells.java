package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.Cells;
import io.github.wageoutlook.io.FileFormatException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the area, industry and ownership cells of an OEWS row ({@code AREA, AREA_TITLE, AREA_TYPE, PRIM_STATE,
 * NAICS, NAICS_TITLE, I_GROUP, OWN_CODE}) into the table's text columns, checking each, and fills what a file does
 * not have:
 * <ul>
 *   <li>files without the area, industry and ownership columns (national files before May 2019) are the nation, all
 *       industries, every ownership: {@code 99 U.S.}, type 1, {@code US}; {@code 000000 Cross-industry},
 *       {@code cross-industry}; {@code 1235};</li>
 *   <li>without {@code AREA_TYPE}: 1 for {@code 99}, 2 or 3 for a state or territory FIPS code, 4 for a five-digit
 *       MSA code, 6 for a seven-digit nonmetropolitan code; without {@code PRIM_STATE}: {@code US}, the state's USPS
 *       code, or the first state in an MSA title ({@code Birmingham-Hoover, AL}); without {@code I_GROUP}: the level
 *       the NAICS code implies ({@link IndustryLevel#implied(String)});</li>
 *   <li>without {@code AREA_TITLE} (or {@code STATE}, its name in the state files before May 2019), a state's or
 *       territory's name from its FIPS code ({@link StateCodes});</li>
 *   <li>{@code OWN_TITLE}: the ownership's definition from the file's Field Descriptions sheet, else BLS's
 *       ({@link Ownership#definitions()});</li>
 *   <li>codes a spreadsheet stored as numbers get their zeros back: {@code 1} → {@code 01} (a state),
 *       {@code 100001} → {@code 0100001} (a nonmetropolitan area), {@code 0} → {@code 000000} (all industries). A
 *       NAICS code is otherwise kept as BLS writes it ({@code 56} in the sector file).</li>
 * </ul>
 * An {@code AREA_TYPE} or {@code I_GROUP} outside the values the Field Descriptions sheet documents, or an
 * {@code OWN_CODE} that is not one to four digits, is an error naming the cell. Not thread-safe (one per parser).
 */
final class ContextCells {

    /** Where each context column sits in {@link OewsTable#TEXT_COLUMNS}. */
    static final int AREA = OewsTable.TEXT_COLUMNS.indexOf("AREA");
    static final int AREA_TITLE = OewsTable.TEXT_COLUMNS.indexOf("AREA_TITLE");
    static final int NAICS = OewsTable.TEXT_COLUMNS.indexOf("NAICS");
    static final int NAICS_TITLE = OewsTable.TEXT_COLUMNS.indexOf("NAICS_TITLE");
    static final int OWN_CODE = OewsTable.TEXT_COLUMNS.indexOf("OWN_CODE");
    static final int AREA_TYPE = OewsTable.TEXT_COLUMNS.indexOf("AREA_TYPE");
    static final int PRIM_STATE = OewsTable.TEXT_COLUMNS.indexOf("PRIM_STATE");
    static final int I_GROUP = OewsTable.TEXT_COLUMNS.indexOf("I_GROUP");
    static final int OWN_TITLE = OewsTable.TEXT_COLUMNS.indexOf("OWN_TITLE");
    /** The context columns, in the order {@link #read} fills them. */
    static final int[] COLUMNS = {AREA, AREA_TITLE, AREA_TYPE, PRIM_STATE, NAICS, NAICS_TITLE, I_GROUP, OWN_CODE,
        OWN_TITLE};

    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.0*)?");
    private static final Pattern FIRST_STATE = Pattern.compile(",\\s*([A-Z]{2})\\b");

    /** Reports a bad cell: the column index in the file, its raw text, the problem. */
    interface Failure {
        FileFormatException at(int column, String raw, String problem);
    }

    private final Map<String, String> ownershipTitles;
    private final String[] lastRaw = new String[COLUMNS.length];
    private final String[] lastOut = new String[COLUMNS.length];
    private boolean hasLast;

    /** @param fileDefinitions OWN_CODE definitions read from the file's Field Descriptions sheet (may be empty) */
    ContextCells(Map<String, String> fileDefinitions) {
        this.ownershipTitles = fileDefinitions;
    }

    /**
     * Fills the context columns of {@code texts} from a row.
     *
     * @param row the row
     * @param columnOf the file column of each {@link OewsTable#TEXT_COLUMNS} entry, -1 when the file lacks it
     * @param texts the row's text values, indexed like {@link OewsTable#TEXT_COLUMNS}
     * @param fail how to report a bad cell
     */
    void read(Cells row, int[] columnOf, String[] texts, Failure fail) {
        String[] raw = new String[COLUMNS.length];
        boolean same = hasLast;
        for (int i = 0; i < COLUMNS.length; i++) {
            int col = columnOf[COLUMNS[i]];
            raw[i] = col >= 0 ? row.cell(col).strip() : "";
            same &= raw[i].equals(lastRaw[i]);
        }
        if (!same) {
            // Rows of one area and industry follow each other: the cells are checked once per run of them.
            String[] out = derive(raw, columnOf, fail);
            System.arraycopy(raw, 0, lastRaw, 0, raw.length);
            System.arraycopy(out, 0, lastOut, 0, out.length);
            hasLast = true;
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            texts[COLUMNS[i]] = lastOut[i];
        }
    }

    private String[] derive(String[] raw, int[] columnOf, Failure fail) {
        String areaRaw = raw[0];
        String area = areaRaw.isEmpty() ? "99" : restoreNumber(areaRaw, 2);
        String areaTitle = raw[1].isEmpty() && areaRaw.isEmpty() ? "U.S." : raw[1];
        AreaType type;
        if (!raw[2].isEmpty()) {
            type = AreaType.parse(raw[2]).orElseThrow(() -> fail.at(columnOf[AREA_TYPE], raw[2],
                    "not an area type the OEWS Field Descriptions document (1 U.S., 2 State, 3 U.S. Territory, "
                            + "4 Metropolitan Statistical Area, 6 Nonmetropolitan Area)"));
        } else {
            type = impliedType(area).orElseThrow(() -> fail.at(columnOf[AREA], areaRaw, "no AREA_TYPE, and the "
                    + "area code does not tell it (99, a state FIPS code, a 5-digit MSA or 7-digit nonmetropolitan "
                    + "code)"));
        }
        if (type == AreaType.NONMETROPOLITAN && area.length() == 6 && allDigits(area)) {
            area = "0" + area; // 0100001 stored as the number 100001
        }
        if (areaTitle.isEmpty() && (type == AreaType.STATE || type == AreaType.TERRITORY)) {
            areaTitle = StateCodes.find(area).map(StateCodes.State::name).orElse("");
        }
        String primState = raw[3].isEmpty() ? impliedState(area, areaTitle, type) : raw[3];
        String naics = raw[4].isEmpty() ? "000000" : restoreNaics(raw[4]);
        String naicsTitle = raw[5].isEmpty() && raw[4].isEmpty() ? "Cross-industry" : raw[5];
        IndustryLevel level;
        if (!raw[6].isEmpty()) {
            level = IndustryLevel.parse(raw[6]).orElseThrow(() -> fail.at(columnOf[I_GROUP], raw[6],
                    "not an industry level the OEWS Field Descriptions document (cross-industry, sector, 3-digit, "
                            + "4-digit, 5-digit, 6-digit)"));
        } else {
            level = IndustryLevel.implied(naics);
        }
        String own = raw[7].isEmpty() ? "1235" : restoreNumber(raw[7], 1);
        if (own.isEmpty() || own.length() > 4 || !allDigits(own)) {
            throw fail.at(columnOf[OWN_CODE], raw[7], "not an ownership code (1 to 4 digits, e.g. 5 private, 1235 "
                    + "all ownerships)");
        }
        String ownTitle = !raw[8].isEmpty() ? raw[8] : Optional.ofNullable(ownershipTitles.get(own))
                .orElseGet(() -> Ownership.of(own).title());
        return new String[] {area, areaTitle, type.code(), primState, naics, naicsTitle, level.code(), own, ownTitle};
    }

    /** The area type a code implies, for files without AREA_TYPE. */
    static Optional<AreaType> impliedType(String area) {
        if (area.equals("99")) {
            return Optional.of(AreaType.NATIONAL);
        }
        if (area.length() == 2 && allDigits(area)) {
            return ContextLookup.expectedAreaType(area);
        }
        if (area.length() == 5 && allDigits(area)) {
            return Optional.of(AreaType.METROPOLITAN);
        }
        if ((area.length() == 7 || area.length() == 6) && allDigits(area)) {
            return Optional.of(AreaType.NONMETROPOLITAN);
        }
        return Optional.empty();
    }

    /** {@code PRIM_STATE} for a file without it: {@code US}, the state's USPS code, or an MSA title's first state. */
    static String impliedState(String area, String title, AreaType type) {
        return switch (type) {
            case NATIONAL -> "US";
            case STATE, TERRITORY -> usps(area);
            case NONMETROPOLITAN -> area.length() == 7 ? usps(area.substring(0, 2)) : "";
            case METROPOLITAN -> {
                Matcher m = FIRST_STATE.matcher(title);
                yield m.find() ? m.group(1) : "";
            }
        };
    }

    private static String usps(String fips) {
        return ContextLookup.stateUsps(fips).orElse("");
    }

    /** A code a spreadsheet stored as a number ({@code 6}, {@code 6.0}) back as BLS writes it, zero-padded. */
    static String restoreNumber(String raw, int width) {
        if (!PLAIN_NUMBER.matcher(raw).matches()) {
            return raw;
        }
        String digits = raw.contains(".") ? raw.substring(0, raw.indexOf('.')) : raw;
        if (!raw.contains(".") && digits.length() >= width) {
            return digits;
        }
        digits = digits.replaceFirst("^0+(?=\\d)", "");
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** NAICS as BLS writes it; only a number a spreadsheet made of it is restored ({@code 0} → {@code 000000}). */
    static String restoreNaics(String raw) {
        if (!PLAIN_NUMBER.matcher(raw).matches()) {
            return raw;
        }
        String digits = raw.contains(".") ? raw.substring(0, raw.indexOf('.')) : raw;
        return digits.chars().allMatch(c -> c == '0') ? "000000" : digits;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
