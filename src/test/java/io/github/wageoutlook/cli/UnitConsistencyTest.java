package io.github.wageoutlook.cli;

import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.inflation.WageHistory;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One unit per column, on every row, in every format: every command that prints rows is run over the embedded
 * years in CSV and JSON (the same values in both), each column's unit is declared here, and every value is checked
 * against its unit — by recomputation where the data allow (constant dollars from OEWS and CPI-U), by range
 * otherwise. A column no unit is declared for fails the test, so a new column must say what it holds. The text and
 * library forms of the history, where a nominal figure once sat in a constant-dollar column, are checked too.
 */
class UnitConsistencyTest {

    /** What a column holds; the check a value must pass given its row. */
    private enum Unit {
        TEXT((v, r) -> v == null || v instanceof String),
        FLAG((v, r) -> v instanceof Boolean),
        YEAR((v, r) -> v == null || isNumber(v) && num(v) >= 1913 && num(v) <= 2100 && num(v) == Math.rint(num(v))),
        PERSONS((v, r) -> v == null || isNumber(v) && num(v) >= 0 && num(v) == Math.rint(num(v))),
        THOUSANDS_OF_JOBS((v, r) -> v == null || isNumber(v) && Math.abs(num(v)) < 200_000),
        HOURLY_DOLLARS((v, r) -> v == null || isNumber(v) && num(v) > 0 && num(v) < 5_000),
        ANNUAL_DOLLARS((v, r) -> v == null || isNumber(v) && num(v) >= 5_000 && num(v) < 10_400_000),
        /** Dollars on the basis named by the row's {@code basis} column. */
        DOLLARS_OF_BASIS((v, r) -> v == null || ("hourly".equals(r.get("basis")) ? HOURLY_DOLLARS : ANNUAL_DOLLARS)
                .check.test(v, r)),
        PERCENT((v, r) -> v == null || isNumber(v) && Math.abs(num(v)) < 1_000),
        /** A growth rate as a fraction: +1.2% is 0.012. */
        FRACTION((v, r) -> v == null || isNumber(v) && Math.abs(num(v)) < 1),
        PERCENTILE((v, r) -> isNumber(v) && num(v) > 0 && num(v) < 100),
        /** A distance between two percentiles, in percentile points: 0 up to under 100. */
        PERCENTILE_POINTS((v, r) -> isNumber(v) && num(v) >= 0 && num(v) < 100),
        INDEX_VALUE((v, r) -> v == null || isNumber(v) && num(v) > 0 && num(v) < 1_000),
        /** A ratio of index values, to 0.000001 as the text prints it. */
        FACTOR((v, r) -> isNumber(v) && num(v) > 0 && atMostDecimals(num(v), 6)),
        /** A change in dollars on the row's basis, e.g. a yearly raise; may be negative. */
        DOLLAR_CHANGE((v, r) -> v == null || isNumber(v) && Math.abs(num(v)) < 10_400_000),
        /** Dollars of the row's {@code from_period} (inflate). */
        AMOUNT((v, r) -> isNumber(v)),
        /** An amount of money to the cent (inflate's result). */
        CENTS((v, r) -> isNumber(v) && atMostDecimals(num(v), 2)),
        /** Jobs in the occupation per 1,000 jobs in the area (JOBS_1000). */
        JOBS_PER_THOUSAND((v, r) -> v == null || isNumber(v) && num(v) >= 0 && num(v) <= 1_000),
        /** A location quotient: the area's share of the occupation over the nation's (LOC_QUOTIENT). */
        RATIO((v, r) -> v == null || isNumber(v) && num(v) >= 0 && num(v) < 1_000),
        /** A 1-based rank; empty on a reference row that is not ranked. */
        RANK((v, r) -> v == null || isNumber(v) && num(v) >= 1 && num(v) == Math.rint(num(v))),
        /** PCT10 … PCT90 of a history: recomputed from OEWS and CPI-U; see {@link #historyValue}. */
        HISTORY_DOLLARS((v, r) -> true);

        final BiPredicate<Object, Map<String, Object>> check;

