package io.github.wageoutlook.bench;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.TopCode;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Generates a synthetic OEWS all-areas file in BLS's 2019+ layout from the real national rows of one year: about
 * 600 areas (states, metropolitan and nonmetropolitan areas), each holding a random ~48% of the national occupation
 * list (≈ 400,000 rows), with employment scaled to the area and wages shifted by an area factor and per-row noise,
 * percentiles kept in order. Special values keep the national row's statuses, so the shares of {@code *} and
 * {@code #} follow the real file; wages pushed past the top-code become {@code #}; 0.2% of employment cells are
 * {@code **}. Deterministic for a seed.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.wageoutlook.bench.SyntheticAllAreas target/bench 2024 600 [csv|xlsx|both]</pre>
 */
public final class SyntheticAllAreas {
    static final String[] HEADER = {"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE",
        "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000",
        "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN",
        "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"};

    private SyntheticAllAreas() {
    }

    /**
     * @param args output folder, year, number of areas, and csv, xlsx or both
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2024;
        int areas = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        String formats = args.length > 3 ? args[3] : "both";
        Files.createDirectories(out);
        List<String[]> rows = generate(year, areas, 20261122L);
        if (!formats.equals("xlsx")) {
            Path csv = out.resolve("all_data_M" + year + "_synthetic.csv");
            writeCsv(csv, rows);
            System.out.printf("wrote %s: %,d rows, %,d bytes%n", csv, rows.size(), Files.size(csv));
        }
        if (!formats.equals("csv")) {
            Path xlsx = out.resolve("all_data_M" + year + "_synthetic.xlsx");
            writeXlsx(xlsx, rows);
            System.out.printf("wrote %s: %,d rows, %,d bytes%n", xlsx, rows.size(), Files.size(xlsx));
        }
    }

    static List<String[]> generate(int year, int areas, long seed) {
        OewsTable national = Oews.national(year);
        TopCode top = TopCode.of(year);
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            String area;
            String title;
            String type;
            if (a < 54) {
                area = String.format("%02d", a + 1);
                title = "State " + area;
                type = "2";
            } else if (a < 450) {
                area = String.format("%07d", 10_000 + a * 37);
                title = "Metropolitan area " + a;
                type = "4";
            } else {
                area = String.format("%07d", 100_000 + a * 11);
                title = "Nonmetropolitan area " + a;
                type = "6";
            }
            String state = "S" + (a % 54);
            double size = a < 54 ? 0.02 : a < 450 ? 0.002 : 0.0005;
            double wageFactor = 0.8 + 0.4 * random.nextDouble();
            for (OccupationWages r : national.rows()) {
                if (!r.socCode().equals("00-0000") && random.nextDouble() > 0.48) {
                    continue;
                }
                String[] cells = new String[HEADER.length];
                cells[0] = area;
                cells[1] = title;
                cells[2] = type;
                cells[3] = state;
                cells[4] = "000000";
                cells[5] = "Cross-industry";
                cells[6] = "cross-industry";
                cells[7] = "1235";
                cells[8] = r.socCode();
                cells[9] = r.title();
                cells[10] = r.level().code();
                boolean empMissing = random.nextDouble() < 0.002 || !r.employment().isAvailable();
                double emp = empMissing ? 0 : Math.max(30, Math.round(r.employment().value() * size
                        * (0.5 + random.nextDouble()) / 10.0) * 10.0);
                cells[11] = empMissing ? "**" : fmt(emp, 0);
                cells[12] = empMissing ? "**" : fmt(0.5 + 10 * random.nextDouble(), 1);
                cells[13] = fmt(random.nextDouble() * 20, 3);
                cells[14] = fmt(0.2 + random.nextDouble() * 2, 2);
                cells[15] = "";
                cells[16] = "";
                double rowFactor = wageFactor * (0.95 + 0.1 * random.nextDouble());
                cells[17] = wage(r.hourly().mean(), rowFactor, top, false);
                cells[18] = wage(r.annual().mean(), rowFactor, top, false);
                cells[19] = fmt(0.3 + 3 * random.nextDouble(), 1);
                for (int p = 0; p < 5; p++) {
                    cells[20 + p] = wage(r.hourly().percentiles().get(p), rowFactor, top, true);
                    cells[25 + p] = wage(r.annual().percentiles().get(p), rowFactor, top, true);
                }
                cells[30] = r.publishedBasis().name().equals("ANNUAL_ONLY") ? "TRUE" : "";
                cells[31] = r.publishedBasis().name().equals("HOURLY_ONLY") ? "TRUE" : "";
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String wage(WageFigure f, double factor, TopCode top, boolean topCodable) {
        if (f.status() == FigureStatus.TOP_CODED) {
            return "#";
        }
        if (!f.isAvailable()) {
            return "*";
        }
        double v = f.amount() * factor;
        if (topCodable && v >= top.on(f.basis()).amount()) {
            return "#";
        }
        return f.basis() == WageBasis.HOURLY ? fmt(v, 2) : fmt(Math.round(v / 10) * 10.0, 0);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.US, "%." + decimals + "f", v);
    }

    static void writeCsv(Path file, List<String[]> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER));
            w.newLine();
            for (String[] r : rows) {
                for (int c = 0; c < r.length; c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    String v = r[c];
                    w.write(v.indexOf(',') >= 0 ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                w.newLine();
            }
        }
    }

    static void writeXlsx(Path file, List<String[]> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "wage-outlook-bench", "1.0");
            Worksheet ws = wb.newWorksheet("All May " + "data");
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, HEADER[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (v.isEmpty()) {
                        continue;
                    }
                    boolean numeric = c >= 11 && c <= 29 && !v.startsWith("*") && !v.equals("#") && !v.equals("~");
                    if (numeric) {
                        ws.value(r + 1, c, Double.parseDouble(v));
                    } else {
                        ws.value(r + 1, c, v);
                    }
                }
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }
}
