package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.Cells;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of an OEWS data query tool export into a {@link QueryExport}: the title block (the query, the
 * occupation or area, the period), the column header, one row per area or occupation, then the footnote lines, the SOC
 * note and the extraction date. Rows are kept until the footnotes are read, because the footnotes define the marks
 * of the cells above them ({@link ExportFigures}). Not thread-safe; one per file.
 */
final class QueryExportReader {
    private static final Pattern MARKER = Pattern.compile("\\(\\d{1,2}\\)");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\((\\d{1,2})\\)\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern PERIOD = Pattern.compile("(?i)^Period:\\s*(.*)$");
    private static final Pattern MAY = Pattern.compile("(?i)^May\\s+((?:19|20)\\d{2})$");
    private static final Pattern AREA_LINE = Pattern.compile("(?i)^Area:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern EXTRACTED = Pattern.compile("(?i)^Dat[ae] extracted on\\s*:?\\s*(.+)$");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US));
    /** The name columns: what the rows are. */
    private static final String AREA_NAME = "area name";
    private static final String OCCUPATION_NAME = "occupation (soc code)";
    /** The figure columns the query tool writes, by header (lower case, footnote marks removed), as OEWS names them. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("employment", "TOT_EMP"),
            Map.entry("employment percent relative standard error", "EMP_PRSE"),
            Map.entry("hourly mean wage", "H_MEAN"),
            Map.entry("annual mean wage", "A_MEAN"),
            Map.entry("wage percent relative standard error", "MEAN_PRSE"),
            Map.entry("hourly 10th percentile wage", "H_PCT10"),
            Map.entry("hourly 25th percentile wage", "H_PCT25"),
            Map.entry("hourly median wage", "H_MEDIAN"),
            Map.entry("hourly 75th percentile wage", "H_PCT75"),
            Map.entry("hourly 90th percentile wage", "H_PCT90"),
            Map.entry("annual 10th percentile wage", "A_PCT10"),
            Map.entry("annual 25th percentile wage", "A_PCT25"),
            Map.entry("annual median wage", "A_MEDIAN"),
            Map.entry("annual 75th percentile wage", "A_PCT75"),
            Map.entry("annual 90th percentile wage", "A_PCT90"),
            Map.entry("employment per 1,000 jobs", "JOBS_1000"),
            Map.entry("location quotient", "LOC_QUOTIENT"));

    private enum Part { TITLE, DATA, AFTER }

    private final String source;
    private final String sheet;
    private final boolean workbook;
    private final OptionalInt givenYear;
    private Part part = Part.TITLE;
    private QueryExport.Query query;
    private String[] occupation;
    private Area area;
    private int year;
    private String[] header;
    private int headerRow;
    private int nameColumn = -1;
    private boolean areaRows;
    private int[] figureColumn;
    private final List<TextRow> data = new ArrayList<>();
    private final SortedMap<Integer, String> footnotes = new TreeMap<>();
    private LocalDate extracted;

    QueryExportReader(String source, String sheet, OptionalInt year, boolean workbook) {
        this.source = source;
        this.sheet = sheet;
        this.givenYear = year;
        this.workbook = workbook;
    }

    /**
     * Whether the first rows of a file are an export's: a "Period:" line above a header that starts with "Area Name"
     * or "Occupation (SOC code)".
     *
     * @param head the file's first rows
     * @return true for an OEWS data query tool export
     */
    static boolean looksLikeExport(List<? extends Cells> head) {
        boolean period = false;
        for (Cells row : head) {
            String first = row.cell(0).strip();
            if (PERIOD.matcher(first).matches()) {
                period = true;
            } else if (period && isNameHeader(normalized(first))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameHeader(String name) {
        return name.equals(AREA_NAME) || name.equals(OCCUPATION_NAME);
    }

    /** A header as compared: footnote marks removed, blanks collapsed, lower case; "Occupation(SOC code)" spaced. */
    private static String normalized(String header) {
        return MARKER.matcher(header).replaceAll(" ").replace("(", " (").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    private FileFormatException.Builder at(int row) {
        return FileFormatException.in(source).sheet(sheet).row(row);
    }

    private String columnLabel(int index) {
        String name = index < header.length ? header[index].strip() : "?";
        return workbook ? name + " (" + TextRow.columnLetter(index) + ")" : name + " (field " + (index + 1) + ")";
    }

    /**
     * Takes the next row of the file.
     *
     * @param row the row
     * @return true: read on
     */
    boolean accept(Cells row) {
        String first = row.cell(0).strip();
        switch (part) {
            case TITLE -> title(row, first);
            case DATA -> {
                if (row.isBlank() || first.equalsIgnoreCase("Footnotes:") || FOOTNOTE.matcher(first).matches()) {
                    part = Part.AFTER;
                    after(row, first);
                } else {
                    data.add(new TextRow(row.number(), row.cells()));
                }
            }
            case AFTER -> after(row, first);
        }
        return true;
    }

    private void title(Cells row, String first) {
        if (row.isBlank()) {
            return;
        }
        Matcher period = PERIOD.matcher(first);
        Matcher areaLine = AREA_LINE.matcher(first);
        if (query == null) {
            query = QueryExport.Query.fromTitle(first).orElseThrow(() -> at(row.number()).raw(first)
                    .problem("not a query of the OEWS data query tool; its exports start with one of "
                            + QueryExport.Query.titles()));
        } else if (period.matches()) {
            Matcher may = MAY.matcher(period.group(1).strip());
            if (!may.matches()) {
                throw at(row.number()).raw(first).problem("not an OEWS period (May and a year, e.g. Period: May "
                        + "2024)");
            }
            year = Integer.parseInt(may.group(1));
            if (givenYear.isPresent() && givenYear.getAsInt() != year) {
                throw at(row.number()).raw(first).problem("the export is of May " + year + ", the year given is "
                        + givenYear.getAsInt());
            }
        } else if (first.regionMatches(true, 0, "Occupation:", 0, 11)) {
            occupation = ExportNames.occupationLine(first).orElseThrow(() -> at(row.number()).raw(first)
                    .problem("not an occupation with its SOC code, e.g. Occupation: Data Scientists (SOC code "
                            + "15-2051)"));
        } else if (areaLine.matches()) {
            area = ExportNames.namedArea(areaLine.group(1)).orElseThrow(() -> at(row.number()).raw(first)
                    .problem("cannot tell which area this is: not the nation, a state, a metropolitan area (a title "
                            + "ending in its states' USPS codes) or a nonmetropolitan area"));
        } else if (isNameHeader(normalized(first))) {
            readHeader(row);
            part = Part.DATA;
        } else {
            throw at(row.number()).raw(first).problem("not a line the OEWS data query tool writes above its table "
                    + "(the query, Occupation: or Area:, Period:, the column header)");
        }
    }

    private void readHeader(Cells row) {
        headerRow = row.number();
        header = row.cells();
        nameColumn = 0;
        areaRows = normalized(header[0]).equals(AREA_NAME);
        figureColumn = new int[OewsTable.FIGURES.size()];
        Arrays.fill(figureColumn, -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < header.length; i++) {
            String raw = header[i].strip();
            if (raw.isEmpty()) {
                continue;
            }
            String figure = COLUMNS.get(normalized(raw));
            if (figure == null) {
                throw at(headerRow).column(columnLabel(i)).raw(raw).problem("not a column the OEWS data query tool "
                        + "writes for cross-industry estimates; it writes " + String.join(", ", COLUMNS.keySet()
                        .stream().sorted().toList()));
            }
            Integer before = seen.put(figure, i);
            if (before != null) {
                throw at(headerRow).column(columnLabel(i)).raw(raw).problem("duplicated column: also at "
                        + columnLabel(before));
            }
            figureColumn[OewsTable.FIGURES.indexOf(figure)] = i;
        }
    }

    private void after(Cells row, String first) {
        if (row.isBlank() || first.equalsIgnoreCase("Footnotes:") || first.startsWith("SOC code:")) {
            return;
        }
        Matcher note = FOOTNOTE.matcher(first);
        Matcher date = EXTRACTED.matcher(first);
        if (note.matches()) {
            footnotes.put(Integer.parseInt(note.group(1)), note.group(2).strip());
        } else if (date.matches()) {
            extracted = date(row.number(), first, date.group(1).strip());
        } else if (Arrays.stream(row.cells()).filter(c -> !c.isBlank()).count() > 1) {
            throw at(row.number()).raw(first).problem("a row of figures after the table's end (a blank row or its "
                    + "footnotes)");
        }
    }

    private LocalDate date(int row, String line, String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // the other form
            }
        }
        throw at(row).raw(line).problem("not an extraction date (e.g. November 05, 2025 or Nov 09, 2023)");
    }

    /**
     * The export, once every row is read.
     *
     * @return the export
     * @throws FileFormatException naming the file, row, column and raw value of what cannot be read
     */
    QueryExport finish() {
        if (header == null) {
            throw FileFormatException.in(source).sheet(sheet).problem("no column header (Area Name or Occupation "
                    + "(SOC code)) in this OEWS data query tool export");
        }
        if (year == 0) {
            year = givenYear.orElseGet(() -> OewsReader.yearInName(source).orElseThrow(() -> FileFormatException
                    .in(source).sheet(sheet).problem("no Period: line, and no year in the file name; pass the year, "
                            + "e.g. Oews.read(path, 2024)")));
        }
        if (areaRows ? occupation == null : area == null) {
            throw at(headerRow).column(columnLabel(0)).raw(header[0]).problem("rows of " + (areaRows ? "areas need "
                    + "the Occupation: line" : "occupations need the Area: line") + " above the table");
        }
        if (data.isEmpty()) {
            throw at(headerRow).problem("no rows under the column header");
        }
        ExportFigures figures = new ExportFigures(footnotes);
        OewsTableBuilder builder = OewsTable.builder(tableName(), data.size());
        String[] texts = new String[OewsTable.TEXT_COLUMNS.size()];
        String[] raw = new String[OewsTable.FIGURES.size()];
        for (TextRow row : data) {
            String name = row.cell(nameColumn).strip();
            Area rowArea = area;
            String[] occ = occupation;
            if (areaRows) {
                rowArea = ExportNames.area(name).orElseThrow(() -> at(row.number()).column(columnLabel(nameColumn))
                        .raw(name).problem("not an area name with its code, e.g. Alabama (01-00000) or Abilene, "
                                + "TX(0010180)"));
            } else {
                occ = ExportNames.occupation(name).orElseThrow(() -> at(row.number()).column(columnLabel(nameColumn))
                        .raw(name).problem("not an occupation title with its SOC code, e.g. Chief Executives(111011)"));
            }
            for (int f = 0; f < raw.length; f++) {
                raw[f] = figureColumn[f] < 0 ? null : row.cell(figureColumn[f]);
            }
            ExportFigures.Row read = figures.read(raw, year, (f, cell, problem) -> at(row.number())
                    .column(columnLabel(figureColumn[f])).raw(cell).problem(problem));
            fill(texts, rowArea, occ);
            try {
                builder.addRow(year, texts, read.numbers, read.statuses, read.annualOnly, read.hourlyOnly);
            } catch (IllegalArgumentException e) {
                throw at(row.number()).cause(e).problem(e.getMessage());
            }
        }
        return new QueryExport(builder.build(), query, year, Optional.ofNullable(extracted), footnotes);
    }

    /** The table's name: the file, and what it is. */
    private String tableName() {
        return source + " (OEWS data query tool export, May " + year + (extracted == null ? ""
                : ", data extracted " + DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).format(extracted))
                + ")";
    }

    /** The text columns of a cross-industry, all-ownerships row: what the query tool exports. */
    private static void fill(String[] texts, Area area, String[] occupation) {
        GroupLevel level = SocCode.parse(occupation[1]).structuralLevel();
        texts[OewsTable.AREA] = area.code();
        texts[OewsTable.AREA_TITLE] = area.title();
        texts[OewsTable.AREA_TYPE] = area.type().code();
        texts[OewsTable.PRIM_STATE] = area.primaryState();
        texts[OewsTable.NAICS] = Industry.CROSS_INDUSTRY.naics();
        texts[OewsTable.NAICS_TITLE] = Industry.CROSS_INDUSTRY.title();
        texts[OewsTable.I_GROUP] = Industry.CROSS_INDUSTRY.level().code();
        texts[OewsTable.OWN_CODE] = Ownership.ALL.code();
        texts[OewsTable.OWN_TITLE] = Ownership.ALL.title();
        texts[OewsTable.OCC_CODE] = occupation[1];
        texts[OewsTable.OCC_TITLE] = occupation[0];
        texts[OewsTable.O_GROUP] = level.code();
    }
}