        Unit(BiPredicate<Object, Map<String, Object>> check) {
            this.check = check;
        }
    }

    private static final Map<String, Map<String, Unit>> UNITS = new LinkedHashMap<>();
    /** The relative standard errors (percent) and the small-estimate flag of profile and compare. */
    private static final String RSE = "employment_rse_percent PERCENT, employment_rse_status TEXT, "
            + "wage_rse_percent PERCENT, wage_rse_status TEXT, small_estimate FLAG, ";

    static {
        UNITS.put("profile", units("year YEAR, soc_code TEXT, title TEXT, level TEXT, employment PERSONS, "
                + RSE + "statistic TEXT, hourly HOURLY_DOLLARS, annual ANNUAL_DOLLARS, hourly_status TEXT, "
                + "annual_status TEXT, area TEXT, area_title TEXT, area_type TEXT, naics TEXT, naics_title TEXT, own_code TEXT, own_title TEXT, "
                + "jobs_1000 JOBS_PER_THOUSAND, jobs_1000_status TEXT, loc_quotient RATIO, loc_quotient_status TEXT, "
                + "pct_total PERCENT, pct_total_status TEXT, pct_rpt PERCENT, pct_rpt_status TEXT"));
        UNITS.put("compare", units("rank RANK, year YEAR, soc_code TEXT, title TEXT, employment PERSONS, "
                + "employment_status TEXT, " + RSE + "area TEXT, area_title TEXT, area_type TEXT, naics TEXT, naics_title TEXT, own_code TEXT, own_title TEXT, "
                + "jobs_1000 JOBS_PER_THOUSAND, jobs_1000_status TEXT, loc_quotient RATIO, loc_quotient_status TEXT, "
                + "pct_total PERCENT, pct_total_status TEXT, pct_rpt PERCENT, pct_rpt_status TEXT, basis TEXT, mean DOLLARS_OF_BASIS, mean_status TEXT, "
                + "p10 DOLLARS_OF_BASIS, p10_status TEXT, p25 DOLLARS_OF_BASIS, p25_status TEXT, "
                + "median DOLLARS_OF_BASIS, median_status TEXT, p75 DOLLARS_OF_BASIS, p75_status TEXT, "
                + "p90 DOLLARS_OF_BASIS, p90_status TEXT"));
        // compare OCC OCC … and compare OCC --similar (no --by), and similar: one row per occupation
        String sideBySide = "row RANK, soc_code TEXT, title TEXT, in_context FLAG, onet_index RANK, relatedness TEXT, "
                + "onet_code TEXT, related_to TEXT, oews_linkage TEXT, year YEAR, area TEXT, area_title TEXT, "
                + "naics TEXT, naics_title TEXT, own_code TEXT, own_title TEXT, employment PERSONS, "
                + "employment_status TEXT, annual_median ANNUAL_DOLLARS, annual_median_status TEXT, "
                + "hourly_median HOURLY_DOLLARS, hourly_median_status TEXT, annual_p10 ANNUAL_DOLLARS, "
                + "annual_p10_status TEXT, annual_p90 ANNUAL_DOLLARS, annual_p90_status TEXT, "
                + "hourly_p10 HOURLY_DOLLARS, hourly_p10_status TEXT, hourly_p90 HOURLY_DOLLARS, "
                + "hourly_p90_status TEXT, projection_cycle TEXT, projection_code TEXT, "
                + "employment_change_percent PERCENT, descriptor TEXT, annual_openings_thousands THOUSANDS_OF_JOBS, "
                + "education TEXT, work_experience TEXT, on_the_job_training TEXT, experience_brackets TEXT, "
                + "note TEXT";
        UNITS.put("compare-occupations", units(sideBySide));
        UNITS.put("similar", units(sideBySide));
        UNITS.put("rank", units("year YEAR, soc_code TEXT, title TEXT, basis TEXT, wage DOLLARS_OF_BASIS, "
                + "percentile PERCENTILE, lower_bound FLAG, upper_bound FLAG, bracket TEXT"));
        UNITS.put("percentile", units("year YEAR, soc_code TEXT, title TEXT, basis TEXT, percentile PERCENTILE, "
                + "wage DOLLARS_OF_BASIS, lower_bound FLAG, source TEXT, neighbour_estimate DOLLARS_OF_BASIS, "
                + "neighbour_estimate_lower_bound FLAG, neighbour_years PERSONS, extrapolated_points PERCENTILE_POINTS, "
                + "extrapolated_from TEXT"));
        UNITS.put("group", units("year YEAR, soc_code TEXT, title TEXT, basis TEXT, statistic TEXT, mixture DOLLARS_OF_BASIS, "
                + "lower_bound FLAG, mixture_unclamped DOLLARS_OF_BASIS, members PERSONS, employment PERSONS, "
                + "bls_published DOLLARS_OF_BASIS, bls_status TEXT, comparison TEXT, difference_percent PERCENT"));
        UNITS.put("experience", units("occupation_code TEXT, kind TEXT, label TEXT, from_years PERSONS, "
                + "to_years PERSONS, basis TEXT, currency_year YEAR, survey_pay DOLLARS_OF_BASIS, "
                + "curve_pay DOLLARS_OF_BASIS, raise_next_year DOLLAR_CHANGE, raise_next_year_percent PERCENT, "
                + "note TEXT"));
        UNITS.put("outlook", units("cycle TEXT, soc_code TEXT, cycle_code TEXT, linkage TEXT, cycle_title TEXT, "
                + "base_employment_thousands THOUSANDS_OF_JOBS, projected_employment_thousands THOUSANDS_OF_JOBS, "
                + "change_thousands THOUSANDS_OF_JOBS, percent_change PERCENT, cagr_percent PERCENT, "
                + "annual_openings_thousands THOUSANDS_OF_JOBS, descriptor TEXT, all_occupations_percent_change "
                + "PERCENT, oews_from_year YEAR, oews_to_year YEAR, realized_cagr_percent PERCENT, "
                + "error_points_per_year PERCENT, backtest_status TEXT, note TEXT"));
        UNITS.put("history", units("year YEAR, soc_code TEXT, title TEXT, linkage TEXT, comparable FLAG, "
                + "employment PERSONS, index INDEX_VALUE, basis TEXT, dollars_of YEAR, nominal_median DOLLARS_OF_BASIS, "
                + "p10 HISTORY_DOLLARS, p10_status TEXT, p25 HISTORY_DOLLARS, p25_status TEXT, "
                + "median HISTORY_DOLLARS, median_status TEXT, p75 HISTORY_DOLLARS, p75_status TEXT, "
                + "p90 HISTORY_DOLLARS, p90_status TEXT, real_median_growth_percent PERCENT, note TEXT"));
        UNITS.put("inflate", units("series_id TEXT, amount AMOUNT, from_period TEXT, to_period TEXT, "
                + "from_index INDEX_VALUE, to_index INDEX_VALUE, from_interpolated FLAG, to_interpolated FLAG, "
                + "factor FACTOR, adjusted_amount CENTS"));
    }

