package io.github.wageoutlook.projections;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The thresholds that turn a projected percent change into an Occupational Outlook Handbook descriptor, for one
 * cycle, with the source of every row. The percent change is first rounded to a whole percent, as the Handbook
 * quotes it; then the first bound it reaches names the descriptor.
 *
 * <table>
 *   <caption>Known scales (percent change over the cycle, rounded to a whole percent)</caption>
 *   <tr><th>cycle</th><th>much faster</th><th>faster</th><th>as fast</th><th>slower</th>
 *       <th>little or no change</th><th>decline</th><th>basis</th></tr>
 *   <tr><td>2016-26</td><td>≥ 15</td><td>10 – 14</td><td>5 – 9</td><td>2 – 4</td><td>−1 – 1</td><td>≤ −2</td>
 *       <td>partly published</td></tr>
 *   <tr><td>2024-34</td><td>≥ 7</td><td>5 – 6</td><td>3 – 4</td><td>1 – 2</td><td>0</td><td>≤ −1</td>
 *       <td>published</td></tr>
 * </table>
 *
 * <p><b>Rule for a cycle without published thresholds</b> (2019–29 and 2023–33 among the shipped ones, and any
 * user cycle): start from the one fully published scale, 2024–34, whose all-occupations growth was 3.1% (3 when
 * rounded); shift its four growth bounds (much faster, faster, as fast, slower) by the difference between the
 * cycle's rounded all-occupations growth and 3; keep the "little or no change" and "decline" bounds, which are
 * anchored at zero; keep "slower" at least one point above "little or no change". The descriptors are relative to
 * the average, and this rule keeps the average in the "as fast as average" band. Such scales are marked
 * {@link ThresholdBasis#INFERRED} and their {@link #source()} says so.
 *
 * <pre>{@code
 * DescriptorScale s = DescriptorScale.of(Cycle.parse("2016-26"), 7.4);
 * s.describe(4.9);   // AS_FAST_AS_AVERAGE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cycle the cycle
 * @param muchFasterFrom smallest rounded percent called "much faster than average"
 * @param fasterFrom smallest rounded percent called "faster than average"
 * @param asFastFrom smallest rounded percent called "as fast as average"
 * @param slowerFrom smallest rounded percent called "slower than average"
 * @param littleChangeFrom smallest rounded percent called "little or no change"; anything lower is "decline"
 * @param basis how much of the scale is published
 * @param source where the bounds come from, or the rule that inferred them
 */
public record DescriptorScale(Cycle cycle, int muchFasterFrom, int fasterFrom, int asFastFrom, int slowerFrom,
                              int littleChangeFrom, ThresholdBasis basis, String source) {

    private static final int REFERENCE_AVERAGE_2024_34 = 3;

    private static final List<DescriptorScale> KNOWN = List.of(
            new DescriptorScale(Cycle.of(2016, 2026), 15, 10, 5, 2, -1, ThresholdBasis.PARTLY_PUBLISHED,
                    "Faster than average from 10%: BLS Occupational Outlook Handbook, 2018-19 edition (2016-26 "
                    + "projections). The other bounds (much faster >= 15%, as fast 5-9%, slower 2-4%, little or no "
                    + "change -1 to 1%, decline <= -2%) are an assumption of this library: five-point steps from "
                    + "5% up, then 2 and -1 below, not checked against a published table; they agree "
                    + "with published career guides on customer service representatives, which call that "
                    + "occupation's +5% for 2016-26 \"as fast as average\"."),
            new DescriptorScale(Cycle.of(2024, 2034), 7, 5, 3, 1, 0, ThresholdBasis.PUBLISHED,
                    "O*NET OnLine projected-growth categories for the 2024-34 BLS projections: much faster >= 7%, "
                    + "faster 5-6%, as fast 3-4%, slower 1-2%, little or no change, decline <= -1% (O*NET OnLine, "
                    + "projected growth definitions, www.onetonline.org)."));

    /**
     * Checks that the bounds strictly decrease.
     *
     * @param cycle the cycle
     * @param muchFasterFrom smallest rounded percent called "much faster than average"
     * @param fasterFrom smallest rounded percent called "faster than average"
     * @param asFastFrom smallest rounded percent called "as fast as average"
     * @param slowerFrom smallest rounded percent called "slower than average"
     * @param littleChangeFrom smallest rounded percent called "little or no change"; anything lower is "decline"
     * @param basis how much of the scale is published
     * @param source where the bounds come from, or the rule that inferred them
     * @throws IllegalArgumentException naming the bound out of order
     */
    public DescriptorScale {
        Objects.requireNonNull(cycle, "cycle must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(source, "source must not be null");
        int[] bounds = {muchFasterFrom, fasterFrom, asFastFrom, slowerFrom, littleChangeFrom};
        String[] names = {"muchFasterFrom", "fasterFrom", "asFastFrom", "slowerFrom", "littleChangeFrom"};
        for (int i = 1; i < bounds.length; i++) {
            if (bounds[i] >= bounds[i - 1]) {
                throw new IllegalArgumentException("Invalid value for " + names[i] + " (valid values below "
                        + names[i - 1] + " = " + bounds[i - 1] + "): " + bounds[i]);
            }
        }
    }

    /** @return the scales with a published source, oldest cycle first */
    public static List<DescriptorScale> known() {
        return KNOWN;
    }

    /**
     * The scale of a cycle: the published one when there is one, else one inferred by the rule in the class
     * documentation.
     *
     * @param cycle the cycle
     * @param allOccupationsPercent the all-occupations percent change of the cycle (used only when inferring)
     * @return the scale
     * @throws IllegalArgumentException if the all-occupations change is not finite
     */
    public static DescriptorScale of(Cycle cycle, double allOccupationsPercent) {
        Objects.requireNonNull(cycle, "cycle must not be null");
        for (DescriptorScale s : KNOWN) {
            if (s.cycle.equals(cycle)) {
                return s;
            }
        }
        if (!Double.isFinite(allOccupationsPercent)) {
            throw new IllegalArgumentException("Invalid value for allOccupationsPercent (valid values finite "
                    + "percent): " + allOccupationsPercent);
        }
        DescriptorScale ref = KNOWN.get(1);
        int shift = (int) Math.round(allOccupationsPercent) - REFERENCE_AVERAGE_2024_34;
        int slower = Math.max(ref.slowerFrom + shift, ref.littleChangeFrom + 1);
        int asFast = Math.max(ref.asFastFrom + shift, slower + 1);
        int faster = Math.max(ref.fasterFrom + shift, asFast + 1);
        int muchFaster = Math.max(ref.muchFasterFrom + shift, faster + 1);
        String source = String.format(Locale.US, "Inferred: no published thresholds for %s. The 2024-34 growth bounds "
                        + "shifted by %+d points (all occupations %+.1f%% rounded to %d%%, against 3%% in 2024-34); "
                        + "little-or-no-change and decline bounds kept at zero.", cycle, shift, allOccupationsPercent,
                Math.round(allOccupationsPercent));
        return new DescriptorScale(cycle, muchFaster, faster, asFast, slower, ref.littleChangeFrom,
                ThresholdBasis.INFERRED, source);
    }

    /**
     * The descriptor of a percent change.
     *
     * @param percentChange the change over the cycle, percent (rounded here to a whole percent, half away from zero)
     * @return the descriptor
     * @throws IllegalArgumentException if the change is not finite
     */
    public GrowthDescriptor describe(double percentChange) {
        if (!Double.isFinite(percentChange)) {
            throw new IllegalArgumentException("Invalid value for percentChange (valid values finite): "
                    + percentChange);
        }
        long r = Math.round(Math.abs(percentChange)) * (percentChange < 0 ? -1 : 1);
        if (r >= muchFasterFrom) {
            return GrowthDescriptor.MUCH_FASTER_THAN_AVERAGE;
        } else if (r >= fasterFrom) {
            return GrowthDescriptor.FASTER_THAN_AVERAGE;
        } else if (r >= asFastFrom) {
            return GrowthDescriptor.AS_FAST_AS_AVERAGE;
        } else if (r >= slowerFrom) {
            return GrowthDescriptor.SLOWER_THAN_AVERAGE;
        } else if (r >= littleChangeFrom) {
            return GrowthDescriptor.LITTLE_OR_NO_CHANGE;
        }
        return GrowthDescriptor.DECLINE;
    }

    @Override
    public String toString() {
        return String.format(Locale.US, "%s (%s): much faster >= %d%%, faster %s, as fast %s, slower %s, "
                        + "little or no change %s, decline <= %d%%", cycle,
                basis.name().toLowerCase(Locale.ROOT).replace('_', ' '), muchFasterFrom,
                range(fasterFrom, muchFasterFrom - 1), range(asFastFrom, fasterFrom - 1),
                range(slowerFrom, asFastFrom - 1), range(littleChangeFrom, slowerFrom - 1), littleChangeFrom - 1);
    }

    private static String range(int from, int to) {
        return from == to ? from + "%" : from + " to " + to + "%";
    }
}
