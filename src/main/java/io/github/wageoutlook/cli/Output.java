package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Chart;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What commands share for printing results: the {@code --format text|csv|json} option, one {@link Rows} table
 * written as CSV (RFC 4180) or JSON (an array of objects, numbers as numbers, missing as {@code null}), and the
 * {@code --chart FILE} option that writes a {@link Chart} as PNG or SVG.
 *
 * <pre>{@code
 * Arguments args = Arguments.parse(words, Output.options("year"), Set.of());
 * Output.Format format = Output.format(args);
 * if (format == Output.Format.TEXT) print(...); else Output.write(rows, format, out);
 * Output.chart(args).ifPresent(file -> Output.writeChart(chart, file, format, out));
 * }</pre>
 */
final class Output {
    /** The option that chooses the format. */
    static final String FORMAT = "format";
    /** The option that names a chart file. */
    static final String CHART = "chart";

    private Output() {
    }

    /** How a command prints its result. */
    enum Format {
        /** Readable text for a person (the default). */
        TEXT,
        /** Comma-separated values with a header row. */
        CSV,
        /** A JSON array of objects, one per row. */
        JSON
    }

    /**
     * A table of results: column names and rows of cells. A cell is a {@link Number} (printed as a number), a
     * {@code null} (empty in CSV, {@code null} in JSON), or anything else (printed as its text).
     *
     * @param columns the column names, snake_case
     * @param rows the rows, each as long as {@code columns}
     */
    record Rows(List<String> columns, List<List<Object>> rows) {
        /**
         * Checks that every row has one cell per column.
         *
         * @param columns the column names
         * @param rows the rows
         */
        Rows {
            columns = List.copyOf(columns);
            List<List<Object>> copy = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<Object> row = rows.get(i);
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Invalid row " + i + " (valid: " + columns.size()
                            + " cells, one per column " + columns + "): " + row.size() + " cells");
                }
                copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = List.copyOf(copy);
        }
    }

    /**
     * A Tablesaw table as rows: its column names, lower-cased, and its cells, a missing cell as {@code null}.
     *
     * @param table the table
     * @return the rows
     */
    static Rows rows(tech.tablesaw.api.Table table) {
        List<String> columns = new ArrayList<>();
        for (String name : table.columnNames()) {
            columns.add(name.toLowerCase(Locale.ROOT));
        }
        List<List<Object>> lines = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<Object> line = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                var column = table.column(c);
                line.add(column.isMissing(r) ? null : column.get(r));
            }
            lines.add(line);
        }
        return new Rows(columns, lines);
    }

    /**
     * The valued options of a command that prints rows and may draw a chart, plus its own.
     *
     * @param own the command's own valued options
     * @return {@code format}, {@code chart} and {@code own}
     */
    static Set<String> options(String... own) {
        Set<String> all = new HashSet<>(Arrays.asList(own));
        all.add(FORMAT);
        all.add(CHART);
        return all;
    }

    /**
     * The valued options of a command that prints rows but draws no chart, plus its own.
     *
     * @param own the command's own valued options
     * @return {@code format} and {@code own}
     */
    static Set<String> formatOptions(String... own) {
        Set<String> all = new HashSet<>(Arrays.asList(own));
        all.add(FORMAT);
        return all;
    }

    /**
     * The format asked for with {@code --format}, text when absent.
     *
     * @param args the parsed arguments
     * @return the format
     * @throws UsageException for a format that does not exist
     */
    static Format format(Arguments args) {
        String value = args.option(FORMAT).orElse("text").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "text" -> Format.TEXT;
            case "csv" -> Format.CSV;
            case "json" -> Format.JSON;
            default -> throw new UsageException("--format must be text, csv or json, got '"
                    + args.option(FORMAT).orElse("") + "'");
        };
    }

    /**
     * Writes rows as CSV or JSON.
     *
     * @param rows the table
     * @param format {@link Format#CSV} or {@link Format#JSON}
     * @param out where to print
     * @throws IllegalArgumentException for {@link Format#TEXT}, which each command prints its own way
     */
    static void write(Rows rows, Format format, PrintStream out) {
        switch (format) {
            case CSV -> csv(rows, out);
            case JSON -> json(rows, out);
            default -> throw new IllegalArgumentException("Invalid format for rows (valid values CSV, JSON): "
                    + format);
        }
    }

    /**
     * Writes RFC 4180 CSV: a header, then one line per row; a field with a comma, quote or line break is quoted.
     *
     * @param rows the table
     * @param out where to print
     */
    static void csv(Rows rows, PrintStream out) {
        out.print(csvLine(new ArrayList<>(rows.columns())));
        for (List<Object> row : rows.rows()) {
            out.print(csvLine(row));
        }
        out.flush();
    }

    private static String csvLine(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String text = text(cells.get(i));
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                b.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                b.append(text);
            }
        }
        return b.append("\r\n").toString();
    }

    /**
     * Writes a JSON array with one object per row, keys in column order.
     *
     * @param rows the table
     * @param out where to print
     */
    static void json(Rows rows, PrintStream out) {
        StringBuilder b = new StringBuilder("[");
        for (int r = 0; r < rows.rows().size(); r++) {
            b.append(r == 0 ? "\n  {" : ",\n  {");
            List<Object> row = rows.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    b.append(", ");
                }
                quote(rows.columns().get(c), b);
                b.append(": ");
                Object v = row.get(c);
                if (v == null) {
                    b.append("null");
                } else if (v instanceof Number n) {
                    b.append(text(n));
                } else if (v instanceof Boolean flag) {
                    b.append(flag);
                } else {
                    quote(v.toString(), b);
                }
            }
            b.append('}');
        }
        b.append(rows.rows().isEmpty() ? "]" : "\n]");
        out.println(b);
        out.flush();
    }

    /** Numbers print without exponent or trailing {@code .0}; a non-finite number has no JSON form and is null. */
    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double d = ((Number) cell).doubleValue();
            if (!Double.isFinite(d)) {
                return "null";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    private static void quote(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }

    /**
     * The chart file asked for with {@code --chart}.
     *
     * @param args the parsed arguments
     * @return the file, if asked for
     * @throws UsageException if the name does not end in .png or .svg
     * @throws NotFoundException if its folder does not exist
     */
    static Optional<Path> chart(Arguments args) {
        return args.option(CHART).map(name -> {
            Path file = Path.of(name);
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
                throw new UsageException("--chart must name a .png or .svg file, got '" + name + "'");
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new UsageException("--chart " + name + ": " + folder + " is a file, not a folder");
            }
            if (folder != null && !Files.isDirectory(folder)) {
                throw new NotFoundException("--chart " + name + ": folder " + folder + " does not exist");
            }
            return file;
        });
    }

    /**
     * Writes a chart to its file and, in text format, says where (CSV and JSON output stay clean for pipelines).
     *
     * @param chart the chart
     * @param file a .png or .svg file
     * @param format the output format
     * @param out where the text goes
     * @throws UncheckedIOException if the file cannot be written (exit code 4; a missing folder is found before, 3)
     */
    static void writeChart(Chart chart, Path file, Format format, PrintStream out) {
        Objects.requireNonNull(chart, "chart must not be null");
        try {
            chart.write(file);
        } catch (UncheckedIOException e) {
            // An output that cannot be written is exit 4, even when the system calls it "no such file" (/proc/x.png).
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String reason = root instanceof AccessDeniedException ? "permission denied"
                    : root instanceof NoSuchFileException ? "the file cannot be created there"
                    : root instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : String.valueOf(root.getMessage());
            throw new UncheckedIOException("cannot write chart " + file + ": " + reason, new IOException(reason));
        }
        if (format == Format.TEXT) {
            out.printf("Chart: %s (%d×%d, %s)%n", file, chart.width(), chart.height(), chart.title());
        }
    }
}
