package io.github.wageoutlook.fetch;

import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.ReadLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the data workbook out of an OEWS zip, chosen by content.
 *
 * <p>Entries that are not data are skipped, each for a reason a message can name: folders, Excel lock files
 * ({@code ~$…}, which BLS's 2022 state zip lists first), hidden and {@code __MACOSX} entries, files that are
 * neither .xlsx nor CSV. When one candidate is left, the OEWS reader reads it (it finds the data sheet by its
 * {@code OCC_CODE} header, whatever the sheet is called). When several are left (field descriptions beside the data,
 * or the four workbooks of the industry zip), each is opened and the data workbook is the one with a header row
 * holding both {@code OCC_CODE} and {@code OCC_TITLE} in its first rows; in the industry zip, the one whose
 * {@code I_GROUP} values are the wanted level. Never by name or position. No entry gives more than
 * {@link ReadLimits#maxBytes()} inflated bytes: one whose declared size is larger is refused before it is inflated,
 * one that inflates past it (its declared size lied) when it gets there. The entry is handed to the caller's reader
 * (package {@code oews} reads it into a table): this class moves bytes and knows BLS's zip layout, no domain type.
 */
public final class OewsZip {
    /** Rows of a sheet looked at for the header, as the OEWS reader does. */
    private static final int HEADER_ROWS = 10;
    /** Data rows looked at for the industry level. */
    private static final int GROUP_ROWS = 200;
    /** Most entries listed in a message. */
    private static final int LISTED = 12;

    private OewsZip() {
    }

    /** Reads one entry of a zip; the stream is the entry's bytes and is closed by the caller. */
    @FunctionalInterface
    public interface EntryReader<T> {
        /**
         * @param source the entry's name for messages, {@code <zip>!/<entry>}
         * @param in the entry's bytes
         * @return what was read
         * @throws IOException if the bytes cannot be read
         */
        T read(String source, InputStream in) throws IOException;
    }

    /**
     * Reads the data entry an {@link OewsFile} names out of its zip, with the reader of package {@code oews}.
     *
     * @param <T> what the reader builds
     * @param zip the zip file
     * @param file what it is (its year and, for the industry zip, the level wanted)
     * @param reader reads the chosen entry
     * @return what the reader built
     * @throws FileFormatException naming the zip and its entries when no entry is the wanted data, or naming the
     *         entry, sheet, row, column and raw value when the data cannot be read
     */
    public static <T> T read(Path zip, OewsFile file, EntryReader<T> reader) {
        String name = zip.getFileName() == null ? zip.toString() : zip.getFileName().toString();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = choose(name, archive, file);
            String source = name + "!/" + entry.getName();
            long limit = ReadLimits.maxBytes();
            if (entry.getSize() > limit) {
                // The size the zip declares: refused before a byte is inflated. A size that lies is caught below.
                throw ReadLimits.tooManyBytes(source, limit);
            }
            try (InputStream in = new BufferedInputStream(ReadLimits.bounded(source, archive.getInputStream(entry),
                    limit), 1 << 16)) {
                return reader.read(source, in);
            }
        } catch (ZipException e) {
            throw FileFormatException.in(name).cause(e).problem("not a readable zip archive (" + e.getMessage()
                    + "); a fetched copy that cannot be read is removed from the cache and fetched again next time");
        } catch (IOException e) {
            throw FileFormatException.in(name).cause(e).problem("cannot read the zip: " + e);
        } catch (FileFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // java.util.zip reports some damage (an entry name that is not UTF-8) as an unchecked exception
            throw FileFormatException.in(name).cause(e).problem("not a readable zip archive (" + e + ")");
        }
    }

    /** The entry holding the data, with the reason each other entry was left out. */
    static ZipEntry choose(String zipName, ZipFile archive, OewsFile file) {
        List<ZipEntry> candidates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ZipEntry e : Collections.list(archive.entries())) {
            skipReason(e).ifPresentOrElse(why -> skipped.add(e.getName() + ": " + why), () -> candidates.add(e));
        }
        if (candidates.size() == 1 && !file.kind().isIndustry()) {
            return candidates.get(0);
        }
        List<ZipEntry> data = new ArrayList<>();
        for (ZipEntry e : candidates) {
            Sniff s = sniff(zipName, archive, e);
            if (!s.isData()) {
                skipped.add(e.getName() + ": " + s.why());
            } else if (file.kind().isIndustry() && !matchesLevel(s.groups(), file.kind())) {
                skipped.add(e.getName() + ": I_GROUP " + s.groups() + ", not " + file.kind().industryGroups());
            } else {
                data.add(e);
            }
        }
        if (data.size() == 1) {
            return data.get(0);
        }
        String entries = skipped.stream().limit(LISTED).toList() + (skipped.size() > LISTED ? " and "
                + (skipped.size() - LISTED) + " more" : "");
        if (data.isEmpty()) {
            throw FileFormatException.in(zipName).problem("no entry is " + (file.kind().isIndustry()
                    ? "an OEWS workbook with I_GROUP " + file.kind().industryGroups()
                    : "OEWS data (a workbook or CSV with an OCC_CODE header)") + "; entries: " + entries);
        }
        throw FileFormatException.in(zipName).problem("several entries hold OEWS data and nothing tells which is the "
                + file.description() + ": " + data.stream().map(ZipEntry::getName).toList());
    }

    /** Why an entry is not a candidate, judged by what its name says it is; empty for a candidate. */
    static Optional<String> skipReason(ZipEntry e) {
        String path = e.getName();
        String base = path.substring(path.lastIndexOf('/') + 1);
        String lower = base.toLowerCase(Locale.ROOT);
        if (e.isDirectory() || base.isEmpty()) {
            return Optional.of("a folder");
        }
        if (base.startsWith("~$")) {
            return Optional.of("an Excel lock file, not data");
        }
        if (base.startsWith(".") || path.startsWith("__MACOSX/") || path.contains("/__MACOSX/")) {
            return Optional.of("a hidden or system file");
        }
        if (lower.endsWith(".xls")) {
            return Optional.of("a legacy .xls workbook (this library reads .xlsx and CSV)");
        }
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            return Optional.of("neither .xlsx nor CSV");
        }
        return Optional.empty();
    }

    private static boolean matchesLevel(Set<String> groups, OewsFile.Kind kind) {
        return !groups.isEmpty() && kind.industryGroups().containsAll(groups);
    }

    /** What opening an entry showed: whether it holds OEWS data, and its industry levels. */
    record Sniff(boolean isData, Set<String> groups, String why) {
    }

    /** Opens an entry and looks for an OEWS header row (OCC_CODE and OCC_TITLE in one row) in any sheet. */
    static Sniff sniff(String zipName, ZipFile archive, ZipEntry entry) {
        String source = zipName + "!/" + entry.getName();
        long limit = ReadLimits.maxBytes();
        if (entry.getSize() > limit) {
            return new Sniff(false, Set.of(), ReadLimits.tooManyBytes(source, limit).problem());
        }
        try (InputStream in = new BufferedInputStream(ReadLimits.bounded(source, archive.getInputStream(entry),
                limit), 1 << 16)) {
            return entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv") ? sniffCsv(in) : sniffXlsx(in);
        } catch (FileFormatException e) {
            return new Sniff(false, Set.of(), e.problem());
        } catch (IOException | RuntimeException e) {
            return new Sniff(false, Set.of(), "cannot be opened (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private static Sniff sniffXlsx(InputStream in) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            for (Sheet sheet : book.getSheets().toList()) {
                sheets.add(sheet.getName());
                List<List<String>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.limit(HEADER_ROWS + GROUP_ROWS).forEach(r -> rows.add(texts(r)));
                }
                Optional<Sniff> found = header(rows);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return new Sniff(false, Set.of(), "no sheet has an OCC_CODE and OCC_TITLE header (sheets " + sheets + ")");
        }
    }

    private static Sniff sniffCsv(InputStream in) throws IOException {
        String head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        head.lines().limit(HEADER_ROWS + GROUP_ROWS).forEach(l -> rows.add(List.of(l.split(",", -1))));
        return header(rows).orElse(new Sniff(false, Set.of(), "no OCC_CODE and OCC_TITLE header in its first lines"));
    }

    /** The header among the first rows, and the I_GROUP values of the data rows that follow it. */
    private static Optional<Sniff> header(List<List<String>> rows) {
        for (int r = 0; r < Math.min(HEADER_ROWS, rows.size()); r++) {
            List<String> cells = rows.get(r).stream().map(OewsZip::clean).toList();
            if (cells.contains("OCC_CODE") && cells.contains("OCC_TITLE")) {
                int group = cells.indexOf("I_GROUP");
                Set<String> groups = new LinkedHashSet<>();
                if (group >= 0) {
                    for (List<String> row : rows.subList(r + 1, rows.size())) {
                        if (group < row.size() && !row.get(group).isBlank()) {
                            groups.add(row.get(group).strip().replace("\"", "").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                return Optional.of(new Sniff(true, groups, ""));
            }
        }
        return Optional.empty();
    }

    private static String clean(String cell) {
        return cell.strip().replace("\"", "").replace("\uFEFF", "").toUpperCase(Locale.ROOT);
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>(row.getCellCount());
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                out.add("");
            } else {
                String text = cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING ? cell.getText()
                        : cell.getRawValue();
                out.add(text == null ? "" : text);
            }
        }
        return out;
    }
}
