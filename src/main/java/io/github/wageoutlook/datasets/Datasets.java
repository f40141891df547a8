package io.github.wageoutlook.datasets;

import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The catalogue of the BLS files embedded in the jar: their names, the years shipped, and a way to open them. It knows
 * no domain type: each domain package reads its own files ({@code Oews.national(year)} the OEWS tables,
 * {@code Cpi.u()} CPI-U, {@code Projections.latest()} Employment Projections, {@code SocCrosswalk.bls()} the SOC
 * tables).
 *
 * <p>Resources live under {@code /io/github/wageoutlook/datasets/}: {@code oews/national_M<year>_dl.xlsx} (2014–2025,
 * byte-for-byte as published), {@code oews/natsector_M2024_dl.xlsx} (the national industry estimates by NAICS
 * sector), {@code projections/occupation_<cycle>.xlsx}, {@code cpi/cu.data.1.AllItems} and
 * {@code cpi/SeriesReport-CUUR0000SA0-1913-2026.csv}, {@code soc/soc_2010_to_2018_crosswalk.xlsx} and
 * {@code soc/oes_2019_hybrid_structure.xlsx}; and three files the build derives from the OEWS workbooks (never
 * hand-edited): {@value #COMPACT_NATIONAL} and {@value #COMPACT_INDUSTRIES}, the compact forms of the national and
 * industry workbooks, and {@value #OEWS_EMPLOYMENT}, each embedded year's national employment by SOC code (what
 * {@code SocCrosswalk.bls()} weighs a split code's successors by).
 *
 * <pre>{@code try (InputStream in = Datasets.open("cpi/cu.data.1.AllItems")) { … }}</pre>
 */
public final class Datasets {
    /** The OEWS national survey years shipped, ascending. */
    public static final List<Integer> OEWS_YEARS = IntStream.rangeClosed(2014, 2025).boxed().toList();

    /** The survey years of the shipped OEWS national industry estimates by sector, ascending. */
    public static final List<Integer> OEWS_INDUSTRY_YEARS = List.of(2024);

    /** The compact form of the national workbooks, written by the build. */
    public static final String COMPACT_NATIONAL = "oews-national.bin";

    /** The compact form of the industry workbooks, written by the build beside {@link #COMPACT_NATIONAL}. */
    public static final String COMPACT_INDUSTRIES = "oews-industries.bin";

    /**
     * Each embedded OEWS year's national employment by SOC code, written by the build: a CSV with the header
     * {@code YEAR,OCC_CODE,TOT_EMP}, one row per code at its most detailed published level, {@code TOT_EMP} blank where
     * BLS released no employment.
     */
    public static final String OEWS_EMPLOYMENT = "oews-employment.csv";

    /** Where the embedded files live on the class path. */
    public static final String ROOT = "/io/github/wageoutlook/datasets/";

    private Datasets() {
    }

    /**
     * Opens an embedded resource. The caller closes the stream.
     *
     * @param relativePath e.g. {@code oews/national_M2018_dl.xlsx}
     * @return the stream
     * @throws IllegalArgumentException if no such resource is embedded
     */
    public static InputStream open(String relativePath) {
        InputStream in = Datasets.class.getResourceAsStream(ROOT + relativePath);
        if (in == null) {
            throw new IllegalArgumentException("No embedded dataset '" + relativePath + "' (resources live under "
                    + ROOT + ")");
        }
        return in;
    }

    /**
     * @param year a May survey year
     * @return the name BLS gives the national cross-industry workbook, {@code national_M<year>_dl.xlsx}
     */
    public static String oewsFileName(int year) {
        return "national_M" + year + "_dl.xlsx";
    }

    /**
     * @param year a May survey year
     * @return the name BLS gives the national industry workbook by sector, {@code natsector_M<year>_dl.xlsx}
     */
    public static String oewsIndustryFileName(int year) {
        return "natsector_M" + year + "_dl.xlsx";
    }
}
