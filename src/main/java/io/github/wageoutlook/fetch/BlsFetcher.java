package io.github.wageoutlook.fetch;

import io.github.wageoutlook.io.FileFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fetches BLS's published files into the cache and hands each cached file to a reader ({@link #read}): the domain
 * packages pass theirs, so that {@code Oews.fetch}, {@code Projections.fetchLatest} and {@code Cpi.fetchLatest} give
 * the same typed tables the embedded data gives. This class builds no domain table.
 *
 * <p>What {@link #fetch(BlsFile)} does with a file:
 * <ol>
 *   <li>a cached copy that matches its index line (size and SHA-256) is used; one that does not is corrupt, is
 *       deleted and fetched again;</li>
 *   <li>a file BLS republishes in place ({@link BlsFile#changesOverTime()}) whose copy is older than
 *       {@link FetchOptions#maxAge()} is checked against BLS's server ({@code If-Modified-Since}/{@code If-None-Match});
 *       an unchanged file is not downloaded again;</li>
 *   <li>otherwise it is downloaded (see {@link FetchOptions} for the User-Agent, timeouts, retries and pauses),
 *       checked (a zip must open, a CPI file must start with its header: an HTML error page is never cached), and
 *       moved into the cache atomically;</li>
 *   <li>in offline mode nothing is requested: a missing file is a {@link NotCachedException} naming it and the
 *       command that fetches it.</li>
 * </ol>
 *
 * <pre>{@code
 * BlsFetcher bls = BlsFetcher.of(FetchOptions.fromEnvironment().withContact("you@example.org"));
 * Path zip = bls.fetch(OewsFile.state(2024)).path();          // the cached oesm24st.zip
 * OewsTable states = Oews.fetch(OewsFile.state(2024), bls);  // 50 states, D.C., Guam, Puerto Rico, Virgin Islands
 * OewsTable texas  = states.area("48");
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class BlsFetcher {
    private final FetchOptions options;
    private final BlsCache cache;
    private volatile BlsHttp http;

    /** A fetcher on a given cache (a test passes one whose {@link BlsCache.Disk} plays a full disk). */
    BlsFetcher(FetchOptions options, BlsCache cache) {
        this.options = options;
        this.cache = cache;
    }

    /**
     * A fetcher configured from system properties and environment variables (see {@link FetchOptions}).
     *
     * @return the fetcher
     * @throws IllegalArgumentException naming a setting whose value is invalid
     */
    public static BlsFetcher fromEnvironment() {
        return of(FetchOptions.fromEnvironment());
    }

    /**
     * A fetcher with given options.
     *
     * @param options the options
     * @return the fetcher
     */
    public static BlsFetcher of(FetchOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return new BlsFetcher(options, BlsCache.at(options.cacheDirectory(), options.listener()));
    }

    /** @return the options */
    public FetchOptions options() {
        return options;
    }

    /** @return the cache */
    public BlsCache cache() {
        return cache;
    }

    /**
     * Makes a file available in the cache: the verified cached copy, or a fresh download (see the class
     * documentation).
     *
     * @param file the file
     * @return the cached file and what was done
     * @throws NotCachedException offline, when the file is not cached
     * @throws MissingContactException when a request is needed and no contact e-mail is set
     * @throws FetchException when BLS's server refuses or keeps failing, naming the URL and HTTP status
     */
    public Fetched fetch(BlsFile file) {
        return fetch(file, false);
    }

    /**
     * Downloads a file again even when a valid cached copy exists (offline: the cached copy).
     *
     * @param file the file
     * @return the cached file and what was done
     * @throws FetchException as {@link #fetch(BlsFile)}
     */
    public Fetched refresh(BlsFile file) {
        return fetch(file, true);
    }

    private Fetched fetch(BlsFile file, boolean refresh) {
        Objects.requireNonNull(file, "file must not be null");
        boolean corrupt = cache.isCorrupt(file);
        Optional<CacheEntry> cached = cache.verified(file);
        if (corrupt) {
            options.listener().note("the cached " + file.fileName() + " does not match its size and SHA-256 in "
                    + "the cache index (damaged on disk); it was deleted"
                    + (options.offline() ? "" : " and is fetched again"));
        }
        if (options.offline()) {
            CacheEntry entry = cached.orElseThrow(() -> new NotCachedException(file, cache.directory()));
            return new Fetched(file, cache.pathOf(file), entry, Fetched.Outcome.CACHED);
        }
        if (cached.isPresent() && !refresh) {
            CacheEntry entry = cached.get();
            boolean fresh = !file.changesOverTime()
                    || entry.fetchedAt().plus(options.maxAge()).isAfter(Instant.now());
            if (fresh) {
                return new Fetched(file, cache.pathOf(file), entry, Fetched.Outcome.CACHED);
            }
            options.listener().note("checking whether " + file.fileName() + " (cached " + entry.fetchedAt()
                    + ") changed on BLS's server");
        }
        if (options.contact().isEmpty()) {
            throw new MissingContactException(file.fileName() + " (" + file.description() + ")");
        }
        URI url = options.site().url(file);
        Optional<CacheEntry> revalidate = refresh ? Optional.empty() : cached;
        Optional<BlsHttp.Downloaded> got = http().download(file, url, cache, revalidate);
        if (got.isEmpty()) {
            CacheEntry confirmed = revalidate.orElseThrow();
            try {
                confirmed = cache.touch(confirmed);
            } catch (CacheFolderException readOnly) {
                // The copy is what BLS publishes; only the time of the check cannot be recorded.
                options.listener().note(file.fileName() + " is unchanged on BLS's server; it is used from the cache, "
                        + "but the cache folder cannot be written, so the check is not recorded and is made again "
                        + "next time (" + readOnly.getMessage() + ")");
            }
            return new Fetched(file, cache.pathOf(file), confirmed, Fetched.Outcome.CONFIRMED);
        }
        BlsHttp.Downloaded d = got.get();
        try {
            checkContent(file, url, d.part());
            CacheEntry entry = new CacheEntry(file.fileName(), url, Instant.now(), d.size(), d.sha256(),
                    d.lastModified(), d.etag());
            Path path = cache.store(file, d.part(), entry);
            return new Fetched(file, path, entry, Fetched.Outcome.DOWNLOADED);
        } finally {
            try {
                Files.deleteIfExists(d.part());
            } catch (IOException ignored) {
                // moved into place, or removed by the next download of the same file
            }
        }
    }

    /** Refuses to cache what is not the file: BLS's CDN may answer 200 with an HTML page. */
    private static void checkContent(BlsFile file, URI url, Path part) {
        Optional<String> problem = FileCheck.problem(file, part);
        if (problem.isPresent()) {
            throw new FetchException("the answer from " + url + " " + problem.get() + "; it was not cached", url, 200,
                    null);
        }
    }

    private BlsHttp http() {
        BlsHttp h = http;
        if (h == null) {
            synchronized (this) {
                h = http;
                if (h == null) {
                    h = new BlsHttp(options);
                    http = h;
                }
            }
        }
        return h;
    }

    @Override
    public String toString() {
        return "BlsFetcher[" + options + "]";
    }

    /**
     * Fetches a file and reads it with the reader of its domain package ({@code Oews.fetch}, {@code Cpi.fetchLatest},
     * {@code Projections.fetchLatest} pass theirs). A file that cannot be read is not kept: it is removed from the
     * cache, the listener hears so, and the next call fetches it again (BLS republishes a damaged file) instead of
     * failing on the cached copy until {@code --refresh}. This is the one rule for every kind of file.
     *
     * @param <T> what the reader builds
     * @param file the file
     * @param reader reads the cached copy; a {@link FileFormatException} it throws means the copy is unreadable
     * @return what the reader built
     * @throws FetchException as {@link #fetch(BlsFile)}
     * @throws FileFormatException from the reader, after the copy is removed
     */
    public <T> T read(BlsFile file, Function<Path, T> reader) {
        Fetched f = fetch(file);
        try {
            return reader.apply(f.path());
        } catch (FileFormatException e) {
            try {
                cache.forget(file.fileName());
                options.listener().note(file.fileName() + " could not be read, so it was removed from the cache "
                        + cache.directory() + "; the next run fetches it again");
            } catch (CacheFolderException readOnly) {
                options.listener().note(file.fileName() + " could not be read, and it cannot be removed from the "
                        + "cache (" + readOnly.getMessage() + "); fetch it again with --refresh into a folder that can "
                        + "be written");
            }
            throw e;
        }
    }
}
