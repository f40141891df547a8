package io.github.wageoutlook.oews;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.soc.GroupLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The OEWS tables shipped in the jar: the national cross-industry tables of May 2014–2025 and the national industry
 * estimates by sector of May 2024, loaded from their compact form once and then shared, and the original workbooks
 * read again on request. {@link Oews#national(int)} and {@link Oews#industries(int)} are the entry points; this class
 * is what they load.
 *
 * <pre>{@code
 * OewsTable t = EmbeddedOews.national(2018);
 * OewsTable fromWorkbook = EmbeddedOews.nationalFromWorkbook(2018);   // the original workbook, read again
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class EmbeddedOews {
    private static volatile Map<Integer, OewsTable> national;
    private static volatile Map<Integer, OewsTable> industries;

    private EmbeddedOews() {
    }

    /**
     * @param year 2014 - 2025
     * @return the embedded national table of that May survey year (shared and immutable)
     * @throws IllegalArgumentException for a year not shipped
     * @throws FileFormatException if the compact form cannot be read
     */
    public static OewsTable national(int year) {
        Map<Integer, OewsTable> tables = national;
        if (tables == null) {
            synchronized (EmbeddedOews.class) {
                tables = national;
                if (tables == null) {
                    tables = loadCompact(Datasets.COMPACT_NATIONAL);
                    national = tables;
                }
            }
        }
        OewsTable t = tables.get(year);
        if (t == null) {
            throw new IllegalArgumentException("Invalid value for year (valid values "
                    + Datasets.OEWS_YEARS.get(0) + " - " + Datasets.OEWS_YEARS.get(Datasets.OEWS_YEARS.size() - 1)
                    + "): " + year);
        }
        return t;
    }

    /**
     * The original national workbook of a year, read again with {@link OewsReader} (slower than
     * {@link #national(int)}, and equal to it: the compact form is generated from these workbooks).
     *
     * @param year 2014 - 2025
     * @return the table
     * @throws IllegalArgumentException for a year not shipped
     */
    public static OewsTable nationalFromWorkbook(int year) {
        if (!Datasets.OEWS_YEARS.contains(year)) {
            national(year);
        }
        return readWorkbook(Datasets.oewsFileName(year), year);
    }

    /**
     * @param year 2024
     * @return the embedded national industry estimates by NAICS sector of that May survey year
     * @throws IllegalArgumentException for a year not shipped
     * @throws FileFormatException if the compact form cannot be read
     */
    public static OewsTable industries(int year) {
        Map<Integer, OewsTable> tables = industries;
        if (tables == null) {
            synchronized (EmbeddedOews.class) {
                tables = industries;
                if (tables == null) {
                    tables = loadCompact(Datasets.COMPACT_INDUSTRIES);
                    industries = tables;
                }
            }
        }
        OewsTable t = tables.get(year);
        if (t == null) {
            throw new IllegalArgumentException("Invalid value for year of the OEWS industry estimates (valid values "
                    + Datasets.OEWS_INDUSTRY_YEARS + "): " + year);
        }
        return t;
    }

    /**
     * The original industry workbook of a year, read again.
     *
     * @param year 2024
     * @return the table
     * @throws IllegalArgumentException for a year not shipped
     */
    public static OewsTable industriesFromWorkbook(int year) {
        if (!Datasets.OEWS_INDUSTRY_YEARS.contains(year)) {
            industries(year);
        }
        return readWorkbook(Datasets.oewsIndustryFileName(year), year);
    }

    /**
     * Each embedded year's national employment by SOC code, at the most detailed level the year publishes the code
     * (a code BLS publishes as both broad and detailed counts once). What the build writes as
     * {@link Datasets#OEWS_EMPLOYMENT} for {@code SocCrosswalk.bls()}.
     *
     * @return survey year → SOC code → employment in jobs ({@code NaN} where BLS released none)
     */
    public static SortedMap<Integer, Map<String, Double>> nationalEmployment() {
        SortedMap<Integer, Map<String, Double>> out = new TreeMap<>();
        for (int year : Datasets.OEWS_YEARS) {
            out.put(year, employmentByCode(national(year)));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** One table's employment by SOC code, each code at its most detailed level; see {@link #nationalEmployment()}. */
    static Map<String, Double> employmentByCode(OewsTable table) {
        Map<String, Double> byCode = new HashMap<>();
        Map<String, GroupLevel> levels = new HashMap<>();
        table.stream().forEach(r -> {
            GroupLevel before = levels.get(r.socCode());
            if (before == null || r.level().compareTo(before) > 0) {
                levels.put(r.socCode(), r.level());
                byCode.put(r.socCode(), r.employment().isAvailable() ? r.employment().value() : Double.NaN);
            }
        });
        return Collections.unmodifiableMap(byCode);
    }

    private static OewsTable readWorkbook(String name, int year) {
        try (InputStream in = Datasets.open("oews/" + name)) {
            return OewsReader.readXlsx(name, in, OptionalInt.of(year));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, OewsTable> loadCompact(String resource) {
        Map<Integer, OewsTable> byYear = new TreeMap<>();
        try (InputStream in = Datasets.open(resource)) {
            for (OewsTable t : CompactOews.read(in)) {
                byYear.put(t.years().get(0), t);
            }
        } catch (IOException e) {
            throw FileFormatException.in(Datasets.ROOT + resource).cause(e)
                    .problem("the embedded compact OEWS data cannot be read: " + e.getMessage());
        }
        return Map.copyOf(byYear);
    }
}
