package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.FigureStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * An {@link OewsTable} as a plain Tablesaw {@link Table} and back: the schema of {@link OewsTable#columnNames()},
 * with a {@code _STATUS} text column beside each figure, checked once when a table is read.
 */
final class TablesawForm {

    private static final FigureStatus[] STATUS = FigureStatus.values();

    private TablesawForm() {
    }

    static OewsTable read(Table table) {
        Objects.requireNonNull(table, "table must not be null");
        Map<String, Column<?>> byName = new HashMap<>();
        for (Column<?> c : table.columns()) {
            byName.put(c.name(), c);
        }
        checkSchema(table.name(), byName);
        IntColumn years = (IntColumn) byName.get(OewsTable.YEAR);
        OewsTableBuilder b = OewsTable.builder(table.name(), years.size());
        String[] texts = new String[OewsTable.TEXT_COLUMNS.size()];
        double[] numbers = new double[OewsTable.FIGURES.size()];
        FigureStatus[] status = new FigureStatus[OewsTable.FIGURES.size()];
        for (int r = 0; r < years.size(); r++) {
            for (int i = 0; i < texts.length; i++) {
                texts[i] = ((StringColumn) byName.get(OewsTable.TEXT_COLUMNS.get(i))).get(r);
            }
            for (int f = 0; f < numbers.length; f++) {
                numbers[f] = ((DoubleColumn) byName.get(OewsTable.FIGURES.get(f))).getDouble(r);
                String code = ((StringColumn) byName.get(OewsTable.FIGURES.get(f) + OewsTable.STATUS_SUFFIX)).get(r);
                status[f] = FigureStatus.parse(code).orElse(null);
                if (status[f] == null) {
                    throw new IllegalArgumentException("Table '" + table.name() + "', row " + (r + 1) + ", column "
                            + OewsTable.FIGURES.get(f) + OewsTable.STATUS_SUFFIX + ": '" + code
                            + "': not a figure status ('', *, **, #, ~, blank, absent)");
                }
            }
            b.addRow(years.getInt(r), texts, numbers, status,
                    ((BooleanColumn) byName.get("ANNUAL")).get(r), ((BooleanColumn) byName.get("HOURLY")).get(r));
        }
        return b.build();
    }

    private static void checkSchema(String table, Map<String, Column<?>> columns) {
        requireColumn(table, columns, OewsTable.YEAR, ColumnType.INTEGER);
        OewsTable.TEXT_COLUMNS.forEach(c -> requireColumn(table, columns, c, ColumnType.STRING));
        for (String f : OewsTable.FIGURES) {
            requireColumn(table, columns, f, ColumnType.DOUBLE);
            requireColumn(table, columns, f + OewsTable.STATUS_SUFFIX, ColumnType.STRING);
        }
        OewsTable.FLAGS.forEach(c -> requireColumn(table, columns, c, ColumnType.BOOLEAN));
    }

    private static void requireColumn(String table, Map<String, Column<?>> columns, String name, ColumnType type) {
        Column<?> column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("Table '" + table + "' is not an OEWS table: missing column "
                    + name + " (" + type.name() + "); columns are " + columns.keySet().stream().sorted().toList());
        }
        if (!column.type().equals(type)) {
            throw new IllegalArgumentException("Table '" + table + "': column " + name + " must be "
                    + type.name() + ", is " + column.type().name());
        }
    }

    static Table write(OewsTable t, IntColumn year, StringColumn[] text, DoubleColumn[] values, byte[][] statuses,
                       BooleanColumn annualOnly, BooleanColumn hourlyOnly) {
        List<Column<?>> columns = new ArrayList<>();
        columns.add(year.copy());
        for (StringColumn c : text) {
            columns.add(c.copy());
        }
        for (int f = 0; f < OewsTable.FIGURES.size(); f++) {
            columns.add(values[f].copy());
            String[] codes = new String[t.size()];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = STATUS[statuses[f][r]].code();
            }
            columns.add(StringColumn.create(OewsTable.FIGURES.get(f) + OewsTable.STATUS_SUFFIX, codes));
        }
        columns.add(annualOnly.copy());
        columns.add(hourlyOnly.copy());
        return Table.create(t.name(), columns);
    }
}
