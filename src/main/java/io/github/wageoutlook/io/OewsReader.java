package io.github.wageoutlook.io;

import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.OewsTableBuilder;
import io.github.wageoutlook.oews.TopCode;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *   <li>the schema changes across years: {@code OCC_GROUP} (to 2018) and {@code O_GROUP} (2019 on), lower-case
 *       headers (2019), area, industry and ownership columns (2019 on; files without them are national
 *       cross-industry files and get {@code 99 U.S.}, {@code 000000 Cross-industry}, {@code 1235}), {@code PCT_RPT}
 *       absent in 2020, and columns this library does not keep ({@code JOBS_1000}, {@code LOC_QUOTIENT},
 *       {@code PCT_TOTAL}, {@code PCT_RPT}, {@code PRIM_STATE}, {@code AREA_TYPE}, {@code I_GROUP}), which are
 *       ignored;</li>
 *   <li>extra sheets ("Field Descriptions", "UpdateTime", "Filler"): the data sheet is the first whose first
 *       rows hold an {@code OCC_CODE} header; the top-code is read from the Field Descriptions sheet when there is
 *       one, else from {@link TopCode#forYear(int)};</li>
 *   <li>the special codes {@code *}, {@code **}, {@code #} (kept as the year's top-code, a lower bound), {@code ~};
 *       the {@code ANNUAL}/{@code HOURLY} flags ({@code TRUE} or blank);</li>
 *   <li>CSV with BLS's column names, including Excel "Save as CSV" exports where numbers are quoted with thousands
 *       separators ({@code "2,871,400"}). Files and streams are parsed from their bytes, a large
 *       one in parts on every core; a file larger than a quarter of the heap is streamed instead.</li>
 * </ul>
 *
 * <p>The survey year comes from a {@code YEAR} column if the file has one, else from the caller, else from the file
 * name ({@code national_M2018_dl.xlsx} → 2018).
 *
 * <p>Every problem — a missing or duplicated column, a non-numeric, negative or implausible wage (above $5,000 an
 * hour or $10,400,000 a year), an unknown group level, a truncated or empty file — is one
 * {@link FileFormatException} naming the file, sheet, row, column and raw value; nothing is half-loaded.
 *
 * <pre>{@code OewsTable t = OewsReader.read(Path.of("national_M2018_dl.xlsx"));}</pre>
 */
public final class OewsReader {

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i)(?:^|[^0-9])M?((?:19|20)\\d{2})(?:[^0-9]|$)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?");

    /** Header aliases: each name a file may use, mapped to the name the table uses. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("OCC_GROUP", "O_GROUP"), Map.entry("GROUP", "O_GROUP"),
            Map.entry("AREA_NAME", "AREA_TITLE"));

    /** The largest array: no CSV above this size is read into memory (see {@link #bytesInMemory()}). */
    static final int MAX_BYTES_IN_MEMORY = Integer.MAX_VALUE - 64;
    /**
     * How much of a CSV is read before the rest: if it holds no complete header row the file is streamed instead, so
     * that junk fails fast in bounded memory.
     */
    static final int PREFIX_BYTES = 8 << 20;
    /** The least bytes a part of a CSV read in parallel holds. */
    static final int PART_BYTES = 1 << 20;
    /** The most parts a CSV is read in: enough to keep every core busy when parts take unequal times. */
    private static final int MAX_PARTS = 64;
    /**
     * Wages above these are not wages but a unit or typing error: BLS top-codes percentiles at $90 to $115 an hour
     * ($187,200 to $239,200 a year); these bounds are over 40 times the highest top-code, so only a mean far above
     * any percentile could come near them.
     */
    private static final double MAX_HOURLY = 5_000;
    private static final double MAX_ANNUAL = MAX_HOURLY * 2080;
    /** Whether each of {@link OewsTable#FIGURES} is a wage (hourly or annual). */
    private static final boolean[] WAGE = new boolean[OewsTable.FIGURES.size()];
    /** The largest plausible value of each figure (no limit for counts and standard errors). */
    private static final double[] LIMIT = new double[OewsTable.FIGURES.size()];
    /** How the limit reads in a message: "$5000 an hour", "$10400000 a year". */
    private static final String[] LIMIT_TEXT = new String[OewsTable.FIGURES.size()];

    static {
        for (int f = 0; f < WAGE.length; f++) {
            String name = OewsTable.FIGURES.get(f);
            boolean hourly = name.startsWith("H_");
            WAGE[f] = hourly || name.startsWith("A_");
            LIMIT[f] = !WAGE[f] ? Double.POSITIVE_INFINITY : hourly ? MAX_HOURLY : MAX_ANNUAL;
            LIMIT_TEXT[f] = hourly ? "$" + (int) MAX_HOURLY + " an hour" : "$" + (long) MAX_ANNUAL + " a year";
        }
    }

    private static final List<String> REQUIRED = List.of("OCC_CODE", "OCC_TITLE", "O_GROUP");
    /** AREA, AREA_TITLE, NAICS, NAICS_TITLE, OWN_CODE of a file without them: the nation, all industries. */
    private static final String[] TEXT_DEFAULTS = {"99", "U.S.", "000000", "Cross-industry", "1235"};

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
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
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
        Parser parser = new Parser(source, null, year, Optional.empty(), false);
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

    /** {@link #readCsv(String, byte[], OptionalInt)} in parts of at least {@code partBytes} (at most 64 parts). */
    static OewsTable readCsv(String source, byte[] bytes, OptionalInt year, int partBytes) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(year, "year must not be null");
        int start = ByteCsv.textStart(bytes);
        byte delimiter = ByteCsv.delimiter(bytes, start);
        Parser parser = new Parser(source, null, year, Optional.empty(), false);
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
    private static Optional<OewsTable> readParts(String source, byte[] bytes, byte delimiter, Parser parser, int from,
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
        Parser[] read = new Parser[parts];
        IntStream.range(0, parts).parallel().forEach(j -> {
            Parser part = parser.part((bounds[j + 1] - bounds[j]) / 200 + 16);
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
        if (Arrays.asList(read).contains(null)) {
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
            String sheet = book.findSheet(10, rows -> rows.stream().anyMatch(OewsReader::isHeader))
                    .orElseThrow(() -> FileFormatException.in(source)
                            .problem("no sheet has an OCC_CODE header in its first 10 rows; sheets are "
                                    + book.sheetNames()));
            Optional<TopCode> stated = book.sheetNames().stream()
                    .filter(n -> n.toLowerCase(Locale.ROOT).contains("field desc")).findFirst()
                    .flatMap(n -> fieldDescriptionTopCode(book, n));
            Parser parser = new Parser(source, sheet, year, stated, true);
            book.forEachRow(sheet, parser::accept);
            return parser.finish();
        }
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
        Parser parser = new Parser(source, null, year, Optional.empty(), false);
        Csv.forEachRow(source, text, parser::accept);
        return parser.finish();
    }

    private static boolean isHeader(Cells row) {
        return Arrays.stream(row.cells()).anyMatch(c -> c.strip().equalsIgnoreCase("OCC_CODE"));
    }

    private static Optional<TopCode> fieldDescriptionTopCode(Xlsx book, String sheet) {
        Optional<TopCode>[] found = new Optional[] {Optional.empty()};
        book.forEachRow(sheet, row -> {
            for (String cell : row.cells()) {
                Optional<TopCode> t = TopCode.fromFieldDescription(cell);
                if (t.isPresent()) {
                    found[0] = t;
                    return false;
                }
            }
            return true;
        });
        return found[0];
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

    /** Turns text rows into columns, checking every cell. */
    private static final class Parser {
        private final String source;
        private final String sheet;
        private final boolean workbook;
        private final OptionalInt givenYear;
        private final Optional<TopCode> statedTopCode;
        private TopCode topCode;
        private int[] columnOf;
        private int yearColumn = -1;
        private String[] headerNames;
        private int headerRow;
        private OewsTableBuilder builder;
        private OptionalInt namedYear;
        private final String[] texts = new String[OewsTable.TEXT_COLUMNS.size()];
        private final double[] numbers = new double[OewsTable.FIGURES.size()];
        private final FigureStatus[] statuses = new FigureStatus[OewsTable.FIGURES.size()];
        private final boolean[] flags = new boolean[2];

        Parser(String source, String sheet, OptionalInt year, Optional<TopCode> statedTopCode, boolean workbook) {
            this.source = source;
            this.sheet = sheet;
            this.givenYear = year;
            this.statedTopCode = statedTopCode;
            this.workbook = workbook;
            this.builder = OewsTable.builder(source, 2048);
        }

        boolean hasHeader() {
            return columnOf != null;
        }

        /** A parser for a part of the same file after the header: the header's columns, its own table builder. */
        Parser part(int expectedRows) {
            Parser part = new Parser(source, sheet, givenYear, statedTopCode, workbook);
            part.columnOf = columnOf;
            part.yearColumn = yearColumn;
            part.headerNames = headerNames;
            part.headerRow = headerRow;
            part.namedYear = namedYear;
            part.topCode = topCode;
            part.builder = OewsTable.builder(source, expectedRows);
            return part;
        }

        /** Appends the rows the parts read, in order, after this parser's own. */
        void append(Parser[] parts) {
            builder.addAll(Arrays.stream(parts).map(p -> p.builder).toList());
        }

        private FileFormatException.Builder at(int row) {
            return FileFormatException.in(source).sheet(sheet).row(row);
        }

        private String columnLabel(int index) {
            String name = index < headerNames.length ? headerNames[index].strip() : "?";
            return workbook ? name + " (" + TextRow.columnLetter(index) + ")" : name + " (field " + (index + 1) + ")";
        }

        boolean accept(Cells row) {
            if (columnOf == null) {
                if (isHeader(row)) {
                    readHeader(row);
                } else if (row.number() > 10) {
                    throw at(row.number()).problem("no OCC_CODE header before this row; an OEWS file starts with "
                            + "its column names (OCC_CODE, OCC_TITLE, O_GROUP, TOT_EMP, …)");
                }
                return true;
            }
            if (row.isBlank()) {
                return true;
            }
            if (isFootnote(row)) {
                return true;
            }
            readData(row);
            return true;
        }

        /** BLS puts notes under some tables; a row whose code cell starts with text and has nothing else. */
        private boolean isFootnote(Cells row) {
            String code = row.cell(columnOf[5]).strip();
            if (code.isEmpty() || SocCode.isValid(code)) {
                return false;
            }
            long filled = Arrays.stream(row.cells()).filter(c -> !c.isBlank()).count();
            return filled == 1 && code.length() > 12;
        }

        private void readHeader(Cells row) {
            headerRow = row.number();
            headerNames = row.cells();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < headerNames.length; i++) {
                String raw = headerNames[i].strip();
                if (raw.isEmpty()) {
                    continue;
                }
                String name = raw.toUpperCase(Locale.ROOT);
                name = ALIASES.getOrDefault(name, name);
                Integer before = seen.put(name, i);
                if (before != null) {
                    throw at(headerRow).column(columnLabel(i)).raw(raw)
                            .problem("duplicated header: column " + name + " also at " + columnLabel(before));
                }
            }
            columnOf = new int[OewsTable.TEXT_COLUMNS.size() + OewsTable.FIGURES.size() + 2];
            Arrays.fill(columnOf, -1);
            List<String> missing = new ArrayList<>();
            int k = 0;
            for (String c : OewsTable.TEXT_COLUMNS) {
                columnOf[k++] = seen.getOrDefault(c, -1);
            }
            for (String f : OewsTable.FIGURES) {
                int at = seen.getOrDefault(f, -1);
                columnOf[k++] = at;
                if (at < 0) {
                    missing.add(f);
                }
            }
            for (String f : OewsTable.FLAGS) {
                columnOf[k++] = seen.getOrDefault(f, -1);
            }
            for (String r : REQUIRED) {
                if (!seen.containsKey(r)) {
                    missing.add(0, r);
                }
            }
            if (!missing.isEmpty()) {
                throw at(headerRow).problem("missing column" + (missing.size() > 1 ? "s " : " ") + missing
                        + " in the header " + Arrays.toString(headerNames));
            }
            yearColumn = seen.getOrDefault("YEAR", -1);
        }

        private int year(Cells row) {
            if (yearColumn >= 0) {
                String raw = row.cell(yearColumn).strip();
                try {
                    int y = (int) Double.parseDouble(raw);
                    if (y >= 1997 && y <= 2100 && y == Double.parseDouble(raw)) {
                        return y;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw at(row.number()).column(columnLabel(yearColumn)).raw(raw)
                        .problem("not a survey year (1997 - 2100)");
            }
            if (givenYear.isPresent()) {
                return givenYear.getAsInt();
            }
            if (namedYear == null) {
                namedYear = yearInName(source);
            }
            if (namedYear.isPresent()) {
                return namedYear.getAsInt();
            }
            throw at(row.number()).problem("cannot tell the survey year: no YEAR column and no year in the file "
                    + "name; pass the year, e.g. Oews.read(path, 2018)");
        }

        private void readData(Cells row) {
            int y = year(row);
            int k = 0;
            String[] defaults = TEXT_DEFAULTS;
            for (int i = 0; i < OewsTable.TEXT_COLUMNS.size(); i++) {
                int col = columnOf[k++];
                String raw = col >= 0 ? row.cell(col).strip() : defaults[i];
                String name = OewsTable.TEXT_COLUMNS.get(i);
                if (col >= 0 && raw.isEmpty() && i < defaults.length) {
                    raw = defaults[i];
                }
                if (i == 0 || i == 2 || i == 4) {
                    raw = restoreCode(raw, i == 0 ? 2 : i == 2 ? 6 : 1);
                }
                if (name.equals("OCC_CODE") && !SocCode.isValid(raw)) {
                    throw at(row.number()).column(columnLabel(col)).raw(raw)
                            .problem("not a SOC code of the form 00-0000");
                }
                if (name.equals("OCC_TITLE") && raw.isEmpty()) {
                    throw at(row.number()).column(columnLabel(col)).raw(raw).problem("empty occupation title");
                }
                if (name.equals("O_GROUP")) {
                    try {
                        raw = GroupLevel.parse(raw).code();
                    } catch (IllegalArgumentException e) {
                        throw at(row.number()).column(columnLabel(col)).raw(raw)
                                .problem("not a group level (total, major, minor, broad, detailed)");
                    }
                }
                texts[i] = raw;
            }
            for (int f = 0; f < OewsTable.FIGURES.size(); f++) {
                readFigure(row, f, columnOf[k++], y);
            }
            for (int g = 0; g < 2; g++) {
                int col = columnOf[k++];
                String raw = col >= 0 ? row.cell(col).strip() : "";
                boolean set;
                switch (raw.toUpperCase(Locale.ROOT)) {
                    case "TRUE", "1", "YES", "Y" -> set = true;
                    case "", "FALSE", "0", "NO", "N" -> set = false;
                    default -> throw at(row.number()).column(columnLabel(col)).raw(raw)
                            .problem("not a flag (TRUE or blank)");
                }
                flags[g] = set;
            }
            try {
                builder.addRow(y, texts, numbers, statuses, flags[0], flags[1]);
            } catch (IllegalArgumentException e) {
                throw at(row.number()).cause(e).problem(e.getMessage());
            }
        }

        private void readFigure(Cells row, int figure, int col, int year) {
            String name = OewsTable.FIGURES.get(figure);
            boolean wage = WAGE[figure];
            double fast = row.simpleNumber(col);
            if (fast >= 0) {
                // The common case first: a plain number needs no string and no status lookup.
                checkPlausible(row, col, null, figure, fast);
                numbers[figure] = fast;
                statuses[figure] = FigureStatus.PUBLISHED;
                return;
            }
            String raw = row.cell(col).strip();
            Optional<FigureStatus> special = FigureStatus.fromCode(raw);
            if (special.isPresent()) {
                FigureStatus s = special.get();
                if (s == FigureStatus.TOP_CODED) {
                    if (!wage) {
                        throw at(row.number()).column(columnLabel(col)).raw(raw)
                                .problem("# (top-coded) is only used for wages");
                    }
                    numbers[figure] = topCode(row, col, raw, year).on(
                            name.startsWith("H_") ? WageBasis.HOURLY : WageBasis.ANNUAL).amount();
                } else {
                    numbers[figure] = Double.NaN;
                }
                statuses[figure] = s;
                return;
            }
            if (raw.isEmpty()) {
                throw at(row.number()).column(columnLabel(col)).raw(raw)
                        .problem("empty cell; BLS marks figures it does not release with * or **");
            }
            double v = parseNumber(raw);
            if (Double.isNaN(v)) {
                throw at(row.number()).column(columnLabel(col)).raw(raw)
                        .problem("not a number (nor a BLS code *, **, #, ~)");
            }
            if (v < 0) {
                throw at(row.number()).column(columnLabel(col)).raw(raw)
                        .problem("negative " + (wage ? "wage" : "figure"));
            }
            checkPlausible(row, col, raw, figure, v);
            numbers[figure] = v;
            statuses[figure] = FigureStatus.PUBLISHED;
        }

        /** @param raw the stripped cell text, or null to read it from the row (only when the check fails) */
        private void checkPlausible(Cells row, int col, String raw, int figure, double v) {
            if (v > LIMIT[figure]) {
                throw at(row.number()).column(columnLabel(col)).raw(raw != null ? raw : row.cell(col).strip())
                        .problem("implausible wage: above " + LIMIT_TEXT[figure]
                                + "; BLS top-codes its wage estimates far below that");
            }
        }

        private TopCode topCode(Cells row, int col, String raw, int year) {
            if (topCode == null) {
                try {
                    topCode = statedTopCode.orElseGet(() -> TopCode.forYear(year));
                } catch (IllegalArgumentException e) {
                    throw at(row.number()).column(columnLabel(col)).raw(raw)
                            .problem("top-coded wage, but the top-code of " + year + " is unknown and the file has "
                                    + "no Field Descriptions sheet stating it");
                }
            }
            return topCode;
        }

        OewsTable finish() {
            if (columnOf == null) {
                throw FileFormatException.in(source).sheet(sheet)
                        .problem("no OCC_CODE header found; the file is empty or not an OEWS table");
            }
            return builder.build();
        }
    }

    /**
     * A code a spreadsheet stored as a number ({@code 6}, {@code 6.0}) back as BLS writes it, zero-padded to its
     * width ({@code 06} for a state, {@code 000000} for cross-industry). Text codes are kept as they are.
     */
    private static String restoreCode(String raw, int width) {
        if (raw.length() >= width && allDigits(raw)) {
            return raw;
        }
        if (raw.isEmpty() || !PLAIN_NUMBER.matcher(raw).matches()) {
            return raw;
        }
        double v = Double.parseDouble(raw);
        if (v != Math.rint(v) || v < 0 || v > 1e12) {
            return raw;
        }
        String digits = Long.toString((long) v);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** A plain loop: this runs for three columns of every row, where a stream's set-up cost showed in profiles. */
    private static boolean allDigits(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a published number: plain ({@code 33750}, {@code 16.23}) or with thousands separators as Excel's
     * "Save as CSV" writes them ({@code 2,871,400}).
     *
     * @param raw the stripped cell text
     * @return the number, or NaN if the text is not one
     */
    static double parseNumber(String raw) {
        double fast = Cells.simpleDecimal(raw);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String s = raw;
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            if (!GROUPED_NUMBER.matcher(s).matches()) {
                return Double.NaN;
            }
            s = s.replace(",", "");
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