    private static Map<String, Unit> units(String spec) {
        Map<String, Unit> m = new LinkedHashMap<>();
        for (String part : spec.split(",\\s*")) {
            String[] kv = part.strip().split("\\s+");
            m.put(kv[0], Unit.valueOf(kv[1]));
        }
        return m;
    }

    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        for (int year : Oews.nationalYears()) {
            String y = Integer.toString(year);
            for (String code : List.of("43-4051", "11-1011", "25-2021")) {
                all.add(List.of("profile", code, "--year", y));
            }
            all.add(List.of("rank", "43-4051", "40000", "--year", y));
            all.add(List.of("rank", "43-4051", "20", "--hourly", "--year", y));
            all.add(List.of("percentile", "43-4051", "95", "--year", y));
            all.add(List.of("percentile", "11-1011", "90", "--year", y));
            all.add(List.of("group", "43", "--year", y));
            all.add(List.of("group", "43", "--hourly", "--year", y));
        }
        // A top-coded P90 with an estimate from a neighbouring year (11-2031 existed until SOC 2018).
        all.add(List.of("percentile", "11-2031", "90", "--year", "2014"));
        for (String by : List.of("industry", "ownership")) {
            all.add(List.of("compare", "43-4051", "--by", by, "--year", "2024"));
            all.add(List.of("compare", "11-1011", "--by", by, "--year", "2024", "--hourly"));
        }
        for (String year : List.of("2018", "2025")) {
            all.add(List.of("compare", "43-4051", "43-4171", "39-6012", "11-9081", "--year", year));
            all.add(List.of("compare", "43-4051", "--similar", "--year", year));
            all.add(List.of("similar", "11-1011", "--year", year, "--sort", "median"));
        }
        all.add(List.of("compare", "43-4051", "legislators", "--industry", "56", "--year", "2024"));
        all.add(List.of("compare", "11-1011", "29-1211", "--year", "2024", "--hourly"));
        all.add(List.of("experience", "43-4051"));
        for (String code : List.of("43-4051", "15-1252", "15-1132")) {
            all.add(List.of("outlook", code));
        }
        for (String code : List.of("43-4051", "15-1252", "15-1132", "11-1011", "25-2021", "11-1031")) {
            all.add(List.of("history", code));
            all.add(List.of("history", code, "--dollars", "2017"));
            all.add(List.of("history", code, "--nominal"));
            all.add(List.of("history", code, "--hourly"));
        }
        all.add(List.of("inflate", "100", "1950", "--to", "2017"));
        all.add(List.of("inflate", "100", "1950-01", "--to", "2018-01"));
        all.add(List.of("inflate", "100", "2025-10", "--to", "2026-06", "--interpolate"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyColumn_holdsOneUnitOnEveryRow_inCsvAndJson(List<String> words) {
        List<Map<String, Object>> json = jsonRows(run(words, "json"));
        List<Map<String, String>> csv = csvRows(run(words, "csv"));
        assertEquals(json.size(), csv.size(), "rows of " + words);
        assertTrue(!json.isEmpty(), "no rows for " + words);
        Map<String, Unit> units = UNITS.get(words.get(0).equals("compare") && !words.contains("--by")
                ? "compare-occupations" : words.get(0));
        for (int i = 0; i < json.size(); i++) {
            Map<String, Object> row = json.get(i);
            assertEquals(units.keySet(), row.keySet(), "columns of " + words + " (declare a unit for a new one)");
            for (Map.Entry<String, Unit> c : units.entrySet()) {
                Object v = row.get(c.getKey());
                assertTrue(c.getValue().check.test(v, row), words + " row " + (i + 1) + " column " + c.getKey()
                        + " (" + c.getValue() + "): " + v);
                String text = csv.get(i).get(c.getKey());
                assertEquals(v == null ? "" : v instanceof Number n ? text.isEmpty() ? "?" : sameNumber(n, text)
                        : String.valueOf(v), text, words + " CSV row " + (i + 1) + " column " + c.getKey());
            }
            if (words.get(0).equals("history")) {
                checkHistoryRow(words, row);
            }
        }
        for (String c : units.keySet()) {
            if (c.equals("basis") || c.equals("dollars_of") || c.equals("currency_year") || c.equals("series_id")) {
                Set<Object> distinct = new HashSet<>();
                json.forEach(r -> distinct.add(r.get(c)));
                assertEquals(1, distinct.size(), words + ": column " + c + " names the unit of others, one value");
            }
        }
    }

    /**
     * PCT10 … PCT90 recomputed: nominal × I(dollars_of) / I(year), or nominal in a nominal history, at BLS's published
     * precision as machine output prints it (annual to $10, hourly to the cent).
     */
    private static void checkHistoryRow(List<String> words, Map<String, Object> row) {
        int year = (int) num(row.get("year"));
        OccupationWages r = Oews.national(year).occupation((String) row.get("soc_code")).orElseThrow();
        WageBasis basis = words.contains("--hourly") ? WageBasis.HOURLY : WageBasis.ANNUAL;
        WageSummary w = r.wages(basis);
        PriceIndex cpi = Cpi.u();
        String[] columns = {"p10", "p25", "median", "p75", "p90"};
        for (int p = 0; p < 5; p++) {
            Object v = row.get(columns[p]);
            WageFigure nominal = w.percentiles().get(p);
            if (!nominal.isAvailable()) {
                assertEquals(null, v, words + " " + year + " " + columns[p]);
                continue;
            }
            assertNotNull(v, words + " " + year + " " + columns[p]);
            double exact = row.get("dollars_of") == null ? nominal.amount()
                    : nominal.amount() * cpi.annual((int) num(row.get("dollars_of"))) / cpi.annual(year);
            double expected = Wage.of(exact, basis).rounded().amount();
            assertEquals(expected, num(v), 1e-9 * expected, words + " " + year + " " + columns[p]);
        }
    }

    @Test
    void history_libraryTableAndText_aYearTheIndexLacks_isEmptyOrNa_neverNominal() {
        PriceIndex to2023 = PriceIndex.of("CUUR0000SA0", "annual averages to 2023",
                Cpi.u().annualAverages().headMap(2024), Map.of());
        WageHistory h = WageHistory.of("43-4051", to2023).inDollarsOf(2023);
        Table t = h.toTable();
        for (int r = 0; r < t.rowCount(); r++) {
            int year = t.intColumn("YEAR").getInt(r);
            assertEquals(2023, t.intColumn("DOLLARS_OF").getInt(r), "DOLLARS_OF is the column's unit, every row");
            for (String c : List.of("PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90")) {
                assertEquals(year > 2023, t.doubleColumn(c).isMissing(r), year + " " + c);
            }
            assertEquals(year > 2023, !t.stringColumn("NOTE").get(r).isEmpty(), year + " NOTE");
        }
        for (String line : h.toString().lines().filter(l -> l.matches("20\\d\\d  .*")).toList()) {
            String[] cells = line.trim().split("\\s{2,}");
            int year = Integer.parseInt(cells[0]);
            List<String> band = List.of(cells).subList(6, 11);
            if (year > 2023) {
                assertEquals(List.of("n/a", "n/a", "n/a", "n/a", "n/a"), band, line);
            } else {
                assertTrue(band.stream().allMatch(c -> c.startsWith("$") || c.startsWith("≥ $")), line);
            }
        }
    }

    @Test
    void fanChart_everyLayerIsOnTheChartsBasis() {
        for (String code : List.of("15-1252", "43-4051", "11-1011")) {
            var fan = io.github.wageoutlook.charts.Charts.percentileFan(code);
            for (var layer : fan.layers()) {
                List<Double> ys = layer instanceof io.github.wageoutlook.charts.Chart.Band b
                        ? Stream.concat(b.lower().stream(), b.upper().stream()).toList()
                        : ((io.github.wageoutlook.charts.Chart.Line) layer).y();
                ys.forEach(y -> assertTrue(y >= 5_000, code + " " + layer.name() + ": " + y + " is not annual"));
            }
        }
    }

    private static String run(List<String> words, String format) {
        List<String> args = new ArrayList<>(words);
        args.add("--format");
        args.add(format);
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), words + ": " + r.err());
        return r.out();
    }

    private static List<Map<String, Object>> jsonRows(String text) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(text)) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) o).forEach((k, v) -> m.put((String) k, v));
            rows.add(m);
        }
        return rows;
    }

    /** RFC 4180 rows of CSV text, as header → cell text. */
    private static List<Map<String, String>> csvRows(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                cells.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                records.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            assertEquals(header.size(), rec.size(), "CSV cells per row: " + rec);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), rec.get(i));
            }
            out.add(m);
        }
        return out;
    }

    private static String sameNumber(Number n, String text) {
        return Double.parseDouble(text) == n.doubleValue() ? text : "≠ " + n;
    }

    private static boolean atMostDecimals(double v, int decimals) {
        double scaled = v * Math.pow(10, decimals);
        return Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
    }

    private static boolean isNumber(Object v) {
        return v instanceof Number;
    }

    private static double num(Object v) {
        return ((Number) Objects.requireNonNull(v, "value")).doubleValue();
    }
}
