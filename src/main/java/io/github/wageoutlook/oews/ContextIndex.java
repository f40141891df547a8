package io.github.wageoutlook.oews;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The contexts of a table's rows, computed once per table: the distinct year × area × industry × ownership values in
 * order of first appearance, and for each row the index of its context. Immutable once built.
 */
final class ContextIndex {
    private final int[] contextOfRow;
    private final List<Context> contexts;

    /** The text columns that make a context, with the year; rows equal in these share one. */
    private static final int[] COLUMNS = {OewsTable.AREA, OewsTable.AREA_TITLE, OewsTable.AREA_TYPE,
        OewsTable.PRIM_STATE, OewsTable.NAICS, OewsTable.NAICS_TITLE, OewsTable.I_GROUP, OewsTable.OWN_CODE,
        OewsTable.OWN_TITLE};

    private ContextIndex(int[] contextOfRow, List<Context> contexts) {
        this.contextOfRow = contextOfRow;
        this.contexts = List.copyOf(contexts);
    }

    static ContextIndex of(OewsTable t) {
        int n = t.size();
        int[] ids = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        List<Context> contexts = new ArrayList<>();
        String[] previous = new String[COLUMNS.length];
        int previousYear = 0;
        int previousId = -1;
        StringBuilder key = new StringBuilder();
        for (int r = 0; r < n; r++) {
            // Rows of one context follow each other in BLS's files: compare with the row before first.
            boolean same = previousId >= 0 && t.surveyYear(r) == previousYear;
            for (int c = 0; c < COLUMNS.length && same; c++) {
                same = t.text(COLUMNS[c], r).equals(previous[c]);
            }
            if (!same) {
                key.setLength(0);
                key.append(t.surveyYear(r));
                for (int c = 0; c < COLUMNS.length; c++) {
                    previous[c] = t.text(COLUMNS[c], r);
                    key.append('\u0001').append(previous[c]);
                }
                previousYear = t.surveyYear(r);
                Integer id = seen.get(key.toString());
                if (id == null) {
                    id = contexts.size();
                    seen.put(key.toString(), id);
                    contexts.add(t.buildContext(r));
                }
                previousId = id;
            }
            ids[r] = previousId;
        }
        return new ContextIndex(ids, contexts);
    }

    List<Context> contexts() {
        return contexts;
    }

    /** The distinct values of one part of the contexts, one per code, in order of appearance. */
    <T> List<T> distinct(Function<Context, T> part, Function<T, String> code) {
        Map<String, T> byCode = new LinkedHashMap<>();
        contexts.forEach(c -> byCode.putIfAbsent(code.apply(part.apply(c)), part.apply(c)));
        return List.copyOf(byCode.values());
    }

    /** The rows of each context, indexed like {@link #contexts()}, each in table order. */
    int[][] rowsByContext() {
        int[] counts = new int[contexts.size()];
        for (int id : contextOfRow) {
            counts[id]++;
        }
        int[][] rows = new int[counts.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new int[counts[i]];
        }
        int[] filled = new int[counts.length];
        for (int r = 0; r < contextOfRow.length; r++) {
            int id = contextOfRow[r];
            rows[id][filled[id]++] = r;
        }
        return rows;
    }

    int idOf(int row) {
        return contextOfRow[row];
    }

    Context of(int row) {
        return contexts.get(contextOfRow[row]);
    }
}
