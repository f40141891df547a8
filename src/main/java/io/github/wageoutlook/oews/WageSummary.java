package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The wage figures OEWS publishes for one occupation on one basis: the mean and the 10th, 25th, 50th, 75th and
 * 90th percentiles, each with its status.
 *
 * <pre>{@code
 * WageSummary a = row.annual();
 * a.median();          // $33,750
 * a.percentile(90);    // $55,310
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param basis the basis of every figure
 * @param mean the mean wage
 * @param p10 the 10th percentile
 * @param p25 the 25th percentile
 * @param median the median (50th percentile)
 * @param p75 the 75th percentile
 * @param p90 the 90th percentile
 */
public record WageSummary(WageBasis basis, WageFigure mean, WageFigure p10, WageFigure p25, WageFigure median,
                          WageFigure p75, WageFigure p90) {

    /** The percentiles OEWS publishes, in order. */
    public static final List<Integer> PUBLISHED_PERCENTILES = List.of(10, 25, 50, 75, 90);

    /**
     * Checks that every figure is on the summary's basis.
     *
     * @param basis the basis of every figure
     * @param mean the mean wage
     * @param p10 the 10th percentile
     * @param p25 the 25th percentile
     * @param median the median (50th percentile)
     * @param p75 the 75th percentile
     * @param p90 the 90th percentile
     * @throws BasisMismatchException if a figure is on another basis
     */
    public WageSummary {
        Objects.requireNonNull(basis, "basis must not be null");
        for (WageFigure f : new WageFigure[] {mean, p10, p25, median, p75, p90}) {
            Objects.requireNonNull(f, "wage figures must not be null");
            if (f.basis() != basis) {
                throw new BasisMismatchException("build a wage summary", basis, f.basis());
            }
        }
    }

    /**
     * One of the published percentiles.
     *
     * @param p 10, 25, 50, 75 or 90
     * @return the figure
     * @throws IllegalArgumentException for any other percentile (see the distribution classes for those)
     */
    public WageFigure percentile(int p) {
        return switch (p) {
            case 10 -> p10;
            case 25 -> p25;
            case 50 -> median;
            case 75 -> p75;
            case 90 -> p90;
            default -> throw new IllegalArgumentException(
                    "Invalid value for published percentile (valid values 10, 25, 50, 75, 90): " + p);
        };
    }

    /** @return the five published percentiles in order P10, P25, P50, P75, P90 */
    public List<WageFigure> percentiles() {
        return List.of(p10, p25, median, p75, p90);
    }

    /** @return true when the five percentiles all carry a number (exact or top-coded) */
    public boolean hasAllPercentiles() {
        return percentiles().stream().allMatch(WageFigure::isAvailable);
    }

    /**
     * The first pair of exact percentiles that decreases, skipping figures that are not exact. BLS files are read as
     * published, so a file may hold such a row; {@link OewsAudit} reports them and a wage distribution refuses them.
     *
     * @return a description such as {@code annual P25 $45,000/yr > median $44,000/yr}, or empty
     */
    public Optional<String> firstDecrease() {
        WageFigure last = null;
        int lastP = 0;
        for (int p : WageSummary.PUBLISHED_PERCENTILES) {
            WageFigure f = percentile(p);
            if (!f.isExact()) {
                continue;
            }
            if (last != null && f.amount() < last.amount()) {
                return Optional.of(basis.name().toLowerCase(Locale.ROOT) + " "
                        + percentileName(lastP) + " " + last.wage() + " > " + percentileName(p) + " " + f.wage());
            }
            last = f;
            lastP = p;
        }
        return Optional.empty();
    }

    private static String percentileName(int p) {
        return p == 50 ? "median" : "P" + p;
    }
}
