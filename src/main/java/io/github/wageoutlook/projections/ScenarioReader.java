package io.github.wageoutlook.projections;

import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a scenarios CSV ({@code datasets/projections/scenarios.csv}): a header {@code name, soc_code, occupation,
 * industry, cycle, base_employment, projected_employment, percent_change, source}, then one scenario a row. Give
 * either both employment figures (thousands) or only the percent change (the scenario is then an index, base 100);
 * a row with both checks that they agree to within 0.05 points.
 *
 * <p>Every problem is a {@link FileFormatException} naming the file, line, column and raw value.
 *
 * <pre>{@code List<Scenario> s = ScenarioReader.read("scenarios.csv", in);}</pre>
 */
public final class ScenarioReader {

    /** The columns every scenarios file has. */
    public static final List<String> COLUMNS = List.of("name", "soc_code", "occupation", "industry", "cycle",
            "base_employment", "projected_employment", "percent_change", "source");

    private ScenarioReader() {
    }

    /**
     * Reads the scenarios.
     *
     * @param source the name used in messages
     * @param in UTF-8 text; not closed
     * @return the scenarios, in file order
     * @throws FileFormatException naming line, column and raw value of the first problem
     */
    public static List<Scenario> read(String source, InputStream in) {
        List<Scenario> out = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Csv.forEachRow(source, new InputStreamReader(in, StandardCharsets.UTF_8), row -> {
            if (index.isEmpty()) {
                for (int i = 0; i < row.cells().length; i++) {
                    index.put(row.cell(i).strip().toLowerCase(Locale.ROOT), i);
                }
                for (String c : COLUMNS) {
                    if (!index.containsKey(c)) {
                        throw FileFormatException.in(source).row(row.number()).problem("no column '" + c
                                + "'; the header must hold " + COLUMNS);
                    }
                }
                return true;
            }
            if (!row.isBlank()) {
                out.add(parse(source, row, index));
            }
            return true;
        });
        if (index.isEmpty()) {
            throw FileFormatException.in(source).problem("the file is empty: no header row " + COLUMNS);
        }
        return List.copyOf(out);
    }

    private static Scenario parse(String source, TextRow row, Map<String, Integer> index) {
        String name = cell(row, index, "name");
        Cycle cycle;
        try {
            cycle = Cycle.parse(cell(row, index, "cycle"));
        } catch (IllegalArgumentException e) {
            throw error(source, row, index, "cycle").cause(e).problem(e.getMessage());
        }
        double base = number(source, row, index, "base_employment");
        double projected = number(source, row, index, "projected_employment");
        double percent = number(source, row, index, "percent_change");
        try {
            Projection p;
            if (!Double.isNaN(base) && !Double.isNaN(projected)) {
                p = Projection.of(name, base, projected, cycle);
                if (!Double.isNaN(percent) && Math.abs(p.percentChange() - percent) > 0.05) {
                    throw error(source, row, index, "percent_change").problem(String.format(Locale.US,
                            "disagrees with the employment figures, which give %+.2f%%", p.percentChange()));
                }
            } else if (!Double.isNaN(percent) && Double.isNaN(base) && Double.isNaN(projected)) {
                p = Projection.ofPercent(name, percent, cycle);
            } else {
                throw error(source, row, index, "base_employment").problem(
                        "give both base_employment and projected_employment, or only percent_change");
            }
            return Scenario.of(name, cell(row, index, "soc_code"), cell(row, index, "industry"), p,
                    cell(row, index, "source"));
        } catch (IllegalArgumentException e) {
            throw FileFormatException.in(source).row(row.number()).cause(e).problem(e.getMessage());
        }
    }

    private static String cell(TextRow row, Map<String, Integer> index, String column) {
        return row.cell(index.get(column)).strip();
    }

    private static double number(String source, TextRow row, Map<String, Integer> index, String column) {
        String t = cell(row, index, column);
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t.replace(",", ""));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the cell's location
        }
        throw error(source, row, index, column).problem("not a number");
    }

    private static FileFormatException.Builder error(String source, TextRow row, Map<String, Integer> index,
                                                     String column) {
        return FileFormatException.in(source).row(row.number()).column(column)
                .raw(row.cell(index.get(column)));
    }
}
