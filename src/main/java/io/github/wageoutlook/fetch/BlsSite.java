package io.github.wageoutlook.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * Where BLS's files and API live: the one place that holds their addresses.
 *
 * <p>BLS serves what this library fetches from three hosts:
 * <table>
 *   <caption>BLS hosts and paths</caption>
 *   <tr><th>host</th><th>official base</th><th>paths under it</th></tr>
 *   <tr><td>{@link Host#WWW}</td><td>{@code https://www.bls.gov/}</td>
 *       <td>{@code oes/special-requests/oesmYY{nat,st,ma,all,in4}.zip} (OEWS tables page, "special requests"),
 *       {@code emp/ind-occ-matrix/occupation.xlsx} (Employment Projections, current cycle)</td></tr>
 *   <tr><td>{@link Host#DOWNLOAD}</td><td>{@code https://download.bls.gov/}</td>
 *       <td>{@code pub/time.series/cu/cu.data.1.AllItems} (CPI LABSTAT flat files)</td></tr>
 *   <tr><td>{@link Host#API}</td><td>{@code https://api.bls.gov/}</td>
 *       <td>{@code publicAPI/v2/timeseries/data/} (BLS Public Data API v2)</td></tr>
 * </table>
 *
 * <p>A <em>mirror</em> puts all three under one base URL, keeping the paths: that is how a local copy of BLS's
 * files, or the tests' server on 127.0.0.1, stands in for BLS. Set it with the system property
 * {@value FetchOptions#BASE_URL_PROPERTY}, the environment variable {@value FetchOptions#BASE_URL_ENV}, or
 * {@link FetchOptions#withSite(BlsSite)}.
 *
 * <pre>{@code
 * BlsSite.official().url(OewsFile.state(2024));   // https://www.bls.gov/oes/special-requests/oesm24st.zip
 * BlsSite.mirror(URI.create("http://127.0.0.1:8080/")).url(CpiFile.allItems());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param www base of {@code www.bls.gov}
 * @param download base of {@code download.bls.gov}
 * @param api base of {@code api.bls.gov}
 */
public record BlsSite(URI www, URI download, URI api) {

    /** The BLS host a file or the API is served from. */
    public enum Host {
        /** {@code www.bls.gov}: OEWS zips, Employment Projections workbooks. */
        WWW,
        /** {@code download.bls.gov}: LABSTAT flat files (CPI). */
        DOWNLOAD,
        /** {@code api.bls.gov}: the Public Data API. */
        API
    }

    /** Path of the Public Data API v2 series endpoint under the API host. */
    public static final String API_TIMESERIES_PATH = "publicAPI/v2/timeseries/data/";

    /**
     * Checks the three bases: absolute {@code http} or {@code https} URLs; a missing final {@code /} is added.
     *
     * @param www base of {@code www.bls.gov}
     * @param download base of {@code download.bls.gov}
     * @param api base of {@code api.bls.gov}
     * @throws IllegalArgumentException for a base that is not an absolute http(s) URL, or carries a query
     */
    public BlsSite {
        www = base("www", www);
        download = base("download", download);
        api = base("api", api);
    }

    private static URI base(String field, URI uri) {
        Objects.requireNonNull(uri, field + " must not be null");
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Invalid value for " + field
                    + " (valid values: an absolute http or https URL without query, e.g. https://www.bls.gov/): "
                    + uri);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path.endsWith("/") ? uri.resolve(path) : URI.create(uri.toString() + "/");
    }

    /** @return BLS's own servers */
    public static BlsSite official() {
        return new BlsSite(URI.create("https://www.bls.gov/"), URI.create("https://download.bls.gov/"),
                URI.create("https://api.bls.gov/"));
    }

    /**
     * One server standing in for all three BLS hosts, with BLS's paths under it.
     *
     * @param base e.g. {@code http://127.0.0.1:8080/} or {@code https://mirror.example.org/bls/}
     * @return the site
     * @throws IllegalArgumentException if the base is not an absolute http(s) URL
     */
    public static BlsSite mirror(URI base) {
        return new BlsSite(base, base, base);
    }

    /**
     * The base URL of a host.
     *
     * @param host the host
     * @return its base, ending with {@code /}
     */
    public URI base(Host host) {
        return switch (Objects.requireNonNull(host, "host must not be null")) {
            case WWW -> www;
            case DOWNLOAD -> download;
            case API -> api;
        };
    }

    /**
     * The URL of a published file.
     *
     * @param file the file
     * @return where it is downloaded from
     */
    public URI url(BlsFile file) {
        return base(file.host()).resolve(file.path());
    }

    /** @return the URL of the Public Data API v2 series endpoint ({@code POST timeseries/data/}) */
    public URI apiTimeseries() {
        return api.resolve(API_TIMESERIES_PATH);
    }

    /** @return true when this is BLS's own servers */
    public boolean isOfficial() {
        return equals(official());
    }
}
