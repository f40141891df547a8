package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.BlsCache;
import io.github.wageoutlook.fetch.BlsFetcher;
import io.github.wageoutlook.fetch.BlsFile;
import io.github.wageoutlook.fetch.BlsSite;
import io.github.wageoutlook.fetch.CacheEntry;
import io.github.wageoutlook.fetch.CpiFile;
import io.github.wageoutlook.fetch.FetchOptions;
import io.github.wageoutlook.fetch.Fetched;
import io.github.wageoutlook.fetch.OewsFile;
import io.github.wageoutlook.fetch.ProjectionsFile;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.CpiReader;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.ProjectionsTable;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code fetch}: downloads a BLS file into the local cache (or finds it there), reads it into the library's typed
 * table and says what it holds; {@code --list} prints the cache index.
 *
 * <p>Exit codes: 0 done; 2 bad arguments or no contact e-mail; 3 not in the cache in offline mode, or no such file
 * on BLS's server (404); 4 the file cannot be read (it is removed from the cache, whatever its kind), or the cache
 * folder cannot be used (a full disk among others); 6 BLS's server refused (403) or kept failing (429, 5xx, network).
 * Every file is read through {@link BlsFetcher#read}, the one place that evicts an unreadable copy.
 */
final class FetchCommand implements Command {

    @Override
    public String name() {
        return "fetch";
    }

    @Override
    public String usage() {
        return "fetch oews <" + String.join("|", OewsFile.Kind.words()) + "> <year> | fetch ep | fetch cpi [cu-file]"
                + " | fetch --list   [--offline] [--refresh] [--cache DIR] [--contact EMAIL] [--bls-url URL]";
    }

    @Override
    public String summary() {
        return "Downloads OEWS, Employment Projections or CPI files from BLS into the local cache (or lists it).";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        return run(words, out, System.err);
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(words, Set.of("cache", "contact", "bls-url"), Set.of("offline", "refresh",
                "list"));
        FetchOptions options = options(a, err);
        BlsFetcher fetcher = BlsFetcher.of(options);
        if (a.flag("list")) {
            a.atMost(0);
            return list(fetcher.cache(), out);
        }
        String what = a.required(0, "what to fetch: oews, ep or cpi");
        switch (what) {
            case "oews" -> {
                a.atMost(3);
                OewsFile file = new OewsFile(Arguments.parseInt(a.required(2, "year"), "year"),
                        OewsFile.Kind.of(a.required(1, "the OEWS table (" + String.join(", ",
                                OewsFile.Kind.words()) + ")")));
                Fetched f = fetch(fetcher, file, a.flag("refresh"), out);
                OewsTable t = Oews.fetch(file, fetcher);
                long industries = t.stream().map(r -> r.industry()).distinct().count();
                out.printf("Read %s: %,d row%s, %,d area%s, %,d industr%s, May %d.%n", file.description(), t.size(),
                        t.size() == 1 ? "" : "s", t.areas().size(), t.areas().size() == 1 ? "" : "s", industries,
                        industries == 1 ? "y" : "ies", file.year());
                out.println("Source: BLS, " + file.description() + " (" + f.entry().url() + ").");
            }
            case "ep" -> {
                a.atMost(1);
                Fetched f = fetch(fetcher, ProjectionsFile.latest(), a.flag("refresh"), out);
                ProjectionsTable t = Projections.fetchLatest(fetcher);
                out.printf("Read Employment Projections %s: %,d occupations.%n", t.cycle(), t.size());
                out.println("Source: BLS Employment Projections, occupation.xlsx (" + f.entry().url() + ").");
            }
            case "cpi" -> {
                a.atMost(2);
                CpiFile file = a.positional().size() > 1 ? new CpiFile(a.positional().get(1)) : CpiFile.allItems();
                Fetched f = fetch(fetcher, file, a.flag("refresh"), out);
                Map<String, PriceIndex> all = Cpi.fetchAll(file, fetcher);
                out.printf("Read %s: %,d series.%n", file.fileName(), all.size());
                PriceIndex u = all.get(CpiReader.DEFAULT_SERIES);
                if (u != null) {
                    out.printf("CPI-U (%s): annual averages %d – %d%s.%n", u.seriesId(), u.firstYear(), u.lastYear(),
                            u.monthlyValues().isEmpty() ? "" : ", months to " + u.monthlyValues().lastKey());
                }
                out.println("Source: BLS CPI LABSTAT flat file (" + f.entry().url() + ").");
            }
            default -> throw new UsageException("unknown file kind '" + what + "': oews, ep or cpi");
        }
        return 0;
    }

    /**
     * The download settings: the environment's, then {@code --cache}, {@code --contact}, {@code --bls-url} and
     * {@code --offline} where given (here, and on an occupation command whose {@code --area} reads BLS's file).
     *
     * @param a the parsed arguments
     * @param err where the download progress goes
     * @return the options
     * @throws UsageException for a blank {@code --cache} (which would mean the current folder) or a {@code --bls-url}
     *     that is no http(s) address
     */
    static FetchOptions options(Arguments a, PrintStream err) {
        FetchOptions o = FetchOptions.fromEnvironment();
        if (a.option("cache").isPresent()) {
            String folder = a.option("cache").get();
            if (folder.isBlank()) {
                throw new UsageException("--cache needs a folder, got '" + folder + "'");
            }
            o = o.withCacheDirectory(Path.of(folder));
        }
        if (a.option("contact").isPresent()) {
            o = o.withContact(a.option("contact").get());
        }
        if (a.option("bls-url").isPresent()) {
            String url = a.option("bls-url").get();
            URI uri;
            try {
                uri = new URI(url.strip());
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || uri.getPort() > 65_535 || !("http".equals(uri.getScheme())
                    || "https".equals(uri.getScheme()))) {
                throw new UsageException("--bls-url must be an http or https address of a mirror of BLS's servers, "
                        + "e.g. https://mirror.example.org/, got '" + url + "'");
            }
            o = o.withSite(BlsSite.mirror(uri));
        }
        if (a.flag("offline")) {
            o = o.withOffline(true);
        }
        return o.withListener(new ProgressBarListener(err, System.console() != null));
    }

    private static Fetched fetch(BlsFetcher fetcher, BlsFile file, boolean refresh, PrintStream out) {
        Fetched f = refresh ? fetcher.refresh(file) : fetcher.fetch(file);
        CacheEntry e = f.entry();
        String how = switch (f.outcome()) {
            case DOWNLOADED -> "Downloaded";
            case CONFIRMED -> "Unchanged on BLS's server, kept";
            case CACHED -> "From the cache";
        };
        out.printf("%s %s (%s): %,d bytes, SHA-256 %s%n", how, file.fileName(), file.description(), e.size(),
                e.sha256());
        out.println("  " + f.path() + ", fetched " + e.fetchedAt() + " from " + e.url());
        return f;
    }

    private static int list(BlsCache cache, PrintStream out) {
        List<CacheEntry> entries = cache.entries();
        if (entries.isEmpty()) {
            out.println("The cache " + cache.directory() + " holds no file yet; fetch one with, e.g.: "
                    + OewsFile.state(2024).fetchCommand());
            listSetAside(cache, out);
            return 0;
        }
        long total = entries.stream().mapToLong(CacheEntry::size).sum();
        out.printf("Cache %s: %d file%s, %,d bytes%n", cache.directory(), entries.size(),
                entries.size() == 1 ? "" : "s", total);
        out.printf("%-22s %14s  %-20s  %-16s  %s%n", "file", "bytes", "fetched (UTC)", "SHA-256", "from");
        for (CacheEntry e : entries) {
            out.printf("%-22s %,14d  %-20s  %-16s  %s%n", e.fileName(), e.size(),
                    e.fetchedAt().toString().replaceFirst("\\.\\d+Z$", "Z"), e.sha256().substring(0, 16) + "…",
                    e.url());
        }
        listSetAside(cache, out);
        return 0;
    }

    private static void listSetAside(BlsCache cache, PrintStream out) {
        for (Path p : cache.setAside()) {
            out.println("Set aside (could not be verified; kept, never read): " + p);
        }
    }
}
