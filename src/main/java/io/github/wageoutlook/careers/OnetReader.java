package io.github.wageoutlook.careers;

import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads O*NET's text files, as the O*NET database's text zip holds them (tab-separated, a header row, CRLF or LF):
 * {@code Occupation Data.txt} (columns {@code O*NET-SOC Code}, {@code Title}, {@code Description}) and
 * {@code Related Occupations.txt} ({@code O*NET-SOC Code}, {@code Related O*NET-SOC Code}, {@code Relatedness Tier},
 * {@code Index}). Columns are found by their header, in any order; other columns are ignored.
 *
 * <p>Every problem is a {@link FileFormatException} naming the file, line, column and raw value: a missing column,
 * a malformed code, an unknown tier, an index outside 1 - 20, a related code with no title in the occupation file.
 */
final class OnetReader {
    static final String CODE = "O*NET-SOC Code";
    static final String TITLE = "Title";
    static final String RELATED = "Related O*NET-SOC Code";
    static final String TIER = "Relatedness Tier";
    static final String INDEX = "Index";

    private OnetReader() {
    }

    /**
     * Reads the titles of {@code Occupation Data.txt}.
     *
     * @param source the file's name, for messages
     * @param in UTF-8 text; not closed
     * @return O*NET-SOC code to title, in file order
     */
    static Map<String, String> titles(String source, InputStream in) {
        Map<String, String> out = new LinkedHashMap<>();
        read(source, in, List.of(CODE, TITLE), (row, index) -> {
            String code = code(source, row, index, CODE);
            String title = row.cell(index.get(TITLE)).strip();
            if (title.isEmpty()) {
                throw error(source, row, index, TITLE).problem("empty title");
            }
            out.put(code, title);
        });
        return out;
    }

    /**
     * Reads {@code Related Occupations.txt}.
     *
     * @param source the file's name, for messages
     * @param in UTF-8 text; not closed
     * @param titles the titles of {@code Occupation Data.txt}
     * @return the rows, in file order (each occupation's list in O*NET's order)
     */
    static List<RelatedOccupation> related(String source, InputStream in, Map<String, String> titles) {
        List<RelatedOccupation> out = new ArrayList<>();
        read(source, in, List.of(CODE, RELATED, TIER, INDEX), (row, index) -> {
            String from = code(source, row, index, CODE);
            String to = code(source, row, index, RELATED);
            String title = titles.get(to);
            if (title == null) {
                throw error(source, row, index, RELATED).problem("no such occupation in the O*NET occupation data");
            }
            Relatedness tier;
            try {
                tier = Relatedness.parse(row.cell(index.get(TIER)));
            } catch (IllegalArgumentException e) {
                throw error(source, row, index, TIER).cause(e).problem(e.getMessage());
            }
            String rank = row.cell(index.get(INDEX)).strip();
            if (!rank.matches("\\d{1,2}") || Integer.parseInt(rank) < 1 || Integer.parseInt(rank) > 20) {
                throw error(source, row, index, INDEX).problem("not a rank from 1 to 20");
            }
            out.add(new RelatedOccupation(from, to, title, tier, Integer.parseInt(rank)));
        });
        return out;
    }

    private interface RowHandler {
        void accept(TextRow row, Map<String, Integer> index);
    }

    private static void read(String source, InputStream in, List<String> columns, RowHandler handler) {
        Map<String, Integer> index = new HashMap<>();
        Csv.forEachRow(source, new InputStreamReader(in, StandardCharsets.UTF_8), row -> {
            if (index.isEmpty()) {
                for (int i = 0; i < row.cells().length; i++) {
                    index.put(row.cell(i).strip().toLowerCase(Locale.ROOT), i);
                }
                for (String c : columns) {
                    if (!index.containsKey(c.toLowerCase(Locale.ROOT))) {
                        throw FileFormatException.in(source).row(row.number()).problem("no column '" + c
                                + "'; the header must hold " + columns);
                    }
                }
                columns.forEach(c -> index.put(c, index.get(c.toLowerCase(Locale.ROOT))));
                return true;
            }
            if (!row.isBlank()) {
                handler.accept(row, index);
            }
            return true;
        });
        if (index.isEmpty()) {
            throw FileFormatException.in(source).problem("the file is empty: no header row " + columns);
        }
    }

    private static String code(String source, TextRow row, Map<String, Integer> index, String column) {
        String code = row.cell(index.get(column)).strip();
        if (!RelatedOccupation.ONET_CODE.matcher(code).matches()) {
            throw error(source, row, index, column).problem("not an O*NET-SOC code (00-0000.00)");
        }
        return code;
    }

    private static FileFormatException.Builder error(String source, TextRow row, Map<String, Integer> index,
                                                     String column) {
        return FileFormatException.in(source).row(row.number()).column(column).raw(row.cell(index.get(column)));
    }
}
