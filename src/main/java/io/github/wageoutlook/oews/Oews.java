package io.github.wageoutlook.oews;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.fetch.BlsFetcher;
import io.github.wageoutlook.fetch.OewsFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point to OEWS wage data: the embedded national tables of May 2014–2025, the embedded national industry
 * estimates by NAICS sector of May 2024, and any OEWS file a user has (national, state, metropolitan, all-data,
 * industry).
 *
 * <pre>{@code
 * OewsTable y2018 = Oews.national(2018);                 // from the jar, no download
 * OewsTable sectors = Oews.industries(2024);             // 20 sector × ownership groups
 * OewsTable mine  = Oews.read(Path.of("state_M2023_dl.xlsx")).area("AL");
 * OewsTable texas = Oews.fetch(OewsFile.state(2024)).area("48");   // downloaded from BLS once, then cached
 * }</pre>
 */
public final class Oews {
    private Oews() {
    }

    /**
     * The embedded national cross-industry table of a May survey year.
     *
     * @param year 2014 - 2025
     * @return the table (shared and immutable)
     * @throws IllegalArgumentException for a year not shipped
     */
    public static OewsTable national(int year) {
        return EmbeddedOews.national(year);
    }

    /** @return the shipped survey years, ascending (2014 - 2025) */
    public static List<Integer> nationalYears() {
        return Datasets.OEWS_YEARS;
    }

    /**
     * The latest shipped survey year, the default year of every query and command that takes one.
     *
     * @return 2025 (May 2025 estimates, released by BLS in May 2026)
     */
    public static int latestYear() {
        List<Integer> years = nationalYears();
        return years.get(years.size() - 1);
    }

    /**
     * The embedded national industry estimates of a May survey year, by NAICS sector (BLS's {@code natsector} file):
     * every occupation in each of the 20 sector × ownership groups BLS publishes, e.g. sector 56, administrative and
     * support and waste management and remediation services (which holds telephone call centers, NAICS 561420), for
     * private employers (OWN_CODE 5).
     *
     * @param year 2024
     * @return the table (shared and immutable); narrow it with {@link OewsTable#industry(String)}
     * @throws IllegalArgumentException for a year not shipped
     */
    public static OewsTable industries(int year) {
        return EmbeddedOews.industries(year);
    }

    /** @return the survey years of the shipped industry estimates, ascending */
    public static List<Integer> industryYears() {
        return Datasets.OEWS_INDUSTRY_YEARS;
    }

    /** @return every shipped national year stacked in one table, oldest first */
    public static OewsTable nationalAllYears() {
        return OewsTable.concat(nationalYears().stream().map(Oews::national).toList());
    }

    /**
     * Reads an OEWS file (national, state, metropolitan and nonmetropolitan, all-data or industry; .xlsx or CSV,
     * chosen by content), every column kept; narrow it with {@link OewsTable#area(String)},
     * {@link OewsTable#industry(String)} and {@link OewsTable#ownership(String)}.
     *
     * @param path the file; its name gives the year unless it has a YEAR column
     * @return the table
     * @throws io.github.wageoutlook.io.FileFormatException naming file, sheet, row, column and raw value
     */
    public static OewsTable read(Path path) {
        return OewsReader.read(path);
    }

    /**
     * Reads an OEWS file whose name does not tell the survey year.
     *
     * @param path the file
     * @param year the May reference year
     * @return the table
     */
    public static OewsTable read(Path path, int year) {
        return OewsReader.read(path, year);
    }

    /**
     * Fetches an OEWS table from BLS (or the cache) and reads it: the state, metropolitan, all-data and industry
     * files that the jar does not ship, and the national file of a year it does not ship. Settings (contact e-mail,
     * cache folder, offline mode) come from the environment; see {@link io.github.wageoutlook.fetch.FetchOptions},
     * and {@link BlsFetcher#of} for explicit options.
     *
     * @param file the table, e.g. {@code OewsFile.state(2024)}
     * @return the table, with every area (and industry) of the file
     * @throws io.github.wageoutlook.fetch.NotCachedException offline, when the file is not cached (naming the
     *         command that fetches it)
     * @throws io.github.wageoutlook.fetch.FetchException when BLS's server refuses or keeps failing, or no contact
     *         e-mail is set
     * @throws io.github.wageoutlook.io.FileFormatException if the data cannot be read
     */
    public static OewsTable fetch(OewsFile file) {
        return fetch(file, BlsFetcher.fromEnvironment());
    }

    /**
     * Fetches an OEWS table with explicit download settings ({@code BlsFetcher.of(options)}), choosing the data
     * workbook inside the zip by content (see {@link OewsFile}).
     *
     * @param file the table, e.g. {@code OewsFile.state(2024)}
     * @param fetcher where and how to download (cache folder, contact e-mail, offline mode, listener)
     * @return the table, with every area (and industry) of the file
     * @throws io.github.wageoutlook.fetch.FetchException as {@link #fetch(OewsFile)}
     * @throws io.github.wageoutlook.io.FileFormatException naming the zip entry, sheet, row, column and raw value if
     *         the data cannot be read (the unreadable copy is removed from the cache)
     */
    public static OewsTable fetch(OewsFile file, BlsFetcher fetcher) {
        return fetcher.read(file, zip -> OewsReader.readZip(zip, file));
    }
}
