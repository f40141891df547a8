package io.github.wageoutlook.bench;

import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the wage-distribution model on one core: building a distribution from an OEWS row (including the
 * mean-matching solve) and answering rank and percentile queries. Wages span P1–P99 of 43-4051 (2018) so that every
 * part of the model — lower tail, each cubic segment, upper tail — is exercised.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar DistributionBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DistributionBenchmark {
    private static final int MASK = 1023;

    private OccupationWages row;
    private OccupationDistribution distribution;
    private final double[] amounts = new double[MASK + 1];
    private final double[] percentiles = new double[MASK + 1];
    private int next;

    /** Loads the 2018 row of customer service representatives and draws the query wages. */
    @Setup
    public void setUp() {
        row = Oews.national(2018).occupation("43-4051").orElseThrow();
        distribution = WageDistribution.from(row, WageBasis.ANNUAL);
        Random random = new Random(1);
        for (int i = 0; i <= MASK; i++) {
            amounts[i] = 15_000 + random.nextDouble() * 65_000;
            percentiles[i] = 0.5 + random.nextDouble() * 99;
        }
    }

    /**
     * A rank query through the public value API: {@code rankOf(Wage)} returning a {@code PercentileRank}.
     *
     * @return the rank, so the JIT cannot drop the work
     */
    @Benchmark
    public double rankOf() {
        return distribution.rankOf(Wage.annual(amounts[next++ & MASK])).percentile();
    }

    /**
     * A rank query on a bare dollar amount.
     *
     * @return the rank
     */
    @Benchmark
    public double percentileRankOf() {
        return distribution.percentileRankOf(amounts[next++ & MASK]);
    }

    /**
     * A percentile query.
     *
     * @return the wage
     */
    @Benchmark
    public double wageAt() {
        return distribution.wageAt(percentiles[next++ & MASK]).amount();
    }

    /**
     * Building a distribution from a row: log transform, PCHIP slopes, Gauss–Legendre interior mean, Brent solve of
     * the upper-tail slope.
     *
     * @return the built distribution's tail slope
     */
    @Benchmark
    public double build() {
        return WageDistribution.from(row, WageBasis.ANNUAL).upperTailSlope();
    }
}
