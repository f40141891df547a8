package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An export of BLS's OEWS data query tool (data.bls.gov/oes, the {@code OES_Report.xlsx} or {@code OES_Report.csv}
 * its server writes for each request), read into an {@link OewsTable} like any OEWS file, with what the file says
 * about itself: the query, the survey year ("Period: May 2024"), the date the data were extracted and the footnotes.
 *
 * <p>Both layouts the tool has written are read. The older one writes every value as space-padded text, areas as
 * {@code Abilene, TX(0010180)}, the occupation as {@code Occupation:Accountants and Auditors(SOC Code132011)} and
 * the date as {@code Date extracted on :Nov 09, 2023}; the newer one writes {@code Alabama (01-00000)},
 * {@code Occupation: Data Scientists (SOC code 15-2051)}, {@code Data extracted on November 05, 2025}, numbers in the
 * xlsx (relative standard errors as float32) and display text in the CSV ({@code $102,970}, {@code 1,620},
 * {@code (8) -}). The user of the tool picks the columns: a column the export lacks is
 * {@link io.github.wageoutlook.wages.FigureStatus#ABSENT} in every row, never zero. Marks are read as the file's
 * footnote lines define them ({@code ExportFigures}); area codes, types and {@code PRIM_STATE} come from the names'
 * codes ({@code ExportNames}); the group level of an occupation from its SOC code (the export has no
 * {@code O_GROUP}; a code BLS publishes both as a broad and as a detailed occupation, 13-1020, is read as broad). The
 * tool exports cross-industry estimates of all ownerships: {@code 000000 Cross-industry}, {@code 1235}.
 *
 * <p>{@link Oews#read(Path)} and every command's {@code --file} recognise an export by its content (a "Period:" line
 * above a header starting "Area Name" or "Occupation (SOC code)"), whatever the file is called.
 *
 * <pre>{@code
 * QueryExport e = QueryExport.read(Path.of("OES_Report.csv"));   // 15-2051 by state, May 2024
 * e.table().area("CA").occupation("15-2051").orElseThrow().annual().median();   // $136,800
 * e.extracted();                                                  // Optional[2025-11-05]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QueryExport {

    /** What was asked of the tool: the export's first line. */
    public enum Query {
        /** One occupation across states, metropolitan or nonmetropolitan areas: a row per area. */
        ONE_OCCUPATION_MANY_AREAS("One occupation for multiple geographical areas"),
        /** Every (or several) occupation in one area, the nation included: a row per occupation. */
        MANY_OCCUPATIONS_ONE_AREA("Multiple occupations for one geographical area");

        private final String title;

        Query(String title) {
            this.title = title;
        }

        /** @return the line the tool writes, e.g. {@code One occupation for multiple geographical areas} */
        public String title() {
            return title;
        }

        static Optional<Query> fromTitle(String line) {
            return Arrays.stream(values()).filter(q -> q.title.equalsIgnoreCase(line.strip())).findFirst();
        }

        static List<String> titles() {
            return Arrays.stream(values()).map(Query::title).toList();
        }
    }

    /** How many leading rows are looked at to recognise an export. */
    static final int HEAD_ROWS = 12;

    private final OewsTable table;
    private final Query query;
    private final int year;
    private final Optional<LocalDate> extracted;
    private final SortedMap<Integer, String> footnotes;

    QueryExport(OewsTable table, Query query, int year, Optional<LocalDate> extracted,
                SortedMap<Integer, String> footnotes) {
        this.table = table;
        this.query = query;
        this.year = year;
        this.extracted = extracted;
        this.footnotes = Collections.unmodifiableSortedMap(new TreeMap<>(footnotes));
    }

    /**
     * Reads an export, .xlsx or CSV (chosen by content).
     *
     * @param path the file
     * @return the export
     * @throws FileFormatException naming the file, sheet, row, column and raw value of what cannot be read, or saying
     *     that the file is not an export of the OEWS data query tool
     */
    public static QueryExport read(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("no such file");
        } catch (IOException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("cannot read the file: " + e.getMessage());
        }
        boolean workbook = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        Optional<QueryExport> read = workbook ? readXlsx(source, new ByteArrayInputStream(bytes), OptionalInt.empty())
                : isExport(bytes) ? Optional.of(readCsv(source, bytes, OptionalInt.empty())) : Optional.empty();
        return read.orElseThrow(() -> FileFormatException.in(source).problem("not an export of the OEWS data query "
                + "tool: no \"Period:\" line above a header starting \"Area Name\" or \"Occupation (SOC code)\" in "
                + "its first " + HEAD_ROWS + " rows"));
    }

    /** @return the rows: one per area or occupation, every figure with its status */
    public OewsTable table() {
        return table;
    }

    /** @return what was asked of the tool */
    public Query query() {
        return query;
    }

    /** @return the May survey year the file states ("Period: May 2024") */
    public int year() {
        return year;
    }

    /** @return the date the tool extracted the data ("Data extracted on November 05, 2025"), if the file says */
    public Optional<LocalDate> extracted() {
        return extracted;
    }

    /**
     * The footnote lines, by number, as the file states them, e.g. {@code 8 → Estimate not released.}; they define
     * the marks of its cells.
     *
     * @return the footnotes, ascending by number
     */
    public SortedMap<Integer, String> footnotes() {
        return footnotes;
    }

    /** Prints the query, the year, the extraction date and the rows' count. */
    @Override
    public String toString() {
        return query.title() + ", May " + year + extracted.map(d -> ", extracted " + d).orElse("") + ": "
                + table.size() + " rows (" + table.name() + ")";
    }

    /**
     * Whether CSV bytes are an export (see the class documentation).
     *
     * @param bytes the file's bytes, or its first bytes
     * @return true for an export of the OEWS data query tool
     */
    static boolean isExport(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.UTF_8);
        List<TextRow> head = new ArrayList<>();
        try {
            Csv.forEachRow("head", new StringReader(text), row -> {
                head.add(row);
                return head.size() < HEAD_ROWS;
            });
        } catch (FileFormatException e) {
            return false;
        }
        return QueryExportReader.looksLikeExport(head);
    }

    /**
     * Reads CSV bytes of an export (UTF-8, a byte-order mark ignored).
     *
     * @param source the name used in messages
     * @param bytes the whole file
     * @param year the year the caller expects, if any (the file's own "Period:" line wins, and must agree)
     * @return the export
     */
    static QueryExport readCsv(String source, byte[] bytes, OptionalInt year) {
        QueryExportReader reader = new QueryExportReader(source, null, year, false);
        Csv.forEachRow(source, new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                reader::accept);
        return reader.finish();
    }

    /**
     * Reads a workbook if one of its sheets is an export's.
     *
     * @param source the name used in messages
     * @param in the workbook; not closed
     * @param year the year the caller expects, if any
     * @return the export, or empty when no sheet is an export's
     */
    static Optional<QueryExport> readXlsx(String source, InputStream in, OptionalInt year) {
        try (Xlsx book = Xlsx.open(source, in)) {
            return readXlsx(source, book, year);
        }
    }

    /**
     * Reads an open workbook if one of its sheets is an export's.
     *
     * @param source the name used in messages
     * @param book the workbook
     * @param year the year the caller expects, if any
     * @return the export, or empty when no sheet is an export's
     */
    static Optional<QueryExport> readXlsx(String source, Xlsx book, OptionalInt year) {
        Optional<String> sheet = book.findSheet(HEAD_ROWS, QueryExportReader::looksLikeExport);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        QueryExportReader reader = new QueryExportReader(source, sheet.get(), year, true);
        book.forEachRow(sheet.get(), reader::accept);
        return Optional.of(reader.finish());
    }
}
