package io.github.wageoutlook.experience;

import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pay-by-experience brackets from CSV into {@link ExperienceBrackets}.
 *
 * <p>The format (documented with an example in {@code datasets/payscale/README.md}): a header row naming the
 * columns, in any order and any case, then one row per bracket.
 * <ul>
 *   <li>{@code occ_code}, {@code occ_title}: the occupation (a SOC code for data matched to BLS);</li>
 *   <li>either {@code lower_years} and {@code upper_years} (years of experience, the range [lower, upper); an empty
 *       upper year, {@code open} or {@code +} is an open top bracket), or {@code career_stage}, one of PayScale's
 *       stages {@code < 1, 1-4, 5-9, 10-19, 20+};</li>
 *   <li>{@code pay} ({@code 28000}, {@code $28,000}), {@code basis} ({@code annual} or {@code hourly}),
 *       {@code currency_year} (the year of the dollars);</li>
 *   <li>optional {@code sample_count} (empty when unknown) and {@code source} (default: the file name).</li>
 * </ul>
 * Blank rows and rows whose first cell starts with {@code #} are skipped. Every problem — a missing column, a value
 * that is not a number, negative years, pay not above zero, overlapping or unordered brackets, an open bracket not
 * last, mixed bases or currency years — is one {@link FileFormatException} naming the file, row, column and raw
 * value; nothing is half-loaded.
 *
 * <pre>{@code ExperienceBrackets b = ExperienceBracketReader.read(Path.of("my_brackets.csv"));}</pre>
 */
public final class ExperienceBracketReader {

    private static final Pattern FIELD = Pattern.compile("^Invalid value for (\\w+)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    private ExperienceBracketReader() {
    }

    /**
     * Reads a bracket file.
     *
     * @param path the CSV file
     * @return the brackets
     * @throws FileFormatException if the file does not exist or cannot be read as brackets
     */
    public static ExperienceBrackets read(Path path) {
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(source, in);
        } catch (NoSuchFileException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("no such file");
        } catch (IOException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads bracket CSV text.
     *
     * @param source the name used in messages and as the default source of the figures
     * @param text the text; not closed
     * @return the brackets
     * @throws FileFormatException if the text cannot be read as brackets
     */
    public static ExperienceBrackets read(String source, Reader text) {
        Parser p = new Parser(source);
        Csv.forEachRow(source, text, p::accept);
        return p.finish();
    }

    private static final class Parser {
        private final String source;
        private Map<String, Integer> columns;
        private final List<ExperienceBracket> brackets = new ArrayList<>();
        private final List<TextRow> rows = new ArrayList<>();

        Parser(String source) {
            this.source = source;
        }

        boolean accept(TextRow row) {
            if (row.isBlank() || row.cell(0).strip().startsWith("#")) {
                return true;
            }
            if (columns == null) {
                header(row);
                return true;
            }
            brackets.add(bracket(row));
            rows.add(row);
            return true;
        }

        private void header(TextRow row) {
            columns = new HashMap<>();
            for (int i = 0; i < row.cells().length; i++) {
                String name = row.cell(i).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (columns.put(name, i) != null) {
                    throw FileFormatException.in(source).row(row.number()).column(name).raw(row.cell(i))
                            .problem("the column appears twice in the header");
                }
            }
            for (String required : List.of("occ_code", "occ_title", "pay", "basis", "currency_year")) {
                requireColumn(row, required);
            }
            boolean stage = columns.containsKey("career_stage");
            boolean years = columns.containsKey("lower_years");
            if (stage == years) {
                throw FileFormatException.in(source).row(row.number())
                        .problem(stage ? "the header has both career_stage and lower_years; give one layout"
                                : "the header needs lower_years and upper_years, or career_stage; columns are "
                                + columns.keySet());
            }
            if (years) {
                requireColumn(row, "upper_years");
            }
        }

        private void requireColumn(TextRow row, String name) {
            if (!columns.containsKey(name)) {
                throw FileFormatException.in(source).row(row.number())
                        .problem("missing column " + name + "; the header has " + columns.keySet()
                                + " (format: datasets/payscale/README.md)");
            }
        }

        private String cell(TextRow row, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : row.cell(i).strip();
        }

        private ExperienceBracket bracket(TextRow row) {
            String code = required(row, "occ_code");
            String title = cell(row, "occ_title");
            double lower;
            double upper;
            if (columns.containsKey("career_stage")) {
                CareerStage stage;
                try {
                    stage = CareerStage.parse(cell(row, "career_stage"));
                } catch (IllegalArgumentException e) {
                    throw bad(row, "career_stage", e.getMessage());
                }
                lower = stage.lowerYears();
                upper = stage.upperYears();
            } else {
                lower = number(row, "lower_years");
                String up = cell(row, "upper_years");
                upper = up.isEmpty() || up.equalsIgnoreCase("open") || up.equals("+") ? Double.POSITIVE_INFINITY
                        : number(row, "upper_years");
            }
            WageBasis basis;
            try {
                basis = WageBasis.parse(required(row, "basis"));
            } catch (IllegalArgumentException e) {
                throw bad(row, "basis", e.getMessage());
            }
            double pay = number(row, "pay");
            if (!(pay > 0)) {
                throw bad(row, "pay", "Invalid value for pay (valid values > 0): " + cell(row, "pay"));
            }
            double year = number(row, "currency_year");
            if (year != Math.rint(year)) {
                throw bad(row, "currency_year", "not a whole year");
            }
            OptionalInt count = OptionalInt.empty();
            if (!cell(row, "sample_count").isEmpty()) {
                double n = number(row, "sample_count");
                if (n != Math.rint(n) || n > Integer.MAX_VALUE) {
                    throw bad(row, "sample_count", "not a whole number of answers");
                }
                count = OptionalInt.of((int) n);
            }
            String src = cell(row, "source");
            try {
                return new ExperienceBracket(code, title, lower, upper, Wage.of(pay, basis), (int) year, count,
                        src.isEmpty() ? source : src);
            } catch (IllegalArgumentException e) {
                throw bad(row, columnOf(e.getMessage()), e.getMessage());
            }
        }

        private String columnOf(String message) {
            Matcher m = FIELD.matcher(message == null ? "" : message);
            if (!m.find()) {
                return null;
            }
            return switch (m.group(1)) {
                case "lowerYears" -> columns.containsKey("career_stage") ? "career_stage" : "lower_years";
                case "upperYears" -> columns.containsKey("career_stage") ? "career_stage" : "upper_years";
                case "currencyYear" -> "currency_year";
                case "sampleCount" -> "sample_count";
                case "occupationCode" -> "occ_code";
                case "basis" -> "basis";
                default -> "pay";
            };
        }

        private String required(TextRow row, String column) {
            String v = cell(row, column);
            if (v.isEmpty()) {
                throw bad(row, column, "empty; a value is required");
            }
            return v;
        }

        private double number(TextRow row, String column) {
            String raw = required(row, column);
            String plain = raw.replace("$", "").replace(",", "").strip();
            if (!NUMBER.matcher(plain).matches()) {
                throw bad(row, column, "not a number");
            }
            return Double.parseDouble(plain);
        }

        private FileFormatException bad(TextRow row, String column, String problem) {
            FileFormatException.Builder b = FileFormatException.in(source).row(row.number());
            if (column != null) {
                b.column(column).raw(cell(row, column));
            }
            return b.problem(problem);
        }

        ExperienceBrackets finish() {
            if (columns == null) {
                throw FileFormatException.in(source).problem("the file is empty: no header row");
            }
            if (brackets.isEmpty()) {
                throw FileFormatException.in(source).problem("no brackets after the header");
            }
            try {
                return ExperienceBrackets.of(source, brackets);
            } catch (InvalidBracketException e) {
                TextRow row = rows.get(e.index());
                String column = switch (e.field()) {
                    case "lowerYears" -> columns.containsKey("career_stage") ? "career_stage" : "lower_years";
                    case "upperYears" -> columns.containsKey("career_stage") ? "career_stage" : "upper_years";
                    case "currencyYear" -> "currency_year";
                    default -> e.field();
                };
                throw FileFormatException.in(source).row(row.number()).column(column).raw(cell(row, column)).cause(e)
                        .problem(e.getMessage());
            }
        }
    }
}
