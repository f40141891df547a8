package io.github.wageoutlook.projections;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a BLS Employment Projections {@code occupation.xlsx} workbook into a {@link ProjectionsTable}: the table
 * of occupational projections with worker characteristics, which is Table 1.7 in the 2016–26 and 2019–29
 * workbooks and Table 1.2 from 2023–33 on (Table 1.7 was merged into it).
 *
 * <p>What it handles, found by content rather than by fixed offsets:
 * <ul>
 *   <li>the sheet: {@code Table 1.7}, else {@code Table 1.2}, whichever has the header of that table (the
 *       2023–33 workbook keeps a {@code Table 1.7} sheet holding only a note that it moved);</li>
 *   <li>the title row, which names the cycle ("Occupational projections, 2016-26, …");</li>
 *   <li>the header: one row (2019–29 on) or two rows with merged cells (2016–26: "Employment" over 2016 and 2026,
 *       "Employment Change" over Number and Percent), columns matched by their words, in any order, with extra
 *       columns (employment distribution, OOH links) ignored;</li>
 *   <li>data rows until the footnotes ("Footnotes:", "Note:", "Source:"); titles indented with spaces (2023–33 on)
 *       are stripped, and every row's depth in the hierarchy is worked out from the codes of the summary rows
 *       above it, so that tables without indentation get one too;</li>
 *   <li>"—" as a typed unavailable value in every number and text column; a median wage printed
 *       {@code >=$208,000} as a top-coded lower bound.</li>
 * </ul>
 *
 * <p>Every problem — no such table, a header without a needed column, text in a number column, an unknown
 * occupation type or education category, a damaged file — is one {@link FileFormatException} naming the file,
 * sheet, 1-based row, column (letter and header) and raw value. Nothing is half-loaded.
 *
 * <pre>{@code ProjectionsTable t = ProjectionsReader.read(Path.of("occupation.xlsx"));}</pre>
 */
public final class ProjectionsReader {

    /** The sheets that hold the table, in the order they are tried. */
    public static final List<String> TABLE_SHEETS = List.of("Table 1.7", "Table 1.2");

