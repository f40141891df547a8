package io.github.wageoutlook.inflation;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.fetch.BlsFetcher;
import io.github.wageoutlook.io.CpiReader;
import io.github.wageoutlook.io.FileFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Entry point to consumer price indexes: the embedded BLS file {@code cpi/cu.data.1.AllItems} (all-items CPI
 * series, U.S. and regions, through January 2024) and any LABSTAT {@code cu.data.*} file a user has.
 *
 * <p>The embedded file is parsed once, on first use, and shared: indexes are immutable.
 *
 * <pre>{@code
 * PriceIndex cpiU = Cpi.u();                           // CUUR0000SA0, annual averages 1913 - 2023
 * PriceIndex now  = Cpi.u().withAnnual(2024, 313.689); // a value published after the file
 * PriceIndex newer = Cpi.read(Path.of("cu.data.1.AllItems"));
 * }</pre>
 */
public final class Cpi {
    /** The embedded file, relative to the datasets root. */
    public static final String EMBEDDED_FILE = "cpi/cu.data.1.AllItems";

    private static volatile Map<String, PriceIndex> embedded;

    private Cpi() {
    }

    /**
     * CPI-U, U.S. city average, all items, not seasonally adjusted (CUUR0000SA0, 1982–84 = 100), from the embedded
     * file.
     *
     * @return the index
     */
    public static PriceIndex u() {
        return embedded(CpiReader.DEFAULT_SERIES);
    }

    /**
     * Any series of the embedded file.
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
     * CPI-U (CUUR0000SA0) from a LABSTAT file, e.g. a newer download of {@code cu.data.1.AllItems}.
     *
     * @param file the file
     * @return the index
     * @throws FileFormatException if the file is unreadable, malformed or lacks the series
     */
    public static PriceIndex read(Path file) {
        return CpiReader.read(file);
    }

    /**
     * One series from a LABSTAT file.
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
        return BlsFetcher.fromEnvironment().cpi(seriesId);
    }

    private static Map<String, PriceIndex> all() {
        Map<String, PriceIndex> m = embedded;
        if (m == null) {
            synchronized (Cpi.class) {
                m = embedded;
                if (m == null) {
                    try (InputStream in = Datasets.open(EMBEDDED_FILE)) {
                        m = CpiReader.readAll(EMBEDDED_FILE, in);
                    } catch (IOException e) {
                        throw FileFormatException.in(EMBEDDED_FILE).cause(e)
                                .problem("the embedded CPI file cannot be read: " + e.getMessage());
                    }
                    embedded = m;
                }
            }
        }
        return m;
    }
}
