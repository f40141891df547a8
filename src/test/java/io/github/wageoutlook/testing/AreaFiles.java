package io.github.wageoutlook.testing;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.PublishedBasis;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.WageFigure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OEWS state, metropolitan, nonmetropolitan and all-data files for tests, in BLS's 2019+ layout, built from real
 * rows: real area codes and titles (U.S. Census Bureau FIPS state codes; OMB MSA codes and OEWS nonmetropolitan area
 * codes as BLS publishes them) and, for each area, the real national figures of one survey year, a different year per
 * area so that no two areas print alike. JOBS_1000 is the row's employment per 1,000 of that year's total
 * employment; LOC_QUOTIENT is that share over the same share in May 2024.
 *
 * <pre>{@code Path state = AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES, "43-4051", "11-1011");}</pre>
 */
public final class AreaFiles {
    /** One area as a file lists it, and the national survey year whose figures it is given. */
    public record AreaRow(String code, String title, String type, String primState, int figuresOf) {
    }

    /** States and a territory. */
    public static final List<AreaRow> STATES = List.of(
            new AreaRow("01", "Alabama", "2", "AL", 2019), new AreaRow("02", "Alaska", "2", "AK", 2020),
            new AreaRow("06", "California", "2", "CA", 2021), new AreaRow("48", "Texas", "2", "TX", 2022),
            new AreaRow("72", "Puerto Rico", "3", "PR", 2023));
    /** Metropolitan areas. */
    public static final List<AreaRow> METROS = List.of(
            new AreaRow("13820", "Birmingham-Hoover, AL", "4", "AL", 2021),
            new AreaRow("33860", "Montgomery, AL", "4", "AL", 2022),
            new AreaRow("10180", "Abilene, TX", "4", "TX", 2023));
    /** Nonmetropolitan areas. */
    public static final List<AreaRow> NONMETROS = List.of(
            new AreaRow("0100001", "Northwest Alabama nonmetropolitan area", "6", "AL", 2019),
            new AreaRow("0100002", "Northeast Alabama nonmetropolitan area", "6", "AL", 2020));
    /** The 2019+ header, as the May 2024 files write it. */
    public static final List<String> HEADER = List.of("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS",
            "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE",
            "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10",
            "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
            "ANNUAL", "HOURLY");

    private AreaFiles() {
    }

    /**
     * The rows of a file: for each area, each SOC code with the figures of the area's year.
     *
     * @param areas the areas
     * @param socCodes the occupations
     * @return header and rows, cells as text ({@code '} before a code keeps it text in a workbook)
     */
    public static List<List<String>> rows(List<AreaRow> areas, String... socCodes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (AreaRow a : areas) {
            OewsTable year = Oews.national(a.figuresOf());
            double total = year.occupation("00-0000").orElseThrow().employment().value();
            double total2024 = Oews.national(2024).occupation("00-0000").orElseThrow().employment().value();
            for (String code : socCodes) {
                OccupationWages r = year.occupation(code).orElseThrow();
                List<String> cells = new ArrayList<>(List.of("'" + a.code(), a.title(), a.type(), a.primState(),
                        "'000000", "Cross-industry", "cross-industry", "'1235", r.socCode(), r.title(),
                        r.level().code(), figure(r.employment()), figure(r.employmentRse())));
                double share = r.employment().value() / total;
                double share2024 = Oews.national(2024).occupation(code).orElseThrow().employment().value() / total2024;
                cells.add(String.format(Locale.US, "%.3f", 1000 * share));
                cells.add(String.format(Locale.US, "%.2f", share / share2024));
                cells.add("");
                cells.add("");
                cells.add(wage(r.hourly().mean()));
                cells.add(wage(r.annual().mean()));
                cells.add(figure(r.meanRse()));
                r.hourly().percentiles().forEach(f -> cells.add(wage(f)));
                r.annual().percentiles().forEach(f -> cells.add(wage(f)));
                cells.add(r.publishedBasis() == PublishedBasis.ANNUAL_ONLY ? "TRUE" : "");
                cells.add(r.publishedBasis() == PublishedBasis.HOURLY_ONLY ? "TRUE" : "");
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The header of BLS's state files before May 2019 (state_M2017_dl.xlsx): no AREA_TITLE, the state in STATE. */
    public static final List<String> PRE_2019_STATE_HEADER = List.of("AREA", "ST", "STATE", "OCC_CODE", "OCC_TITLE",
            "OCC_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "H_MEAN", "A_MEAN", "MEAN_PRSE",
            "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75",
            "A_PCT90", "ANNUAL", "HOURLY");

    /**
     * The rows of a state file in the layout before May 2019: the same figures as {@link #rows}, the area code as
     * the number a workbook stores ({@code 1} for Alabama), the postal code in {@code ST}, the name in {@code STATE}.
     *
     * @param areas states or territories
     * @param socCodes the occupations
     * @return header and rows
     */
    public static List<List<String>> pre2019StateRows(List<AreaRow> areas, String... socCodes) {
        List<List<String>> modern = rows(areas, socCodes);
        List<List<String>> rows = new ArrayList<>();
        rows.add(PRE_2019_STATE_HEADER);
        for (List<String> r : modern.subList(1, modern.size())) {
            List<String> cells = new ArrayList<>();
            for (String column : PRE_2019_STATE_HEADER) {
                String name = switch (column) {
                    case "ST" -> "PRIM_STATE";
                    case "STATE" -> "AREA_TITLE";
                    case "OCC_GROUP" -> "O_GROUP";
                    default -> column;
                };
                String cell = r.get(HEADER.indexOf(name));
                cells.add(column.equals("AREA") ? Integer.toString(Integer.parseInt(cell.substring(1))) : cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Writes a file of the areas: a workbook for a {@code .xlsx} name, CSV otherwise.
     *
     * @param dir the folder
     * @param name the file name, e.g. {@code state_M2024_dl.xlsx} (its year is the survey year)
     * @param areas the areas
     * @param socCodes the occupations
     * @return the file
     */
    public static Path write(Path dir, String name, List<AreaRow> areas, String... socCodes) {
        return write(dir, name, rows(areas, socCodes));
    }

    /**
     * Writes rows as a workbook ({@code .xlsx}) or CSV.
     *
     * @param dir the folder
     * @param name the file name
     * @param rows header and rows
     * @return the file
     */
    public static Path write(Path dir, String name, List<List<String>> rows) {
        Path file = dir.resolve(name);
        try {
            if (name.endsWith(".xlsx")) {
                Files.write(file, Workbooks.of(name.replace(".xlsx", ""), rows));
            } else {
                StringBuilder b = new StringBuilder();
                for (List<String> row : rows) {
                    List<String> cells = row.stream().map(c -> c.startsWith("'") ? c.substring(1) : c)
                            .map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                            .toList();
                    b.append(String.join(",", cells)).append("\r\n");
                }
                Files.writeString(file, b, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String figure(Figure f) {
        return f.isAvailable() ? number(f.raw()) : f.status().code();
    }

    private static String wage(WageFigure f) {
        return f.isLowerBound() ? "#" : f.isAvailable() ? number(f.amount()) : f.status().code();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
