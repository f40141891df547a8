package io.github.wageoutlook.bench;

import io.github.wageoutlook.distributions.AreaGroup;
import io.github.wageoutlook.distributions.ColumnResult;
import io.github.wageoutlook.distributions.DistributionColumns;
import io.github.wageoutlook.distributions.WageAtPercentile;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.WageBasis;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The issue-8 workloads on the synthetic all-areas file, timed in one JVM with warm-up and several repetitions
 * (JMH does not fit loads of seconds each and heap measurement; the medians are of warmed repetitions). Prints one
 * {@code RESULT workload median_ms all_ms} line per workload for {@code bench/issue8.sh} to compare.
 *
 * <pre>java -Xmx6g -cp bench/target/benchmarks.jar io.github.wageoutlook.bench.Issue8Harness FILE.csv FILE.xlsx
 *     [repeats] [workloads: csv,xlsx,rank,p95,group,heap]</pre>
 */
public final class Issue8Harness {
    private static volatile Object sink;

    private Issue8Harness() {
    }

    /**
     * @param args the CSV file, the .xlsx file, the number of measured repetitions, the workloads to run
     */
    public static void main(String[] args) {
        Path csv = Path.of(args[0]);
        Path xlsx = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> work = List.of((args.length > 3 ? args[3] : "csv,xlsx,rank,p95,group,heap").split(","));
        if (work.contains("csv")) {
            time("1 load CSV", 2, repeats, () -> Oews.read(csv));
        }
        if (work.contains("xlsx")) {
            time("2 load xlsx", 1, Math.max(1, repeats / 2), () -> Oews.read(xlsx));
        }
        OewsTable table = Oews.read(csv);
        System.out.printf(Locale.US, "table: %,d rows%n", table.size());
        if (work.contains("rank") || work.contains("p95") || work.contains("group")) {
            time("3-5 fit model columns (annual)", 3, repeats, () -> DistributionColumns.fit(table, WageBasis.ANNUAL));
            DistributionColumns m = DistributionColumns.fit(table, WageBasis.ANNUAL);
            long modelled = java.util.stream.IntStream.range(0, m.size()).filter(m::hasModel).count();
            System.out.printf(Locale.US, "modelled rows: %,d of %,d%n", modelled, m.size());
            if (work.contains("rank")) {
                time("3 rank of $60,000 (fitted)", 5, repeats * 4, () -> m.rankOf(60_000));
                time("3 rank of $60,000 (fit+query)", 2, repeats,
                        () -> DistributionColumns.fit(table, WageBasis.ANNUAL).rankOf(60_000));
                ColumnResult r = m.rankOf(60_000);
                System.out.printf(Locale.US, "  check: mean rank %.3f over %,d rows, %,d lower bounds%n",
                        mean(r.values()), count(r.values()), countTrue(r.lowerBounds()));
            }
            if (work.contains("p95")) {
                time("4 P95 of every row (fitted)", 5, repeats * 4, () -> m.wageAt(95));
                time("4 P95 of every row (fit+query)", 2, repeats,
                        () -> DistributionColumns.fit(table, WageBasis.ANNUAL).wageAt(95));
                ColumnResult r = m.wageAt(95);
                System.out.printf(Locale.US, "  check: mean P95 %.1f over %,d rows, %,d lower bounds%n",
                        mean(r.values()), count(r.values()), countTrue(r.lowerBounds()));
            }
            if (work.contains("group")) {
                time("5 mixture median per area x major group (fitted)", 2, repeats,
                        () -> m.wageAtByAreaAndMajorGroup(table, 50));
                time("5 mixture median per area x major group (fit+query)", 1, repeats,
                        () -> DistributionColumns.fit(table, WageBasis.ANNUAL).wageAtByAreaAndMajorGroup(table, 50));
                Map<AreaGroup, WageAtPercentile> g = m.wageAtByAreaAndMajorGroup(table, 50);
                System.out.printf(Locale.US, "  check: %,d groups, mean median %.1f%n", g.size(),
                        g.values().stream().mapToDouble(w -> w.wage().amount()).average().orElse(Double.NaN));
            }
        }
        if (work.contains("heap")) {
            heap(csv, 11);
        }
    }

    /** Retained heap of {@code years} stacked copies of the file, after full GCs, and the peak heap while stacking. */
    private static void heap(Path csv, int years) {
        sink = null;
        long before = usedAfterGc();
        resetPeaks();
        List<OewsTable> parts = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            parts.add(Oews.read(csv));
        }
        OewsTable stacked = OewsTable.concat(parts);
        parts = null;
        long peak = peakUsed();
        long after = usedAfterGc();
        long rows = stacked.size();
        System.out.printf(Locale.US, "RESULT 6_heap_retained_bytes_per_row %.1f rows=%d retained_mb=%.1f "
                        + "peak_heap_mb=%.1f%n", (after - before) / (double) rows, rows, (after - before) / 1e6,
                (peak - before) / 1e6);
        sink = stacked;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use (pools peak at different moments). */
    private static long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void time(String name, int warmups, int repeats, Supplier<Object> work) {
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        double[] ms = new double[repeats];
        double[] cpu = new double[repeats];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < repeats; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(cpu);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
        StringBuilder all = new StringBuilder();
        for (double t : ms) {
            all.append(all.length() == 0 ? "" : ",").append(String.format(Locale.US, "%.1f", t));
        }
        System.out.printf(Locale.US, "RESULT %s | median_ms %.1f | runs %s | main-thread cpu median_ms %.1f%n", name,
                median, all, cpu[cpu.length / 2]);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }

    private static long count(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).count();
    }

    private static long countTrue(boolean[] v) {
        long n = 0;
        for (boolean b : v) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
