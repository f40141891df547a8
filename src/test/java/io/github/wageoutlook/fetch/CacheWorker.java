package io.github.wageoutlook.fetch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One process of {@link CacheProcessesTest}: it shares a cache folder with others against the test's local server.
 * <ul>
 *   <li>{@code mix DIR URL SEED ROUNDS}: fetches, refreshes and verifies the test's files in a seeded random order
 *       (files BLS republishes are checked against the server every time, so 304 confirmations and index updates
 *       interleave with downloads), and after each answer checks that the path it returned exists. Prints one line
 *       per lost file and exits 1 when there was one, 0 otherwise.</li>
 *   <li>{@code trickle DIR URL}: downloads {@code oesm24st.zip}, which the server trickles, until it is killed.</li>
 * </ul>
 */
final class CacheWorker {
    static final List<BlsFile> FILES = List.of(OewsFile.national(2018), OewsFile.national(2019),
            CpiFile.allItems(), new CpiFile("cu.data.0.Current"), ProjectionsFile.latest());

    private CacheWorker() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        FetchOptions o = FetchOptions.defaults().withContact("analyst@example.org").withCacheDirectory(dir)
                .withSite(BlsSite.mirror(URI.create(args[2]))).withRetries(3, Duration.ZERO, Duration.ZERO)
                .withPolitePause(Duration.ZERO).withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withMaxAge(Duration.ZERO);
        if (args[0].equals("trickle")) {
            BlsFetcher.of(o.withDeadline(Duration.ofMinutes(2))).fetch(OewsFile.state(2024));
            return;
        }
        Random random = new Random(Long.parseLong(args[3]));
        int rounds = Integer.parseInt(args[4]);
        BlsFetcher fetcher = BlsFetcher.of(o);
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            BlsFile file = FILES.get(random.nextInt(FILES.size()));
            double op = random.nextDouble();
            String what;
            Path path;
            if (op < 0.6) {
                what = "fetch";
                path = fetcher.fetch(file).path();
            } else if (op < 0.8) {
                what = "refresh";
                path = fetcher.refresh(file).path();
            } else {
                what = "verified";
                path = fetcher.cache().verified(file).isPresent() ? fetcher.cache().pathOf(file) : null;
            }
            if (path != null && !Files.isRegularFile(path)) {
                lost.add("lost: round " + i + ", " + what + " " + file.fileName() + " returned " + path
                        + ", already gone");
            }
        }
        lost.forEach(System.out::println);
        System.out.println("done: " + rounds + " rounds, " + lost.size() + " lost");
        System.exit(lost.isEmpty() ? 0 : 1);
    }
}
