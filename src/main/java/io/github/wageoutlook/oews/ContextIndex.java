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

    /** The text cells that make a context, with the year; rows equal in these share one. */
    private record Key(int year, String area, String areaTitle, String areaType, String primState, String naics,
                       String naicsTitle, String iGroup, String own, String ownTitle) {
    }

    private ContextIndex(int[] contextOfRow, List<Context> contexts) {
        this.contextOfRow = contextOfRow;
        this.contexts = List.copyOf(contexts);
    }

    static ContextIndex of(OewsTable t) {
        int n = t.size();
        int[] ids = new int[n];
        Map<Key, Integer> seen = new HashMap<>();
        List<Context> contexts = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Key k = new Key(t.surveyYear(r), t.text(OewsTable.AREA, r), t.text(OewsTable.AREA_TITLE, r),
                    t.text(OewsTable.AREA_TYPE, r), t.text(OewsTable.PRIM_STATE, r), t.text(OewsTable.NAICS, r),
                    t.text(OewsTable.NAICS_TITLE, r), t.text(OewsTable.I_GROUP, r), t.text(OewsTable.OWN_CODE, r),
                    t.text(OewsTable.OWN_TITLE, r));
            Integer id = seen.get(k);
            if (id == null) {
                id = contexts.size();
                seen.put(k, id);
                contexts.add(t.buildContext(r));
            }
            ids[r] = id;
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
