package io.github.wageoutlook.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How files and API answers are fetched from BLS: the contact e-mail put in the User-Agent, the cache folder, the
 * servers (BLS's own or a mirror), offline mode, the API registration key, timeouts, retries and the pause between
 * requests. Immutable: each {@code with…} returns a new options object.
 *
 * <p>{@link #fromEnvironment()} reads each setting from a system property, else an environment variable, else the
 * default:
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>system property</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>contact e-mail</td><td>{@value #CONTACT_PROPERTY}</td><td>{@value #CONTACT_ENV}</td><td>none: fetching
 *       is refused with {@link MissingContactException}</td></tr>
 *   <tr><td>cache folder</td><td>{@value #CACHE_PROPERTY}</td><td>{@value #CACHE_ENV}</td>
 *       <td>{@link BlsCache#defaultDirectory()}</td></tr>
 *   <tr><td>servers</td><td>{@value #BASE_URL_PROPERTY}</td><td>{@value #BASE_URL_ENV}</td>
 *       <td>{@link BlsSite#official()}; a URL makes it a {@link BlsSite#mirror(URI) mirror}</td></tr>
 *   <tr><td>offline mode</td><td>{@value #OFFLINE_PROPERTY}</td><td>{@value #OFFLINE_ENV}</td><td>off
 *       ({@code true}, {@code 1} or {@code yes} turn it on)</td></tr>
 *   <tr><td>API registration key</td><td>{@value #API_KEY_PROPERTY}</td><td>{@value #API_KEY_ENV}</td>
 *       <td>none: the API's smaller limits apply</td></tr>
 *   <tr><td>deadline of a download or API request, retries included</td><td>{@value #DEADLINE_PROPERTY}</td>
 *       <td>{@value #DEADLINE_ENV}</td><td>10 minutes (seconds, {@code 600}, or ISO-8601, {@code PT10M})</td></tr>
 * </table>
 * Defaults of the rest: connect timeout 30 s; a download that receives no byte for 60 s is cut and retried; at most
 * 4 attempts per request, retried on HTTP 429 and 5xx and on network failures, after 2 s, 4 s, 8 s (doubling, at
 * most 60 s, or longer when the server's {@code Retry-After} says so in seconds or as an HTTP date, up to that
 * cap); at least 1 s between two requests to the same host; a file BLS republishes in place is checked against the server when its cached copy
 * is older than 1 day.
 *
 * <pre>{@code
 * FetchOptions o = FetchOptions.fromEnvironment().withContact("you@example.org").withCacheDirectory(Path.of("bls"));
 * OewsTable states = BlsFetcher.of(o).oews(OewsFile.state(2024));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FetchOptions {
    /** System property holding the contact e-mail. */
    public static final String CONTACT_PROPERTY = "wageoutlook.contact";
    /** Environment variable holding the contact e-mail. */
    public static final String CONTACT_ENV = "WAGE_OUTLOOK_CONTACT";
    /** System property holding the cache folder. */
    public static final String CACHE_PROPERTY = "wageoutlook.cache";
    /** Environment variable holding the cache folder. */
    public static final String CACHE_ENV = "WAGE_OUTLOOK_CACHE";
    /** System property holding the base URL of a mirror of BLS's servers. */
    public static final String BASE_URL_PROPERTY = "wageoutlook.bls.url";
    /** Environment variable holding the base URL of a mirror of BLS's servers. */
    public static final String BASE_URL_ENV = "WAGE_OUTLOOK_BLS_URL";
    /** System property turning offline mode on. */
    public static final String OFFLINE_PROPERTY = "wageoutlook.offline";
    /** Environment variable turning offline mode on. */
    public static final String OFFLINE_ENV = "WAGE_OUTLOOK_OFFLINE";
    /** System property holding the BLS API registration key. */
    public static final String API_KEY_PROPERTY = "wageoutlook.bls.apiKey";
    /** Environment variable holding the BLS API registration key (the name BLS's other clients use too). */
    public static final String API_KEY_ENV = "BLS_API_KEY";
    /** System property holding the deadline of a download: seconds ({@code 600}) or ISO-8601 ({@code PT10M}). */
    public static final String DEADLINE_PROPERTY = "wageoutlook.deadline";
    /** Environment variable holding the deadline of a download: seconds ({@code 600}) or ISO-8601 ({@code PT10M}). */
    public static final String DEADLINE_ENV = "WAGE_OUTLOOK_DEADLINE";

    private static final Pattern EMAIL = Pattern.compile("[^\\s@()<>,;:\"\\[\\]\\\\]+@[^\\s@()<>,;:\"\\[\\]\\\\]+\\.[A-Za-z]{2,}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{8,64}");

    private final String contact;
    private final Path cacheDirectory;
    private final BlsSite site;
    private final boolean offline;
    private final String apiKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration politePause;
    private final Duration maxAge;
    private final Duration deadline;
    private final DownloadListener listener;

    private FetchOptions(String contact, Path cacheDirectory, BlsSite site, boolean offline, String apiKey,
                         Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
                         Duration maxBackoff, Duration politePause, Duration maxAge, Duration deadline,
                         DownloadListener listener) {
        this.contact = contact;
        this.cacheDirectory = cacheDirectory;
        this.site = site;
        this.offline = offline;
        this.apiKey = apiKey;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.politePause = politePause;
        this.maxAge = maxAge;
        this.deadline = deadline;
        this.listener = listener;
    }

    /**
     * The defaults, with no contact e-mail, no API key, BLS's own servers and the default cache folder; nothing is
     * read from the environment.
     *
     * @return the options
     */
    public static FetchOptions defaults() {
        return new FetchOptions(null, BlsCache.defaultDirectory(), BlsSite.official(), false, null,
                Duration.ofSeconds(30), Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofMinutes(10), DownloadListener.NONE);
    }

    /**
     * The defaults, with each setting of the table above taken from its system property, else its environment
     * variable.
     *
     * @return the options
     * @throws IllegalArgumentException naming the property or variable whose value is invalid
     */
    public static FetchOptions fromEnvironment() {
        return fromEnvironment(System::getProperty, System::getenv);
    }

    /** {@link #fromEnvironment()} on given lookups (for tests). */
    static FetchOptions fromEnvironment(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        FetchOptions o = defaults();
        Optional<Setting> contact = setting(properties, environment, CONTACT_PROPERTY, CONTACT_ENV);
        if (contact.isPresent()) {
            o = contact.get().apply(o::withContact);
        }
        Optional<Setting> cache = setting(properties, environment, CACHE_PROPERTY, CACHE_ENV);
        if (cache.isPresent()) {
            FetchOptions before = o;
            o = cache.get().apply(v -> before.withCacheDirectory(Path.of(v)));
        }
        Optional<Setting> base = setting(properties, environment, BASE_URL_PROPERTY, BASE_URL_ENV);
        if (base.isPresent()) {
            FetchOptions before = o;
            o = base.get().apply(v -> before.withSite(BlsSite.mirror(URI.create(v))));
        }
        Optional<Setting> offline = setting(properties, environment, OFFLINE_PROPERTY, OFFLINE_ENV);
        if (offline.isPresent()) {
            FetchOptions before = o;
            o = offline.get().apply(v -> before.withOffline(parseFlag(v)));
        }
        Optional<Setting> key = setting(properties, environment, API_KEY_PROPERTY, API_KEY_ENV);
        if (key.isPresent()) {
            FetchOptions before = o;
            o = key.get().apply(before::withApiKey);
        }
        Optional<Setting> deadline = setting(properties, environment, DEADLINE_PROPERTY, DEADLINE_ENV);
        if (deadline.isPresent()) {
            FetchOptions before = o;
            o = deadline.get().apply(v -> before.withDeadline(parseDuration("deadline", v)));
        }
        return o;
    }

    /** Seconds ({@code 600}, {@code 1.5}) or an ISO-8601 duration ({@code PT10M}). */
    private static Duration parseDuration(String name, String v) {
        try {
            if (v.matches("\\d{1,9}(\\.\\d{1,3})?")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            }
            return Duration.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid value for " + name + " (valid values: a positive number of "
                    + "seconds, e.g. 600, or an ISO-8601 duration, e.g. PT10M): '" + v + "'", e);
        }
    }

    /** A value found in the environment, and the name it was found under (for messages). */
    private record Setting(String name, String value) {
        FetchOptions apply(java.util.function.Function<String, FetchOptions> with) {
            try {
                return with.apply(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
    }

    private static Optional<Setting> setting(UnaryOperator<String> properties, UnaryOperator<String> environment,
                                             String property, String variable) {
        String p = properties.apply(property);
        if (p != null && !p.isBlank()) {
            return Optional.of(new Setting("system property " + property, p.strip()));
        }
        String e = environment.apply(variable);
        if (e != null && !e.isBlank()) {
            return Optional.of(new Setting("environment variable " + variable, e.strip()));
        }
        return Optional.empty();
    }

    private static boolean parseFlag(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("Invalid value for offline (valid values true, false, 1, "
                    + "0, yes, no): '" + v + "'");
        };
    }

    private FetchOptions copy(String contact, Path cacheDirectory, BlsSite site, boolean offline, String apiKey) {
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, politePause, maxAge, deadline, listener);
    }

    /**
     * Sets the contact e-mail sent in the User-Agent header, as BLS asks of automated clients.
     *
     * @param email an e-mail address, e.g. {@code you@example.org}
     * @return new options
     * @throws IllegalArgumentException if it is not an e-mail address
     */
    public FetchOptions withContact(String email) {
        Objects.requireNonNull(email, "email must not be null");
        String e = email.strip();
        if (!EMAIL.matcher(e).matches() || e.length() > 254) {
            throw new IllegalArgumentException("Invalid value for contact (valid values: an e-mail address such as "
                    + "you@example.org): '" + email + "'");
        }
        return copy(e, cacheDirectory, site, offline, apiKey);
    }

    /**
     * Sets the cache folder (created on first download).
     *
     * @param directory the folder
     * @return new options
     */
    public FetchOptions withCacheDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        return copy(contact, directory.toAbsolutePath().normalize(), site, offline, apiKey);
    }

    /**
     * Sets the servers: {@link BlsSite#official()}, or a mirror such as a local test server.
     *
     * @param site the servers
     * @return new options
     */
    public FetchOptions withSite(BlsSite site) {
        return copy(contact, cacheDirectory, Objects.requireNonNull(site, "site must not be null"), offline, apiKey);
    }

    /**
     * Turns offline mode on or off: offline, only the cache is read, and a missing file is a
     * {@link NotCachedException} naming it and the command that fetches it.
     *
     * @param on true for offline
     * @return new options
     */
    public FetchOptions withOffline(boolean on) {
        return copy(contact, cacheDirectory, site, on, apiKey);
    }

    /**
     * Sets the BLS Public Data API registration key (free from BLS's registration page); with it, a request may
     * hold 50 series and 20 years, without it 25 and 10.
     *
     * @param key the key (letters and digits)
     * @return new options
     * @throws IllegalArgumentException if it is not 8 – 64 letters and digits
     */
    public FetchOptions withApiKey(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (!KEY.matcher(key.strip()).matches()) {
            throw new IllegalArgumentException("Invalid value for API key (valid values: 8 - 64 letters and digits, "
                    + "as BLS issues them): a value of " + key.strip().length() + " characters");
        }
        return copy(contact, cacheDirectory, site, offline, key.strip());
    }

    /** @return options without an API key */
    public FetchOptions withoutApiKey() {
        return copy(contact, cacheDirectory, site, offline, null);
    }

    /**
     * Sets the timeouts.
     *
     * @param connect the most time to open a connection (and to receive an answer's headers)
     * @param read the most time a download may go without receiving a byte before it is cut and retried
     * @return new options
     * @throws IllegalArgumentException for a zero or negative duration
     */
    public FetchOptions withTimeouts(Duration connect, Duration read) {
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, positive("connect", connect),
                positive("read", read), maxAttempts, initialBackoff, maxBackoff, politePause, maxAge, deadline,
                listener);
    }

    /**
     * Sets the retries: a request that fails with HTTP 429 or 5xx, or on the network, is tried again after
     * {@code initialBackoff}, then twice that, doubling, each pause at most {@code maxBackoff}.
     *
     * @param maxAttempts the most attempts per request, 1 – 20
     * @param initialBackoff the first pause (zero allowed, for tests)
     * @param maxBackoff the longest pause
     * @return new options
     * @throws IllegalArgumentException for attempts outside 1 – 20 or a negative duration
     */
    public FetchOptions withRetries(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("Invalid value for maxAttempts (valid values 1 - 20): " + maxAttempts);
        }
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, connectTimeout, readTimeout,
                maxAttempts, notNegative("initialBackoff", initialBackoff), notNegative("maxBackoff", maxBackoff),
                politePause, maxAge, deadline, listener);
    }

    /**
     * Sets the least time between the starts of two requests to the same host (BLS blocks bursts of requests).
     *
     * @param pause the pause (zero allowed, for tests)
     * @return new options
     */
    public FetchOptions withPolitePause(Duration pause) {
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, notNegative("pause", pause), maxAge, deadline, listener);
    }

    /**
     * Sets how old a cached copy of a file BLS republishes in place ({@link BlsFile#changesOverTime()}) may be
     * before it is checked against BLS's server (with {@code If-Modified-Since}; an unchanged file is not
     * downloaded again).
     *
     * @param age the age (zero: check on every use)
     * @return new options
     */
    public FetchOptions withMaxAge(Duration age) {
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, politePause, notNegative("age", age), deadline, listener);
    }

    /**
     * Sets the most time one download of a file, or one API request, may take, its retries and the pauses between
     * them included: a download still running then is stopped (a trickle of bytes never runs for hours), and a retry
     * that would start after it is not made.
     *
     * @param deadline the time (default 10 minutes)
     * @return new options
     * @throws IllegalArgumentException for a zero or negative duration
     */
    public FetchOptions withDeadline(Duration deadline) {
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, politePause, maxAge, positive("deadline", deadline),
                listener);
    }

    /**
     * Sets the listener told about downloads (a progress bar, a log).
     *
     * @param listener the listener; {@link DownloadListener#NONE} for none
     * @return new options
     */
    public FetchOptions withListener(DownloadListener listener) {
        return new FetchOptions(contact, cacheDirectory, site, offline, apiKey, connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, politePause, maxAge, deadline,
                Objects.requireNonNull(listener, "listener must not be null"));
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name + " must not be null");
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("Invalid value for " + name + " (valid values: a positive duration): "
                    + d);
        }
        return d;
    }

    private static Duration notNegative(String name, Duration d) {
        Objects.requireNonNull(d, name + " must not be null");
        if (d.isNegative()) {
            throw new IllegalArgumentException("Invalid value for " + name + " (valid values: zero or more): " + d);
        }
        return d;
    }

    /** @return the contact e-mail, if set */
    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    /** @return the cache folder */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** @return the servers */
    public BlsSite site() {
        return site;
    }

    /** @return true in offline mode */
    public boolean offline() {
        return offline;
    }

    /** @return the API registration key, if set */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** @return the connect (and answer-headers) timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the longest time a download may receive nothing */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return the most attempts per request */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the first pause before a retry */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest pause before a retry */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the least time between two requests to the same host */
    public Duration politePause() {
        return politePause;
    }

    /** @return the age after which a cached copy of a file BLS republishes is checked against the server */
    public Duration maxAge() {
        return maxAge;
    }

    /** @return the most time one download or API request may take, retries included */
    public Duration deadline() {
        return deadline;
    }

    /** @return the download listener */
    public DownloadListener listener() {
        return listener;
    }

    /**
     * The User-Agent header sent with every request: the library's name and the contact e-mail, as BLS asks.
     *
     * @return e.g. {@code wage-outlook/0.1 (Java HttpClient; contact: you@example.org)}
     * @throws MissingContactException if no contact e-mail is set
     */
    public String userAgent() {
        if (contact == null) {
            throw new MissingContactException("anything");
        }
        String version = FetchOptions.class.getPackage().getImplementationVersion();
        return "wage-outlook/" + (version == null ? "dev" : version) + " (Java HttpClient; contact: " + contact + ")";
    }

    /** Prints the settings, the API key masked. */
    @Override
    public String toString() {
        return "FetchOptions[contact=" + (contact == null ? "none" : contact) + ", cache=" + cacheDirectory
                + ", site=" + (site.isOfficial() ? "BLS" : site.www()) + ", offline=" + offline + ", apiKey="
                + (apiKey == null ? "none" : "set") + ", attempts=" + maxAttempts + "]";
    }
}
