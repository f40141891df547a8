package io.github.wageoutlook.concurrency;

import io.github.wageoutlook.distributions.GroupDistribution;
import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Typed tables and values are immutable and safe to share: 8 threads run thousands of queries each, in their own
 * order, against one shared {@link OewsTable} per year, its occupation and group distributions, the
 * {@code ProjectionsTable}s and the CPI-U {@link PriceIndex}, starting together on the embedded lazy loaders, and
 * every answer is compared with a single-threaded reference computed afterwards.
 *
 * <p>In the surefire JVM other tests may have loaded the embedded data already, so the same hammer also runs in a
 * fresh JVM ({@link #main}), where all threads hit {@code Oews.national}, {@code Projections.cycle} and
 * {@code Cpi.u} from a cold start.
 */
class SharedTablesConcurrencyTest {
    private static final int THREADS = 8;
    private static final int QUERIES = 2_000;

    @Test
    @Timeout(300)
    void eightThreads_getTheSingleThreadedAnswers_inThisJvm() throws Exception {
        Result r = hammer();
        assertEquals(THREADS * QUERIES, r.compared);
        assertEquals(List.of(), r.mismatches);
    }

    @Test
    @Timeout(300)
    void eightThreads_getTheSingleThreadedAnswers_fromAColdStartInAFreshJvm() throws IOException,
            InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SharedTablesConcurrencyTest.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS));
        System.out.print(out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("compared " + THREADS * QUERIES + " answers, 0 mismatches"), out);
    }

    /**
     * The cold-start run: a fresh JVM, nothing loaded.
     *
     * @param args unused
     * @throws Exception if the hammer fails
     */
    public static void main(String[] args) throws Exception {
        Result r = hammer();
        System.out.println("cold start: compared " + r.compared + " answers, " + r.mismatches.size() + " mismatches");
        r.mismatches.stream().limit(20).forEach(System.out::println);
        System.exit(r.mismatches.isEmpty() ? 0 : 1);
    }

    /** The distributions all threads share, built by whichever thread asks first. */
    private static final Map<String, OccupationDistribution> OCCUPATIONS = new ConcurrentHashMap<>();
    private static final Map<String, GroupDistribution> GROUPS = new ConcurrentHashMap<>();

    private record Result(int compared, List<String> mismatches) {
    }

    /** One query: a description and the answer, computed from the shared objects. */
    private record Query(int kind, int year, String code, double x, int other) {
    }

    private static Result hammer() throws Exception {
        List<Query> queries = queries();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Map<Query, String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Query> mine = new ArrayList<>(queries);
            Collections.shuffle(mine, new Random(t));
            futures.add(pool.submit(() -> {
                start.await();
                Map<Query, String> answers = new LinkedHashMap<>();
                for (Query q : mine) {
                    answers.put(q, answer(q, true));
                }
                return answers;
            }));
        }
        start.countDown();
        List<Map<Query, String>> results = new ArrayList<>();
        for (Future<Map<Query, String>> f : futures) {
            results.add(f.get(240, TimeUnit.SECONDS));
        }
        pool.shutdown();
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (Query q : queries) {
            String reference = answer(q, false);
            for (Map<Query, String> r : results) {
                compared++;
                if (!reference.equals(r.get(q))) {
                    mismatches.add(q + ": " + r.get(q) + " vs single-threaded " + reference);
                }
            }
        }
        return new Result(compared, mismatches);
    }

    /** Queries drawn from the codes the shipped tables hold (the codes come from a different loader order). */
    private static List<Query> queries() {
        Random random = new Random(2026);
        String[] codes = {"43-4051", "15-1252", "29-1141", "11-1011", "35-3023", "47-2061", "53-3032", "25-2021",
            "13-2011", "41-2031", "99-9999"};
        String[] groups = {"43", "15", "29", "35"};
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            int kind = random.nextInt(5);
            int year = 2014 + random.nextInt(11);
            String code = kind == 3 ? groups[random.nextInt(groups.length)] : codes[random.nextInt(codes.length)];
            out.add(new Query(kind, year, code, 1 + random.nextInt(98) + random.nextDouble(), random.nextInt(10)));
        }
        return out;
    }

    /** The answer as text: exact doubles (hex), or the exception's class and message, which must also agree. */
    private static String answer(Query q, boolean shared) {
        try {
            OewsTable table = Oews.national(q.year());
            switch (q.kind()) {
                case 0 -> {
                    return table.occupation(q.code()).map(OccupationWages::toString).orElse("absent");
                }
                case 1 -> {
                    OccupationWages row = table.occupation(q.code()).orElse(null);
                    if (row == null) {
                        return "absent";
                    }
                    // Threads share one distribution per occupation and year; the reference builds its own.
                    OccupationDistribution d = shared
                            ? OCCUPATIONS.computeIfAbsent(q.year() + q.code(), k -> WageDistribution.from(row,
                                    WageBasis.ANNUAL))
                            : WageDistribution.from(row, WageBasis.ANNUAL);
                    Wage w = d.wageAt(q.x()).wage();
                    return Double.toHexString(w.amount()) + " " + Double.toHexString(d.rankOf(w).percentile());
                }
                case 2 -> {
                    List<Cycle> cycles = Projections.cycles();
                    Cycle c = cycles.get(q.other() % cycles.size());
                    return Projections.cycle(c).occupation(q.code()).map(OccupationProjection::toString)
                            .orElse("absent");
                }
                case 3 -> {
                    GroupDistribution g = shared
                            ? GROUPS.computeIfAbsent(q.year() + q.code(), k -> GroupDistribution.from(table,
                                    q.code(), WageBasis.ANNUAL))
                            : GroupDistribution.from(table, q.code(), WageBasis.ANNUAL);
                    return Double.toHexString(g.wageAt(q.x()).wage().amount());
                }
                default -> {
                    PriceIndex cpi = Cpi.u();
                    return Double.toHexString(cpi.adjust(Wage.annual(1000 * q.x()), q.year(), 2024 - q.other())
                            .amount());
                }
            }
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
