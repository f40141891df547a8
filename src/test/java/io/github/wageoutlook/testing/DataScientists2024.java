package io.github.wageoutlook.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real state figures for tests of places: OEWS May 2024 estimates of data scientists (SOC 15-2051) in six states and
 * D.C., as BLS's OEWS data query tool exported them ("One occupation for multiple geographical areas",
 * {@code OES_Report_M2024_15-2051_by_state.csv}, data extracted November 05, 2025), written in the layout of BLS's
 * state file ({@link AreaFiles#HEADER}). BLS's "(8) -" (estimate not released) is written as the state file writes
 * it: {@code *} for a wage, {@code **} for employment. California: median $136,800, P90 $221,080.
 */
public final class DataScientists2024 {
    private DataScientists2024() {
    }

    /** Area, title, USPS; TOT_EMP, EMP_PRSE, JOBS_1000, LOC_QUOTIENT; H_MEAN, A_MEAN, MEAN_PRSE; H_, A_PCT10–90. */
    private static final String[][] ROWS = {
        {"01", "Alabama", "AL", "1620", "18.8", "0.773", "0.5", "49.51", "102970", "4.0",
            "29.72", "36.63", "50.68", "61.66", "71.14", "61810", "76180", "105410", "128250", "147980"},
        {"06", "California", "CA", "36850", "3.2", "2.041", "1.4", "74.74", "155450", "3.2",
            "35.29", "47.34", "65.77", "85.33", "106.29", "73390", "98460", "136800", "177480", "221080"},
        {"10", "Delaware", "DE", "540", "8.5", "1.129", "0.8", "*", "*", "*",
            "*", "*", "*", "*", "*", "*", "*", "*", "*", "*"},
        {"11", "District of Columbia", "DC", "3580", "13.4", "5.047", "3.3", "71.24", "148170", "5.1",
            "39.52", "49.25", "65.92", "100.29", "100.29", "82210", "102440", "137120", "208600", "208600"},
        {"28", "Mississippi", "MS", "270", "9.6", "0.232", "0.2", "37.42", "77830", "3.5",
            "20.65", "25.95", "33.38", "46.71", "53.85", "42950", "53980", "69430", "97150", "112010"},
        {"48", "Texas", "TX", "23420", "4.9", "1.691", "1.1", "55.19", "114800", "1.4",
            "29.44", "39.01", "51.22", "66.15", "81.40", "61230", "81140", "106540", "137590", "169310"},
        {"56", "Wyoming", "WY", "**", "**", "**", "**", "41.10", "85480", "15.4",
            "23.65", "23.65", "46.08", "46.81", "62.44", "49190", "49190", "95840", "97370", "129880"},
    };

    /** @return the header and one row per area, cells as text ({@code '} before a code keeps it text in a workbook) */
    public static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(AreaFiles.HEADER);
        for (String[] r : ROWS) {
            List<String> cells = new ArrayList<>(List.of("'" + r[0], r[1], "2", r[2], "'000000", "Cross-industry",
                    "cross-industry", "'1235", "15-2051", "Data Scientists", "detailed", r[3], r[4], r[5], r[6], "",
                    ""));
            for (int i = 7; i < r.length; i++) {
                cells.add(r[i]);
            }
            cells.add("");
            cells.add("");
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Writes the rows as a state file.
     *
     * @param dir the folder
     * @param name the file name, e.g. {@code state_M2024_dl.csv} (its year is the survey year)
     * @return the file
     */
    public static Path write(Path dir, String name) {
        return AreaFiles.write(dir, name, rows());
    }
}
