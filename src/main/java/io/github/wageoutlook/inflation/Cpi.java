package io.github.wageoutlook.inflation;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.fetch.BlsFetcher;
import io.github.wageoutlook.fetch.CpiFile;
import io.github.wageoutlook.io.FileFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Entry point to consumer price indexes: the two embedded BLS files, and any CPI file a user has in either format
 * BLS publishes.
 *
 * <p>Embedded: the LABSTAT flat file {@code cpi/cu.data.1.AllItems} (every all-items CPI series, U.S. and regions,
 * to September 2025, annual averages to 2024) and the BLS data tool's Series Report of CPI-U,
 * {@code cpi/SeriesReport-CUUR0000SA0-1913-2026.csv} (to June 2026, annual averages to 2025). CPI-U
 * ({@link #u()}) merges the two: every period both hold has the same value in both (checked on load; a
 * disagreement is an error naming both files, the period and the values), and the Series Report adds the later
 * periods. October 2025 is in neither: BLS published no index for it. The files are parsed once, on first use, and
 * shared: indexes are immutable.
 *
 * <pre>{@code
 * PriceIndex cpiU = Cpi.u();                           // CUUR0000SA0, annual averages 1913 - 2025
 * cpiU.annual(2025);                                   // 321.943
 * PriceIndex mine = Cpi.read(Path.of("SeriesReport-20260715.xlsx"));  // LABSTAT or Series Report, by content
 * }</pre>
 */
public final class Cpi {
    /** The embedded LABSTAT flat file, relative to the datasets root. */
    public static final String EMBEDDED_FILE = "cpi/cu.data.1.AllItems";
    /** The embedded Series Report of CPI-U, relative to the datasets root. */
    public static final String EMBEDDED_SERIES_REPORT = "cpi/SeriesReport-CUUR0000SA0-1913-2026.csv";

    private static volatile Map<String, PriceIndex> embedded;

    private Cpi() {
    }

    /**
     * CPI-U, U.S. city average, all items, not seasonally adjusted (CUUR0000SA0, 1982–84 = 100): the embedded flat
     * file and Series Report, merged. Annual averages 1913–2025 (2024: 313.689, 2025: 321.943); months January 1913
     * to June 2026 except October 2025.
     *
     * @return the index
     */
    public static PriceIndex u() {
        return embedded(CpiReader.DEFAULT_SERIES);
    }

    /**
     * Any series of the embedded files (the flat file's; CPI-U merged with the Series Report).
     *
     * @param seriesId e.g. {@code CUSR0000SA0} (seasonally adjusted) or {@code CUUR0200SA0} (Midwest)
     * @return the index
     * @throws FileFormatException naming the file and the series if the file does not hold it
     */
    public static PriceIndex embedded(String seriesId) {
        return CpiReader.select(all(), EMBEDDED_FILE, seriesId);
    }

    /** @return the series ids of the embedded file, in file order */
    public static Set<String> embeddedSeries() {
        return all().keySet();
    }

    /**
     * A price index from a file, in either BLS format, chosen by content: a LABSTAT flat file (its CPI-U series,
     * CUUR0000SA0) or a data-tool Series Report saved as CSV or .xlsx (its series).
     *
     * @param file the file, e.g. a newer {@code cu.data.1.AllItems} or {@code SeriesReport-….xlsx}
     * @return the index
     * @throws FileFormatException if the file is unreadable, malformed or lacks the series
     */
    public static PriceIndex read(Path file) {
        return CpiReader.read(file);
    }

    /**
     * One series from a LABSTAT file or a Series Report.
     *
     * @param file the file
     * @param seriesId the series
     * @return the index
     * @throws FileFormatException if the file is unreadable, malformed or lacks the series
     */
    public static PriceIndex read(Path file, String seriesId) {
        return CpiReader.read(file, seriesId);
    }

    /**
     * CPI-U (CUUR0000SA0) from BLS's current {@code cu.data.1.AllItems} (fetched into the cache, checked against
     * BLS's server once a day): the months and annual averages published after the embedded file. Settings come
     * from the environment; see {@link io.github.wageoutlook.fetch.FetchOptions}.
     *
     * @return the index
     * @throws io.github.wageoutlook.fetch.FetchException when fetching fails
     * @throws FileFormatException if the file is malformed
     */
    public static PriceIndex fetchLatest() {
        return fetchLatest(CpiReader.DEFAULT_SERIES);
    }

    /**
     * One series of BLS's current {@code cu.data.1.AllItems}.
     *
     * @param seriesId e.g. {@code CUSR0000SA0}
     * @return the index
     * @throws io.github.wageoutlook.fetch.FetchException when fetching fails
     * @throws FileFormatException if the file is malformed or lacks the series
     */
    public static PriceIndex fetchLatest(String seriesId) {
        return fetchLatest(seriesId, BlsFetcher.fromEnvironment());
    }

    /**
     * One series of BLS's current {@code cu.data.1.AllItems}, with explicit download settings.
     *
     * @param seriesId e.g. {@code CUUR0000SA0}
     * @param fetcher where and how to download ({@code BlsFetcher.of(options)})
     * @return the index
     * @throws io.github.wageoutlook.fetch.FetchException when fetching fails
     * @throws FileFormatException if the file is malformed or lacks the series (the unreadable copy is removed)
     */
    public static PriceIndex fetchLatest(String seriesId, BlsFetcher fetcher) {
        return fetcher.read(CpiFile.allItems(), path -> CpiReader.read(path, seriesId));
    }

    /**
     * Every series of a CPI flat file fetched from BLS.
     *
     * @param file the file, e.g. {@link CpiFile#allItems()}
     * @param fetcher where and how to download
     * @return the indexes by series id, in file order
     * @throws io.github.wageoutlook.fetch.FetchException when fetching fails
     * @throws FileFormatException if the file is malformed (the unreadable copy is removed)
     */
    public static Map<String, PriceIndex> fetchAll(CpiFile file, BlsFetcher fetcher) {
        return fetcher.read(file, CpiReader::readAll);
    }

    private static Map<String, PriceIndex> all() {
        Map<String, PriceIndex> m = embedded;
        if (m == null) {
            synchronized (Cpi.class) {
                m = embedded;
                if (m == null) {
                    Map<String, PriceIndex> flat = readEmbedded(EMBEDDED_FILE);
                    Map<String, PriceIndex> report = readEmbedded(EMBEDDED_SERIES_REPORT);
                    Map<String, PriceIndex> merged = new LinkedHashMap<>(flat);
                    report.forEach((id, index) -> {
                        try {
                            merged.merge(id, index, PriceIndex::mergedWith);
                        } catch (IllegalArgumentException e) {
                            throw FileFormatException.in(EMBEDDED_SERIES_REPORT).cause(e).problem(e.getMessage());
                        }
                    });
                    m = Collections.unmodifiableMap(merged);
                    embedded = m;
                }
            }
        }
        return m;
    }

    private static Map<String, PriceIndex> readEmbedded(String name) {
        try (InputStream in = Datasets.open(name)) {
            return CpiReader.readAll(name.substring(name.indexOf('/') + 1), in);
        } catch (IOException e) {
            throw FileFormatException.in(name).cause(e)
                    .problem("the embedded CPI file cannot be read: " + e.getMessage());
        }
    }
}
