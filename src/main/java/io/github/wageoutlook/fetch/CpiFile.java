package io.github.wageoutlook.fetch;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CPI LABSTAT flat file, as BLS publishes it at {@code https://download.bls.gov/pub/time.series/cu/<name>}:
 * tab-separated {@code series_id, year, period, value, footnote_codes}. {@code cu.data.1.AllItems} holds every
 * all-items series (CPI-U U.S. city average {@code CUUR0000SA0} among them) from 1913 to the latest month; BLS
 * rewrites it each month, so a cached copy older than {@link FetchOptions#maxAge()} is checked against BLS's server
 * before use.
 *
 * <pre>{@code PriceIndex cpiU = Cpi.fetchLatest();   // reads cu.data.1.AllItems}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the file name in BLS's {@code cu} folder, e.g. {@code cu.data.1.AllItems}
 */
public record CpiFile(String name) implements BlsFile {

    private static final Pattern NAME = Pattern.compile("cu\\.[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

    /**
     * Checks the name: a file of BLS's {@code cu} folder, no path.
     *
     * @param name the file name in BLS's {@code cu} folder, e.g. {@code cu.data.1.AllItems}
     * @throws IllegalArgumentException for a name that is not {@code cu.} followed by letters, digits, dots,
     *         dashes or underscores
     */
    public CpiFile {
        Objects.requireNonNull(name, "name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid value for name (valid values: a file of BLS's cu folder, "
                    + "e.g. cu.data.1.AllItems): '" + name + "'");
        }
    }

    /** @return {@code cu.data.1.AllItems}: every all-items CPI series, monthly and annual averages */
    public static CpiFile allItems() {
        return new CpiFile("cu.data.1.AllItems");
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public BlsSite.Host host() {
        return BlsSite.Host.DOWNLOAD;
    }

    @Override
    public String path() {
        return "pub/time.series/cu/" + name;
    }

    @Override
    public String description() {
        return "CPI LABSTAT flat file " + name;
    }

    @Override
    public String fetchCommand() {
        return "java -jar wage-outlook.jar fetch cpi" + (equals(allItems()) ? "" : " " + name);
    }

    @Override
    public boolean changesOverTime() {
        return true;
    }

    @Override
    public boolean isZip() {
        return false;
    }
}
