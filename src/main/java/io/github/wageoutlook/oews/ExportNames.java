package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.SocCode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an export of BLS's OEWS data query tool writes, with their codes, read into areas and occupations.
 *
 * <p>Areas: the newer tool writes {@code Alabama (01-00000)}, the older {@code Alabama(0100000)} and
 * {@code Abilene, TX(0010180)}: seven digits, which are a state's FIPS code followed by {@code 00000} (a state or
 * territory, {@code AREA} {@code 01}), {@code 00} followed by a five-digit code (a metropolitan area, {@code AREA}
 * its CBSA or NECTA code {@code 10180}) or a state's FIPS code followed by five digits that are not all zero (an OEWS
 * nonmetropolitan area, {@code AREA} all seven digits {@code 0200006}, as BLS's area files write it). The area type
 * and {@code PRIM_STATE} follow from the code as for files without those columns ({@link ContextCells}).
 *
 * <p>An export of one area names it above the table ("Area:National", "Area:Los Angeles-Long Beach-Anaheim, CA"),
 * sometimes without a code: the nation and the states are known by name; a metropolitan area (a title ending in its
 * states' USPS codes) or a nonmetropolitan area keeps an empty code, because the file does not give it.
 *
 * <p>Occupations: {@code Chief Executives(111011)} in a table, {@code Data Scientists (SOC code 15-2051)} and
 * {@code Accountants and Auditors(SOC Code132011)} above one.
 */
final class ExportNames {
    private static final Pattern AREA = Pattern.compile("^(.*?)\\s*\\((\\d{2})-?(\\d{5})\\)$", Pattern.DOTALL);
    private static final Pattern OCCUPATION = Pattern.compile("^(.*?)\\s*\\((\\d{2})-?(\\d{4})\\)$", Pattern.DOTALL);
    private static final Pattern OCCUPATION_LINE = Pattern.compile(
            "(?i)^Occupation:\\s*(.+?)\\s*\\(SOC code\\s*(\\d{2})-?(\\d{4})\\)$", Pattern.DOTALL);
    private static final Pattern METRO_TITLE = Pattern.compile(".+,\\s*[A-Z]{2}(?:-[A-Z]{2})*$");

    private ExportNames() {
    }

    /**
     * An area row's name with its code, e.g. {@code Alabama (01-00000)}.
     *
     * @param cell the cell text
     * @return the area, or empty when the text is not a name with a seven-digit code of a known state
     */
    static Optional<Area> area(String cell) {
        Matcher m = AREA.matcher(cell.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            return Optional.empty();
        }
        return area(m.group(1).strip(), m.group(2), m.group(3));
    }

    private static Optional<Area> area(String title, String first, String rest) {
        if (first.equals("99") || first.equals("00") && rest.equals("00000")) {
            return Optional.of(Area.NATIONAL);
        }
        String code;
        if (first.equals("00")) {
            code = rest; // 0010180: the MSA 10180
        } else if (StateCodes.find(first).isEmpty()) {
            return Optional.empty();
        } else {
            code = rest.equals("00000") ? first : first + rest;
        }
        Optional<AreaType> type = ContextCells.impliedType(code);
        return type.map(t -> new Area(code, title, t, ContextCells.impliedState(code, title, t)));
    }

    /**
     * The area an export of one area names above its table, after "Area:".
     *
     * @param name e.g. {@code National}, {@code Texas}, {@code Los Angeles-Long Beach-Anaheim, CA}, or a name with
     *     its code
     * @return the area, or empty when the name does not tell its type
     */
    static Optional<Area> namedArea(String name) {
        String n = name.strip();
        Optional<Area> coded = area(n);
        if (coded.isPresent()) {
            return coded;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.equals("national") || lower.equals("u.s.") || lower.equals("united states")) {
            return Optional.of(Area.NATIONAL);
        }
        Optional<StateCodes.State> state = StateCodes.find(n);
        if (state.isPresent() && n.length() > 2) {
            String fips = state.get().fips();
            AreaType type = StateCodes.isTerritory(fips) ? AreaType.TERRITORY : AreaType.STATE;
            return Optional.of(new Area(fips, n, type, state.get().usps()));
        }
        if (lower.endsWith("nonmetropolitan area")) {
            return Optional.of(new Area("", n, AreaType.NONMETROPOLITAN, ""));
        }
        if (METRO_TITLE.matcher(n).matches()) {
            return Optional.of(new Area("", n, AreaType.METROPOLITAN,
                    ContextCells.impliedState("", n, AreaType.METROPOLITAN)));
        }
        return Optional.empty();
    }

    /**
     * An occupation row's title and SOC code, e.g. {@code Chief Executives(111011)}.
     *
     * @param cell the cell text
     * @return the title and code, or empty when the text does not end in a six-digit code in parentheses
     */
    static Optional<String[]> occupation(String cell) {
        Matcher m = OCCUPATION.matcher(cell.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1).strip(), m.group(2) + "-" + m.group(3)});
    }

    /**
     * The occupation an export of one occupation names above its table.
     *
     * @param line e.g. {@code Occupation: Data Scientists (SOC code 15-2051)}
     * @return the title and code, or empty when the line is not of that form
     */
    static Optional<String[]> occupationLine(String line) {
        Matcher m = OCCUPATION_LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(2) + "-" + m.group(3);
        return SocCode.isValid(code) ? Optional.of(new String[] {m.group(1).strip(), code}) : Optional.empty();
    }
}
