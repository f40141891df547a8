package io.github.wageoutlook.bench;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.io.CpiReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to parse the shipped 2.6 MB CPI file ({@code cpi/cu.data.1.AllItems}, 61,467 observations) from bytes in
 * memory: the library's one-pass reader against a split-per-line baseline that only extracts the numbers (no
 * validation, no index built), for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CpiReaderBenchmark {
    private byte[] file;

    /**
     * Loads the embedded file once.
     *
     * @throws IOException if the resource cannot be read
     */
    @Setup
    public void load() throws IOException {
        try (InputStream in = Datasets.open("cpi/cu.data.1.AllItems")) {
            file = in.readAllBytes();
        }
    }

    /**
     * The library: every series, validated, as price indexes.
     *
     * @return the indexes
     * @throws IOException never (in-memory stream)
     */
    @Benchmark
    public Map<String, PriceIndex> readAllSeries() throws IOException {
        return CpiReader.readAll("cu.data.1.AllItems", new ByteArrayInputStream(file));
    }

    /**
     * Baseline: String.split on lines and tabs, Double.parseDouble, values summed per series.
     *
     * @return sums by series
     */
    @Benchmark
    public Map<String, Double> splitBaseline() {
        Map<String, Double> sums = new HashMap<>();
        String[] lines = new String(file, StandardCharsets.ISO_8859_1).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            sums.merge(f[0].trim(), Double.parseDouble(f[3].trim()), Double::sum);
        }
        return sums;
    }
}