    private static final int HEADER_LOOK_AHEAD = 40;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20|21)\\d{2})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?");
    private static final Pattern TOP_CODED = Pattern.compile(">=?\\s*\\$?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private ProjectionsReader() {
    }

    /**
     * Reads a workbook file.
     *
     * @param path the file
     * @return the table
     * @throws FileFormatException if the file cannot be read as an Employment Projections occupation workbook
     */
    public static ProjectionsTable read(Path path) {
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return read(source, in);
        } catch (NoSuchFileException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("no such file");
        } catch (IOException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads a workbook from a stream.
     *
     * @param source the name used in messages
     * @param in the bytes of the workbook; not closed
     * @return the table
     * @throws FileFormatException if the bytes cannot be read as an Employment Projections occupation workbook
     */
    public static ProjectionsTable read(String source, InputStream in) {
        try (Xlsx xlsx = Xlsx.open(source, in)) {
            String sheet = findTable(source, xlsx);
            List<TextRow> rows = new ArrayList<>();
            xlsx.forEachRow(sheet, row -> {
                rows.add(row);
                return true;
            });
            return new SheetParser(source, sheet, rows).parse();
        }
    }

    private static String findTable(String source, Xlsx xlsx) {
        List<String> names = xlsx.sheetNames();
        for (String wanted : TABLE_SHEETS) {
            for (String name : names) {
                if (name.strip().equalsIgnoreCase(wanted)) {
                    List<TextRow> head = new ArrayList<>();
                    xlsx.forEachRow(name, row -> {
                        head.add(row);
                        return head.size() < HEADER_LOOK_AHEAD;
                    });
                    if (head.stream().anyMatch(ProjectionsReader::isHeader)) {
                        return name;
                    }
                }
            }
        }
        throw FileFormatException.in(source).problem("no sheet holds the occupational projections table with worker "
                + "characteristics: looked in " + TABLE_SHEETS + " for a header naming the title, employment and "
                + "typical education; the workbook has sheets " + names);
    }

    private static boolean isHeader(TextRow row) {
        boolean title = false;
        boolean employment = false;
        boolean education = false;
        for (String c : row.cells()) {
            String t = normalize(c);
            title |= t.contains("title");
            employment |= t.contains("employment");
            education |= t.contains("typical education");
        }
        return title && employment && education;
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-').replaceAll("\\s+", " ").strip();
    }

    /** Parses the rows of the table's sheet. */
    private static final class SheetParser {
        private final String source;
        private final String sheet;
        private final List<TextRow> rows;
        private final List<String> labels = new ArrayList<>();
        private int headerRow;
        private int title = -1;
        private int code = -1;
        private int type = -1;
        private int base = -1;
        private int projected = -1;
        private int change = -1;
        private int percent = -1;
        private int selfEmployed = -1;
        private int openings = -1;
        private int wage = -1;
        private int education = -1;
        private int experience = -1;
        private int training = -1;

        SheetParser(String source, String sheet, List<TextRow> rows) {
            this.source = source;
            this.sheet = sheet;
            this.rows = rows;
        }

        ProjectionsTable parse() {
            int h = -1;
            for (int i = 0; i < rows.size() && i < HEADER_LOOK_AHEAD; i++) {
                if (isHeader(rows.get(i))) {
                    h = i;
                    break;
                }
            }
            if (h < 0) {
                throw at(null).problem("no header row naming the title, employment and typical education in the "
                        + "first " + HEADER_LOOK_AHEAD + " rows");
            }
            TextRow header = rows.get(h);
            headerRow = header.number();
            int first = h + 1;
            TextRow second = first < rows.size() ? rows.get(first) : null;
            boolean twoRows = second != null && !second.isBlank() && second.cell(0).isBlank()
                    && second.cell(1).isBlank();
            combineLabels(header, twoRows ? second : null);
            if (twoRows) {
                first++;
            }
            resolveColumns();
            int[] years = employmentYears();
            Cycle cycle = cycleOf(h, years);
            int wageYear = yearIn(wage, "median annual wage");
            List<OccupationProjection> out = new ArrayList<>();
            Deque<String[]> groups = new ArrayDeque<>();
            for (int i = first; i < rows.size(); i++) {
                TextRow row = rows.get(i);
                if (row.isBlank()) {
                    continue;
                }
                if (isFooter(row)) {
                    break;
                }
                out.add(parseRow(row, cycle, wageYear, groups));
            }
            if (out.isEmpty()) {
                throw at(null).row(headerRow).problem("no data rows below the header");
            }
            try {
                return ProjectionsTable.of(source + ", " + sheet, cycle, wageYear, out);
            } catch (IllegalArgumentException e) {
                throw at(null).cause(e).problem(e.getMessage());
            }
        }

        private void combineLabels(TextRow header, TextRow second) {
            int width = Math.max(header.cells().length, second == null ? 0 : second.cells().length);
            String carried = "";
            for (int c = 0; c < width; c++) {
                String top = header.cell(c).strip();
                String below = second == null ? "" : second.cell(c).strip();
                if (!top.isEmpty()) {
                    carried = top;
                } else if (below.isEmpty()) {
                    carried = "";
                }
                // A merged cell leaves its text in the first column only: carry it over the columns it spans.
                String label = top.isEmpty() && !below.isEmpty() ? carried : top;
                labels.add((label + " " + below).strip());
            }
        }

        private void resolveColumns() {
            for (int c = 0; c < labels.size(); c++) {
                String l = normalize(labels.get(c));
                if (l.isEmpty()) {
                    continue;
                }
                if (l.contains("title")) {
                    title = first(title, c);
                    if (l.contains("title and code")) {
                        code = first(code, c + 1);
                    }
                } else if (l.contains("code")) {
                    code = first(code, c);
                } else if (l.contains("occupation type")) {
                    type = first(type, c);
                } else if (l.contains("self employed") || l.contains("self-employed")) {
                    selfEmployed = first(selfEmployed, c);
                } else if (l.contains("openings")) {
                    openings = first(openings, c);
                } else if (l.contains("median") && l.contains("wage")) {
                    wage = first(wage, c);
                } else if (l.contains("typical education")) {
                    education = first(education, c);
                } else if (l.contains("work experience")) {
                    experience = first(experience, c);
                } else if (l.contains("on-the-job training")) {
                    training = first(training, c);
                } else if (l.contains("change") && (l.contains("percent"))) {
                    percent = first(percent, c);
                } else if (l.contains("change") && (l.contains("number") || l.contains("numeric"))) {
                    change = first(change, c);
                } else if (l.startsWith("employment") && !l.contains("distribution") && YEAR.matcher(l).find()) {
                    if (base < 0) {
                        base = c;
                    } else {
                        projected = first(projected, c);
                    }
                }
            }
            String[] what = {"title", "code", "occupation type", "base-year employment", "projected employment",
                "numeric employment change", "percent employment change", "percent self employed",
                "occupational openings", "median annual wage", "typical education", "work experience",
                "on-the-job training"};
            int[] cols = {title, code, type, base, projected, change, percent, selfEmployed, openings, wage,
                education, experience, training};
            for (int i = 0; i < cols.length; i++) {
                if (cols[i] < 0) {
                    throw at(null).row(headerRow).problem("the header has no column for " + what[i]
                            + "; it holds " + labels);
                }
            }
        }

        private static int first(int current, int candidate) {
            return current >= 0 ? current : candidate;
        }

        private int[] employmentYears() {
            int b = yearIn(base, "employment");
            int p = yearIn(projected, "employment");
            if (p <= b) {
                throw at(projected).row(headerRow).raw(labels.get(projected)).problem(
                        "the projected-employment column's year is not after the base year " + b);
            }
            return new int[] {b, p};
        }

        private int yearIn(int column, String what) {
            Matcher m = YEAR.matcher(labels.get(column));
            if (!m.find()) {
                throw at(column).row(headerRow).raw(labels.get(column)).problem("the " + what
                        + " header names no year");
            }
            return Integer.parseInt(m.group(1));
        }

        private Cycle cycleOf(int headerIndex, int[] years) {
            Cycle fromHeader;
            try {
                fromHeader = Cycle.of(years[0], years[1]);
            } catch (IllegalArgumentException e) {
                throw at(base).row(headerRow).raw(labels.get(base) + " / " + labels.get(projected))
                        .problem(e.getMessage());
            }
            for (int i = 0; i < headerIndex; i++) {
                TextRow r = rows.get(i);
                Optional<Cycle> named = Cycle.find(r.cell(0));
                if (named.isPresent() && !named.get().equals(fromHeader)) {
                    throw at(null).row(r.number()).column("A").raw(r.cell(0)).problem("the title names cycle "
                            + named.get() + " but the employment columns are " + years[0] + " and " + years[1]);
                }
            }
            return fromHeader;
        }

        private static boolean isFooter(TextRow row) {
            String a = row.cell(0).strip().toLowerCase(Locale.ROOT);
            return a.startsWith("footnote") || a.startsWith("source:") || a.startsWith("note:")
                    || a.startsWith("(1)") || a.startsWith("[1]");
        }

        private OccupationProjection parseRow(TextRow row, Cycle cycle, int wageYear, Deque<String[]> groups) {
            String rawCode = row.cell(code).strip();
            if (!SocCode.isValid(rawCode)) {
                throw at(code).row(row.number()).raw(row.cell(code)).problem(
                        "not a National Employment Matrix code (form 00-0000)");
            }
            String rawTitle = row.cell(title);
            String cleanTitle = rawTitle.strip();
            if (cleanTitle.isEmpty()) {
                throw at(title).row(row.number()).raw(rawTitle).problem("the occupation title is empty");
            }
            OccupationType kind = parseWith(row, type, OccupationType::parse);
            while (!groups.isEmpty() && !contains(groups.peek()[0], rawCode)) {
                groups.pop();
            }
            int depth = groups.size();
            if (kind == OccupationType.SUMMARY) {
                groups.push(new String[] {rawCode});
            }
            double baseEmp = employment(row, base);
            double projectedEmp = employment(row, projected);
            try {
                return new OccupationProjection(cycle, rawCode, cleanTitle, kind, Math.min(depth, 9), baseEmp,
                        projectedEmp, number(row, change), number(row, percent), number(row, selfEmployed),
                        number(row, openings), wage(row), wageYear, parseWith(row, education, Education::parse),
                        parseWith(row, experience, WorkExperience::parse), parseWith(row, training, Training::parse));
            } catch (IllegalArgumentException e) {
                throw at(null).row(row.number()).cause(e).problem(e.getMessage());
            }
        }

        /**
         * Whether a summary code is a group that holds another code: 43-4000 holds 43-4051, 00-0000 holds all. SOC
         * 2018 has one broad group whose members do not share its digits: 29-1210 Physicians also holds 29-1221 to
         * 29-1229 (the codes pediatricians, pathologists, psychiatrists and radiologists kept from SOC 2010).
         */
        private static boolean contains(String group, String code) {
            if (group.equals("29-1210") && code.startsWith("29-122")) {
                return true;
            }
            String digits = group.replace("-", "");
            int keep = digits.length();
            while (keep > 0 && digits.charAt(keep - 1) == '0') {
                keep--;
            }
            String prefix = digits.substring(0, keep);
            return !group.equals(code) && code.replace("-", "").startsWith(prefix);
        }

        private double employment(TextRow row, int column) {
            EpNumber n = number(row, column);
            if (!n.isAvailable()) {
                throw at(column).row(row.number()).raw(row.cell(column)).problem(
                        "employment must be published for every occupation");
            }
            if (n.value() < 0) {
                throw at(column).row(row.number()).raw(row.cell(column)).problem("employment is negative");
            }
            return n.value();
        }

        private EpNumber number(TextRow row, int column) {
            String raw = row.cell(column);
            String t = raw.strip();
            if (t.equals(EpNumber.UNAVAILABLE_SYMBOL)) {
                return EpNumber.unavailable();
            }
            if (NUMBER.matcher(t).matches() || GROUPED.matcher(t).matches()) {
                double v = Double.parseDouble(t.replace(",", ""));
                if (Double.isFinite(v)) {
                    return EpNumber.of(v);
                }
            }
            throw at(column).row(row.number()).raw(raw).problem(t.isEmpty()
                    ? "empty cell where a number or \"—\" is expected" : "not a number or \"—\"");
        }

        private WageFigure wage(TextRow row) {
            String raw = row.cell(wage);
            String t = raw.strip();
            if (t.equals(EpNumber.UNAVAILABLE_SYMBOL)) {
                return WageFigure.notAvailable(WageBasis.ANNUAL);
            }
            Matcher top = TOP_CODED.matcher(t);
            if (top.matches()) {
                return WageFigure.topCoded(Wage.annual(Double.parseDouble(top.group(1).replace(",", ""))));
            }
            EpNumber n = number(row, wage);
            if (n.value() < 0) {
                throw at(wage).row(row.number()).raw(raw).problem("a wage cannot be negative");
            }
            return WageFigure.published(Wage.annual(n.value()));
        }

        private <T> T parseWith(TextRow row, int column, Function<String, T> parser) {
            String raw = row.cell(column);
            try {
                return parser.apply(raw);
            } catch (IllegalArgumentException e) {
                throw at(column).row(row.number()).raw(raw).cause(e).problem(e.getMessage());
            }
        }

        private FileFormatException.Builder at(Integer column) {
            FileFormatException.Builder b = FileFormatException.in(source).sheet(sheet);
            if (column != null && column >= 0) {
                String label = column < labels.size() ? labels.get(column).replaceAll("\\s+", " ") : "";
                b.column(TextRow.columnLetter(column) + (label.isEmpty() ? "" : " (" + label + ")"));
            }
            return b;
        }
    }
}
