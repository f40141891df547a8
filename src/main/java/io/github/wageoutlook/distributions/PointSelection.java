package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.FigureStatus;

/**
 * Which of a row's published percentiles its curve passes through: the one rule for a single row
 * ({@link OccupationDistribution#of}) and for every row of a table ({@link DistributionColumns#fit}).
 *
 * <p>In order from the lowest percentile: every exact figure above 0 is a point; the first top-coded ({@code #})
 * figure is a point too, standing for "at least the top-code", if it is above the last exact one; nothing after it is
 * used. Not released ({@code *}) figures are skipped. A row has a curve when it has at least two points, one of them
 * exact, and its exact figures never decrease (a file may publish decreasing percentiles; no distribution passes
 * through them, so the row is refused rather than ranked wrongly).
 *
 * <p>A scratch object, reused row after row by one thread: not thread-safe.
 */
final class PointSelection {
    /** The points as indices of the grid's percentiles, {@link #count()} of them. */
    final int[] slots;
    /** The wages at the points, in dollars. */
    final double[] amounts;
    private int count;
    private boolean topCoded;
    private boolean decreasing;

    /**
     * Scratch space for rows of up to {@code capacity} percentiles.
     *
     * @param capacity the grid's size
     */
    PointSelection(int capacity) {
        slots = new int[capacity];
        amounts = new double[capacity];
    }

    /**
     * Selects the points of one row.
     *
     * @param status each grid percentile's status
     * @param amount each grid percentile's figure (read only where the status has a value)
     * @return this
     */
    PointSelection select(FigureStatus[] status, double[] amount) {
        count = 0;
        topCoded = false;
        decreasing = false;
        double lastExact = Double.NEGATIVE_INFINITY;
        boolean done = false;
        for (int i = 0; i < status.length; i++) {
            if (status[i] == FigureStatus.PUBLISHED) {
                decreasing |= amount[i] < lastExact;
                lastExact = amount[i];
            }
            if (done) {
                continue; // nothing after the first top-coded figure is a point, but a decrease is still one
            }
            if (status[i] == FigureStatus.PUBLISHED && amount[i] > 0) {
                add(i, amount[i]);
            } else if (status[i] == FigureStatus.TOP_CODED) {
                if (count == 0 || amount[i] > amounts[count - 1]) {
                    add(i, amount[i]);
                    topCoded = true;
                }
                done = true;
            }
        }
        return this;
    }

    /**
     * Selects every point of a grid: a curve through given exact figures (checked by the caller).
     *
     * @param exact the wage at each grid percentile, positive and non-decreasing
     * @return this
     */
    PointSelection all(double[] exact) {
        for (int i = 0; i < exact.length; i++) {
            slots[i] = i;
            amounts[i] = exact[i];
        }
        count = exact.length;
        topCoded = false;
        decreasing = false;
        return this;
    }

    private void add(int slot, double amount) {
        slots[count] = slot;
        amounts[count] = amount;
        count++;
    }

    /** @return the number of points */
    int count() {
        return count;
    }

    /** @return true when the last point is a top-coded figure, a lower bound */
    boolean isTopCoded() {
        return topCoded;
    }

    /** @return true when the row's exact figures decrease somewhere */
    boolean isDecreasing() {
        return decreasing;
    }

    /** @return true when the points make a curve: two or more, one of them exact, exact figures not decreasing */
    boolean isUsable() {
        return !decreasing && count >= 2 && count - (topCoded ? 1 : 0) >= 1;
    }
}
