package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.ByteCsv;
import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.fetch.OewsFile;
import io.github.wageoutlook.fetch.OewsZip;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.ReadLimits;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads OEWS wage files as BLS publishes them — national, state, metropolitan and all-data files, in .xlsx or CSV —
 * into an {@link OewsTable}.
 *
 * <p>What it handles:
 * <ul>
 *   <li>every column BLS publishes, across the schema changes: {@code OCC_GROUP} (to 2018) and {@code O_GROUP}
 *       (2019 on), lower-case headers (2019), the area, industry and ownership columns ({@code AREA, AREA_TITLE,
 *       AREA_TYPE, PRIM_STATE, NAICS, NAICS_TITLE, I_GROUP, OWN_CODE}, 2019 on; files without them are national
 *       cross-industry files and get {@code 99 U.S.}, type 1, {@code US}, {@code 000000 Cross-industry},
 *       {@code 1235}; see {@code ContextCells}), and the figures {@code JOBS_1000}, {@code LOC_QUOTIENT},
 *       {@code PCT_TOTAL}, {@code PCT_RPT}: an empty cell is {@code blank} (BLS publishes the figure only for other
 *       estimates), a missing column {@code absent} (files before 2019; {@code PCT_RPT} in May 2019–2020);</li>
 *   <li>extra sheets ("Field Descriptions", "UpdateTime", "Filler"): the data sheet is the first whose first
 *       rows hold an {@code OCC_CODE} header with rows under it (a sheet with the header alone is read only when no
 *       sheet has data, to say so); the top-code and the OWN_CODE definitions are read from the Field
 *       Descriptions sheet when there is one, else from {@link TopCode#of(int)} and BLS's definitions;</li>
 *   <li>the special codes {@code *}, {@code **}, {@code #} (kept as the year's top-code, a lower bound; wages only),
 *       {@code ~} (kept as 0.5, an upper bound; {@code PCT_RPT} only); the {@code ANNUAL}/{@code HOURLY} flags
 *       ({@code TRUE} or blank);</li>
 *   <li>CSV with BLS's column names, in UTF-8 (a byte-order mark is skipped; a text cell whose bytes are not UTF-8,
 *       as in a file saved as Windows-1252, is refused), including Excel "Save as CSV" exports where numbers are
 *       quoted with thousands separators ({@code "2,871,400"}). Files and streams are parsed from their bytes, a large
 *       one in parts on every core; a file larger than a quarter of the heap is streamed instead;</li>
 *   <li>exports of BLS's OEWS data query tool ({@code OES_Report.xlsx} or {@code .csv}, older and newer layout),
 *       recognised by their content and read by {@link QueryExport}.</li>
 * </ul>
 *
 * <p>The survey year comes from a {@code YEAR} column if the file has one, else from the caller, else from the file
 * name ({@code national_M2018_dl.xlsx} → 2018).
 *
 * <p>Every problem — a missing or duplicated column, a non-numeric, negative or implausible figure (a wage above
 * $5,000 an hour or $10,400,000 a year, a percent above 100, more than 1,000 jobs per 1,000), an unknown group level,
 * area type or industry level, a truncated or empty file, a header with no data rows under it, a file or zip entry
 * of more bytes or a table of more rows than {@link ReadLimits} allows (1 GiB, 4,000,000 rows by default) — is one
 * {@link FileFormatException} naming the file, sheet, row, column and raw value; nothing is half-loaded.
 *
 * <pre>{@code OewsTable t = OewsReader.read(Path.of("national_M2018_dl.xlsx"));}</pre>
 */
public final class OewsReader {

    /** The kinds of file read, for a message about a file that is none of them. */
    static final String KINDS = "the files read are BLS's OEWS tables (national, state, metropolitan, all-data, "
            + "industry; a header row with OCC_CODE, OCC_TITLE, …) and exports of the OEWS data query tool "
            + "(OES_Report: a \"Period:\" line above a header starting \"Area Name\" or \"Occupation (SOC code)\")";
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i)(?:^|[^0-9])M?((?:19|20)\\d{2})(?:[^0-9]|$)");
    /** The largest array: no CSV above this size is read into memory (see {@link #bytesInMemory()}). */
    static final int MAX_BYTES_IN_MEMORY = Integer.MAX_VALUE - 64;
    /**
     * How much of a CSV is read before the rest: if it holds no complete header row the file is streamed instead, so
     * that junk fails fast in bounded memory.
     */
    static final int PREFIX_BYTES = 8 << 20;
    /** The rows of a sheet in which its OCC_CODE header is looked for. */
    private static final int HEADER_ROWS = 10;
    /** The least bytes a part of a CSV read in parallel holds. */
    static final int PART_BYTES = 1 << 20;
    /** The most parts a CSV is read in: enough to keep every core busy when parts take unequal times. */
    private static final int MAX_PARTS = 64;
    private OewsReader() {
    }

    /**
     * Reads a file, choosing the format by its content: a zip header means .xlsx, anything else is read as CSV.
     *
     * @param path the file
     * @return the table
     * @throws FileFormatException if the file cannot be read as OEWS data, or does not exist
     */
    public static OewsTable read(Path path) {
        return read(path, OptionalInt.empty());
    }

    /**
     * Reads one of BLS's OEWS zips as downloaded ({@code oesm24st.zip}, …), choosing the data entry by content as
     * {@link OewsZip} does (lock files, field descriptions and, in the industry zip, the other levels' workbooks are
     * passed over); {@link Oews#fetch(OewsFile)} reads what it downloads the same way.
     *
     * @param zip the zip file
     * @param file what the zip is (its survey year and, for the industry zip, the level wanted)
     * @return the table
     * @throws FileFormatException naming the zip and its entries when no entry is the wanted data, or naming the
     *         entry, sheet, row, column and raw value when the data cannot be read
     */
    public static OewsTable readZip(Path zip, OewsFile file) {
        return OewsZip.read(zip, file, (source, in) -> read(source, in, OptionalInt.of(file.year())));
    }

    /**
     * Reads a file whose name does not tell the survey year.
     *
     * @param path the file
     * @param year the May reference year
     * @return the table
     * @throws FileFormatException if the file cannot be read as OEWS data
     */
    public static OewsTable read(Path path, int year) {
        return read(path, OptionalInt.of(year));
    }

    private static OewsTable read(Path path, OptionalInt year) {
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(4);
            }
            long size = Files.size(path);
            if (size > ReadLimits.maxBytes()) {
                throw ReadLimits.tooManyBytes(source, ReadLimits.maxBytes());
            }
            if (head.length > 0 && !isWorkbook(head) && size <= bytesInMemory()) {
                if (size <= PREFIX_BYTES) {
                    return readCsv(source, Files.readAllBytes(path), year);
                }
                byte[] prefix;
                try (InputStream in = Files.newInputStream(path)) {
                    prefix = in.readNBytes(PREFIX_BYTES);
                }
                if (hasHeader(source, prefix, year)) {
                    return readCsv(source, Files.readAllBytes(path), year);
                }
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
                return read(source, in, year);
            }
        } catch (NoSuchFileException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("no such file");
        } catch (IOException e) {
            throw FileFormatException.in(path.toString()).cause(e).problem("cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads a stream, choosing the format by its first bytes.
     *
     * @param source the name used in messages and, when it holds one, for the year
     * @param in the bytes; not closed
     * @param year the survey year if known
     * @return the table
     * @throws FileFormatException if the bytes cannot be read as OEWS data
     */
    public static OewsTable read(String source, InputStream in, OptionalInt year) {
        InputStream buffered = new BufferedInputStream(ReadLimits.bounded(source, in));
        byte[] head;
        try {
            buffered.mark(8);
            head = buffered.readNBytes(4);
            buffered.reset();
        } catch (IOException e) {
            throw FileFormatException.in(source).cause(e).problem("cannot read: " + e.getMessage());
        }
        if (head.length == 0) {
            throw FileFormatException.in(source).problem("the file is empty");
        }
        if (isWorkbook(head)) {
            return readXlsx(source, buffered, year);
        }
        byte[] bytes;
        int next;
        try {
            bytes = buffered.readNBytes(PREFIX_BYTES);
            next = bytes.length < PREFIX_BYTES ? -1 : buffered.read();
            if (next >= 0 && hasHeader(source, bytes, year)) {
                byte[] rest = buffered.readNBytes(bytesInMemory() - bytes.length - 1);
                int after = buffered.read();
                byte[] whole = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
                whole[bytes.length] = (byte) next;
                System.arraycopy(rest, 0, whole, bytes.length + 1, rest.length);
                bytes = whole;
                next = after;
            }
        } catch (IOException e) {
            throw FileFormatException.in(source).cause(e).problem("cannot read: " + e.getMessage());
        }
        if (next < 0) {
            return readCsv(source, bytes, year);
        }
        // No header in the first megabytes (the reader below fails fast, in bounded memory, with the right message),
        // or too large for one array: stream it through the character reader.
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(bytes),
                new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) next}), buffered));
        return readCsv(source, new InputStreamReader(whole, StandardCharsets.UTF_8), year);
    }

    /**
     * The largest CSV read into memory: at most a quarter of the heap the JVM may use, so that a file of several
     * stacked years still loads under a small {@code -Xmx}; larger files are streamed through the character reader.
     */
    private static int bytesInMemory() {
        return (int) Math.max(PREFIX_BYTES + 1L, Math.min(MAX_BYTES_IN_MEMORY, Runtime.getRuntime().maxMemory() / 4));
    }

    /** True if the first bytes of a CSV hold a complete OEWS header row (and nothing before it fails). */
    private static boolean hasHeader(String source, byte[] prefix, OptionalInt year) {
        int start = ByteCsv.textStart(prefix);
        OewsRowParser parser = new OewsRowParser(source, null, year, FieldDescriptions.NONE, false);
        ByteCsv csv = new ByteCsv(source, prefix, ByteCsv.delimiter(prefix, start));
        try {
            int end = csv.read(start, prefix.length, 1, row -> {
                parser.accept(row);
                return !parser.hasHeader();
            });
            return parser.hasHeader() && end < prefix.length;
        } catch (FileFormatException e) {
            return false;
        }
    }

    /**
     * Reads CSV bytes (UTF-8) with BLS's column names: the same rules and the same table as
     * {@link #readCsv(String, Reader, OptionalInt)}, faster. Numbers are parsed from the bytes, repeated texts become
     * one string each, and a file of a megabyte or more is read in parts on all cores (each part starts at a line
     * break; if a part does not end exactly where the next begins, because a quoted field spans lines there, or if a
     * part fails, the file is read again from the start in one pass, so that errors name the same row).
     *
     * @param source the name used in messages and, when it holds one, for the year
     * @param bytes the whole file
     * @param year the survey year if known
     * @return the table
     * @throws FileFormatException if the bytes cannot be read as OEWS data
     */
    public static OewsTable readCsv(String source, byte[] bytes, OptionalInt year) {
        return readCsv(source, bytes, year, PART_BYTES);
    }

    /**
     * {@link #readCsv(String, byte[], OptionalInt)} in parts of at least {@code partBytes} (at most 64 parts): small
     * parts let tests and fuzzing put part boundaries anywhere in a file; the result never depends on them.
     *
     * @param source the name used in messages
     * @param bytes the CSV's bytes, UTF-8
     * @param year the May reference year, if the file does not say
     * @param partBytes the least bytes a part holds, at least 1
     * @return the table
     * @throws FileFormatException if the data cannot be read as OEWS data
     */
    public static OewsTable readCsv(String source, byte[] bytes, OptionalInt year, int partBytes) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(year, "year must not be null");
        if (QueryExport.isExport(bytes)) {
            return QueryExport.readCsv(source, bytes, year).table();
        }
        int start = ByteCsv.textStart(bytes);
        byte delimiter = ByteCsv.delimiter(bytes, start);
        OewsRowParser parser = new OewsRowParser(source, null, year, FieldDescriptions.NONE, false);
        ByteCsv csv = new ByteCsv(source, bytes, delimiter);
        int pos = csv.read(start, bytes.length, 1, row -> {
            parser.accept(row);
            return !parser.hasHeader();
        });
        if (!parser.hasHeader()) {
            return parser.finish();
        }
        if (pos < bytes.length) {
            // The first record on this thread: it initialises the classes a row touches before threads share them.
            pos = csv.read(pos, bytes.length, csv.line(), row -> {
                parser.accept(row);
                return false;
            });
        }
        int parts = (int) Math.min(MAX_PARTS, (bytes.length - pos) / partBytes);
        if (parts > 1) {
            Optional<OewsTable> read = readParts(source, bytes, delimiter, parser, pos, parts);
            if (read.isPresent()) {
                return read.get();
            }
        }
        csv.read(pos, bytes.length, csv.line(), parser::accept);
        return parser.finish();
    }

    /** Reads {@code bytes} from {@code from} in parts on the common fork-join pool; empty if a part failed. */
    private static Optional<OewsTable> readParts(String source, byte[] bytes, byte delimiter, OewsRowParser parser, int from,
                                                 int parts) {
        int[] bounds = new int[parts + 1];
        bounds[0] = from;
        bounds[parts] = bytes.length;
        for (int j = 1; j < parts; j++) {
            int i = (int) (from + (long) (bytes.length - from) * j / parts);
            while (i < bytes.length && bytes[i] != '\n') {
                i++;
            }
            bounds[j] = Math.max(bounds[j - 1], Math.min(bytes.length, i + 1));
        }
        OewsRowParser[] read = new OewsRowParser[parts];
        IntStream.range(0, parts).parallel().forEach(j -> {
            OewsRowParser part = parser.part((bounds[j + 1] - bounds[j]) / 200 + 16);
            try {
                int end = new ByteCsv(source, bytes, delimiter).read(bounds[j], bounds[j + 1], 1, part::accept);
                if (end == bounds[j + 1]) {
                    read[j] = part;
                }
            } catch (RuntimeException e) {
                // read[j] stays null: the whole file is read again in one pass, which reports the first problem with
                // its right row number (a part that starts inside a quoted field may fail where the file does not)
            }
        });
        if (Arrays.asList(read).contains(null) || parser.tooManyRows(read)) {
            // read again in one pass: it names the row past the limit
            return Optional.empty();
        }
        parser.append(read);
        return Optional.of(parser.finish());
    }

    /** A zip (.xlsx) or OLE2 (legacy .xls) header: read as a workbook, which reports a legacy file clearly. */
    private static boolean isWorkbook(byte[] head) {
        boolean zip = head.length >= 2 && head[0] == 'P' && head[1] == 'K';
        boolean ole2 = head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF;
        return zip || ole2;
    }

    /**
     * Reads an .xlsx workbook.
     *
     * @param source the name used in messages and, when it holds one, for the year
     * @param in the workbook bytes; not closed
     * @param year the survey year if known
     * @return the table
     * @throws FileFormatException if the workbook cannot be read as OEWS data
     */
    public static OewsTable readXlsx(String source, InputStream in, OptionalInt year) {
        try (Xlsx book = Xlsx.open(source, in)) {
            // The data sheet: its header and rows under it. A sheet with the header alone (a template, a sheet left
            // empty) before it is passed over, and read only when no sheet has data, to say that it has none.
            Optional<String> found = book.findSheet(HEADER_ROWS + 1, OewsReader::hasHeaderAndData)
                    .or(() -> book.findSheet(HEADER_ROWS, rows -> rows.stream().anyMatch(OewsRowParser::isHeader)));
            if (found.isEmpty()) {
                Optional<QueryExport> export = QueryExport.readXlsx(source, book, year);
                if (export.isPresent()) {
                    return export.get().table();
                }
            }
            String sheet = found.orElseThrow(() -> FileFormatException.in(source)
                            .problem("no sheet has an OCC_CODE header in its first 10 rows; sheets are "
                                    + book.sheetNames() + "; " + KINDS));
            FieldDescriptions fields = book.sheetNames().stream()
                    .filter(n -> n.toLowerCase(Locale.ROOT).contains("field desc")).findFirst()
                    .map(n -> FieldDescriptions.read(book, n)).orElse(FieldDescriptions.NONE);
            OewsRowParser parser = new OewsRowParser(source, sheet, year, fields, true);
            book.forEachRow(sheet, parser::accept);
            return parser.finish();
        }
    }

    /** Whether a sheet holds an OCC_CODE header in its first {@link #HEADER_ROWS} rows and a non-blank row under it. */
    private static boolean hasHeaderAndData(List<TextRow> rows) {
        for (int r = 0; r < Math.min(HEADER_ROWS, rows.size()); r++) {
            if (OewsRowParser.isHeader(rows.get(r))) {
                return rows.subList(r + 1, rows.size()).stream().anyMatch(row -> !row.isBlank());
            }
        }
        return false;
    }

    /**
     * Reads CSV text with BLS's column names.
     *
     * @param source the name used in messages and, when it holds one, for the year
     * @param text the text; not closed
     * @param year the survey year if known
     * @return the table
     * @throws FileFormatException if the text cannot be read as OEWS data
     */
    public static OewsTable readCsv(String source, Reader text, OptionalInt year) {
        OewsRowParser parser = new OewsRowParser(source, null, year, FieldDescriptions.NONE, false);
        Csv.forEachRow(source, text, parser::accept);
        return parser.finish();
    }

    /**
     * The survey year in a file name such as {@code national_M2018_dl.xlsx} or {@code oes2019.csv}.
     *
     * @param name the file name
     * @return the year, or empty
     */
    static OptionalInt yearInName(String name) {
        Matcher m = YEAR_IN_NAME.matcher(name);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
