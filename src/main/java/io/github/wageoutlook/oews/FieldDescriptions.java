package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.Xlsx;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an OEWS workbook's "Field Descriptions" sheet states that the data sheet needs: the year's top-code (the
 * {@code #} note) and the definition of each {@code OWN_CODE}.
 *
 * @param topCode the top-code, if the sheet states one
 * @param ownerships OWN_CODE to its definition, empty if the sheet defines none
 */
record FieldDescriptions(Optional<TopCode> topCode, Map<String, String> ownerships) {

    /** A file without the sheet (a CSV, a national file before May 2019). */
    static final FieldDescriptions NONE = new FieldDescriptions(Optional.empty(), Map.of());

    FieldDescriptions {
        Objects.requireNonNull(topCode, "topCode must not be null");
        ownerships = Map.copyOf(ownerships);
    }

    /** Reads both from the sheet's cells, in one pass over them. */
    static FieldDescriptions read(Xlsx book, String sheet) {
        Optional<TopCode>[] top = new Optional[] {Optional.empty()};
        Map<String, String>[] own = new Map[] {Map.of()};
        book.forEachRow(sheet, row -> {
            for (String cell : row.cells()) {
                if (top[0].isEmpty()) {
                    top[0] = TopCode.find(cell);
                }
                if (own[0].isEmpty()) {
                    own[0] = Ownership.findDefinitions(cell);
                }
            }
            return top[0].isEmpty() || own[0].isEmpty();
        });
        return new FieldDescriptions(top[0], own[0]);
    }
}
