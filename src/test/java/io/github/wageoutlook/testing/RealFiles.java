package io.github.wageoutlook.testing;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.PublishedBasis;
import io.github.wageoutlook.wages.FigureStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Files for the local BLS server, built at test time from the real BLS files shipped in {@code datasets/}: the
 * national workbooks as published, zipped the way BLS zips them, and workbooks in the state and industry layouts
 * whose figures are real national rows (no real state or industry file ships, so the figures are national ones;
 * the areas are the real FIPS codes, names and postal abbreviations).
 */
public final class RealFiles {
    private RealFiles() {
    }

    /** The 50 states, D.C. and the three territories of BLS's state file: FIPS, name, postal code. */
    public static final List<String[]> STATE_AREAS = List.of(
            new String[] {"1", "Alabama", "AL"}, new String[] {"2", "Alaska", "AK"},
            new String[] {"4", "Arizona", "AZ"}, new String[] {"5", "Arkansas", "AR"},
            new String[] {"6", "California", "CA"}, new String[] {"8", "Colorado", "CO"},
            new String[] {"9", "Connecticut", "CT"}, new String[] {"10", "Delaware", "DE"},
            new String[] {"11", "District of Columbia", "DC"}, new String[] {"12", "Florida", "FL"},
            new String[] {"13", "Georgia", "GA"}, new String[] {"15", "Hawaii", "HI"},
            new String[] {"16", "Idaho", "ID"}, new String[] {"17", "Illinois", "IL"},
            new String[] {"18", "Indiana", "IN"}, new String[] {"19", "Iowa", "IA"},
            new String[] {"20", "Kansas", "KS"}, new String[] {"21", "Kentucky", "KY"},
            new String[] {"22", "Louisiana", "LA"}, new String[] {"23", "Maine", "ME"},
            new String[] {"24", "Maryland", "MD"}, new String[] {"25", "Massachusetts", "MA"},
            new String[] {"26", "Michigan", "MI"}, new String[] {"27", "Minnesota", "MN"},
            new String[] {"28", "Mississippi", "MS"}, new String[] {"29", "Missouri", "MO"},
            new String[] {"30", "Montana", "MT"}, new String[] {"31", "Nebraska", "NE"},
            new String[] {"32", "Nevada", "NV"}, new String[] {"33", "New Hampshire", "NH"},
            new String[] {"34", "New Jersey", "NJ"}, new String[] {"35", "New Mexico", "NM"},
            new String[] {"36", "New York", "NY"}, new String[] {"37", "North Carolina", "NC"},
            new String[] {"38", "North Dakota", "ND"}, new String[] {"39", "Ohio", "OH"},
            new String[] {"40", "Oklahoma", "OK"}, new String[] {"41", "Oregon", "OR"},
            new String[] {"42", "Pennsylvania", "PA"}, new String[] {"44", "Rhode Island", "RI"},
            new String[] {"45", "South Carolina", "SC"}, new String[] {"46", "South Dakota", "SD"},
            new String[] {"47", "Tennessee", "TN"}, new String[] {"48", "Texas", "TX"},
            new String[] {"49", "Utah", "UT"}, new String[] {"50", "Vermont", "VT"},
            new String[] {"51", "Virginia", "VA"}, new String[] {"53", "Washington", "WA"},
            new String[] {"54", "West Virginia", "WV"}, new String[] {"55", "Wisconsin", "WI"},
            new String[] {"56", "Wyoming", "WY"}, new String[] {"66", "Guam", "GU"},
            new String[] {"72", "Puerto Rico", "PR"}, new String[] {"78", "Virgin Islands", "VI"});

    /** The bytes of a shipped dataset, e.g. {@code oews/national_M2024_dl.xlsx}. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Datasets.open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of named entries, in the order given. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** BLS's national zip of a year: the workbook and the field descriptions, in a folder named like the zip. */
    public static byte[] nationalZip(int year) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String folder = String.format(Locale.ROOT, "oesm%02dnat/", year % 100);
        entries.put(folder + "field_descriptions.xlsx", bytes("oews/field_descriptions_M2018.xlsx"));
        entries.put(folder + "national_M" + year + "_dl.xlsx", bytes("oews/national_M" + year + "_dl.xlsx"));
        return zip(entries);
    }

    /** An Excel owner ("lock") file as Excel leaves it beside an open workbook: not a workbook. */
    public static byte[] lockFile() {
        byte[] b = new byte[165];
        byte[] user = "BLS user".getBytes(StandardCharsets.UTF_16LE);
        b[0] = (byte) user.length;
        System.arraycopy(user, 0, b, 1, user.length);
        return b;
    }

    /** Renames every sheet of an .xlsx workbook whose name is {@code from}. */
    public static byte[] renameSheet(byte[] xlsx, String from, String to) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) {
                    String x = new String(data, StandardCharsets.UTF_8);
                    String y = x.replace("name=\"" + from + "\"", "name=\"" + to + "\"");
                    if (x.equals(y)) {
                        throw new IllegalStateException("no sheet " + from);
                    }
                    data = y.getBytes(StandardCharsets.UTF_8);
                }
                entries.put(e.getName(), data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(entries);
    }

    public static final List<String> LAYOUT = List.of("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS",
            "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE",
            "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10",
            "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY");

    /** One row of the 2019+ layout from a real national row, placed in an area and industry. */
    public static List<String> row(OewsTable t, int r, String area, String areaTitle, String areaType, String state,
                            String naics, String naicsTitle, String group) {
        List<String> row = new ArrayList<>(List.of("'" + area, areaTitle, areaType, state, "'" + naics, naicsTitle,
                group, "1235", t.socCode(r), t.row(r).title(), t.row(r).level().code()));
        for (String figure : LAYOUT.subList(LAYOUT.indexOf("TOT_EMP"), LAYOUT.indexOf("ANNUAL"))) {
            FigureStatus s = t.figures(figure).status(r);
            row.add(s == FigureStatus.PUBLISHED ? formatted(t.figures(figure).value(r)) : s.code());
        }
        row.add(t.publishedBasis(r) == PublishedBasis.ANNUAL_ONLY ? "TRUE" : "");
        row.add(t.publishedBasis(r) == PublishedBasis.HOURLY_ONLY ? "TRUE" : "");
        return row;
    }

    private static String formatted(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A state-layout workbook (sheet {@code state_M<year>_dl}): the first rows of the national file in every state. */
    public static byte[] stateWorkbook(int year, int rowsPerState) {
        OewsTable national = Oews.national(year);
        List<List<String>> rows = new ArrayList<>();
        rows.add(LAYOUT);
        for (String[] s : STATE_AREAS) {
            for (int r = 0; r < rowsPerState; r++) {
                rows.add(row(national, r, s[0], s[1], Integer.parseInt(s[0]) > 56 ? "3" : "2", s[2], "000000",
                        "Cross-industry", "cross-industry"));
            }
        }
        return Workbooks.of("state_M" + year + "_dl", rows);
    }

    /** An industry-layout workbook: the first rows of the national file under one NAICS code and I_GROUP. */
    public static byte[] industryWorkbook(int year, String naics, String title, String group, int rows) {
        OewsTable national = Oews.national(year);
        List<List<String>> out = new ArrayList<>();
        out.add(LAYOUT);
        for (int r = 0; r < rows; r++) {
            out.add(row(national, r, "99", "U.S.", "1", "US", naics, title, group));
        }
        return Workbooks.of("nat_" + group, out);
    }
}
