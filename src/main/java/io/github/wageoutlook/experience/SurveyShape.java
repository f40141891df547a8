package io.github.wageoutlook.experience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the brackets say about the curve's shape, and whether a fitted shape keeps it: the rule {@link CurveMethod#AUTO}
 * applies before it accepts the Mincer fit, and the search for turns that {@link ExperienceCurve#turns()} reports.
 *
 * <p><b>Rising brackets.</b> When every bracket pays at least as much as the one before and the last more than the
 * first, the survey says pay rises with experience over the bracketed range. A curve that keeps that shape does not
 * fall anywhere in the range, and does not climb above the highest bracket by more than the data justify. The
 * ceiling is {@code p_n · p_n / p_(n−1)}: a rising curve whose average over the last bracket is {@code p_n} and which
 * enters that bracket at no less than the previous bracket's pay {@code p_(n−1)} ends at most that far above
 * {@code p_n} when it bends down (concave in log pay, as experience profiles are), i.e. the last step between
 * brackets repeated once more. A quadratic in log pay can meet every bracket average yet peak far above them inside
 * a wide last bracket and fall back below the first bracket's pay by its end; that shape is the formula's, not the
 * survey's.
 */
final class SurveyShape {
    /** Step of the scan for turns and the maximum, in years. */
    static final double SCAN_STEP = 0.01;
    /** Relative change in pay below which two scan points count as level (no turn from rounding). */
    private static final double LEVEL = 1e-12;

    private SurveyShape() {
    }

    /**
     * @param pay the bracket figures, in order of experience
     * @return true when each bracket pays at least the one before and the last more than the first
     */
    static boolean rising(double[] pay) {
        for (int i = 1; i < pay.length; i++) {
            if (pay[i] < pay[i - 1]) {
                return false;
            }
        }
        return pay.length >= 2 && pay[pay.length - 1] > pay[0];
    }

    /**
     * The highest pay a curve through rising brackets may reach: {@code p_n · p_n / p_(n−1)}.
     *
     * @param pay rising bracket figures
     * @return the ceiling, in the brackets' dollars
     */
    static double ceiling(double[] pay) {
        int n = pay.length;
        return pay[n - 1] * pay[n - 1] / pay[n - 2];
    }

    /**
     * Why a shape fitted to rising brackets does not keep their shape: it turns (down, or up after falling) somewhere
     * in the bracketed range, climbs above the ceiling, or ends below the first bracket's pay.
     *
     * @param shape the fitted shape
     * @param ranges the brackets' ranges, the open one at its assumed width
     * @param pay the bracket figures, rising
     * @param labels the brackets' labels, for the reason
     * @return the reason in words, or empty when the shape keeps the survey's
     */
    static Optional<String> departure(CurveShape shape, double[][] ranges, double[] pay, List<String> labels) {
        double start = ranges[0][0];
        double end = ranges[ranges.length - 1][1];
        List<String> why = new ArrayList<>();
        for (Turn t : turns(shape, ranges)) {
            why.add((t.peak() ? "turns down at " : "falls until ") + ExperienceBracket.fmt(round1(t.years()))
                    + " years" + (t.bracketIndex() < 0 ? ", between brackets"
                    : ", inside the " + labels.get(t.bracketIndex()) + " bracket"));
            break;
        }
        double top = 0;
        double topAt = start;
        int steps = (int) Math.ceil((end - start) / SCAN_STEP);
        for (int i = 0; i <= steps; i++) {
            double x = Math.min(end, start + i * SCAN_STEP);
            double v = shape.value(x);
            if (v > top) {
                top = v;
                topAt = x;
            }
        }
        double ceiling = ceiling(pay);
        if (top > ceiling * (1 + 1e-9)) {
            why.add(String.format(Locale.US, "climbs to $%,.0f at %s years, above the $%,.0f that the last step "
                    + "between brackets justifies", top, ExperienceBracket.fmt(round1(topAt)), ceiling));
        }
        if (shape.value(end) < pay[0]) {
            why.add(String.format(Locale.US, "ends at $%,.0f, below the first bracket's $%,.0f", shape.value(end),
                    pay[0]));
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", why));
    }

    /**
     * The points in the bracketed range where the shape changes direction (a peak or a trough), scanned every
     * {@value #SCAN_STEP} years and located to the nearest step, with the bracket each lies in.
     *
     * @param shape the fitted shape
     * @param ranges the brackets' ranges, the open one at its assumed width
     * @return the turns in order of experience
     */
    static List<Turn> turns(CurveShape shape, double[][] ranges) {
        double start = ranges[0][0];
        double end = ranges[ranges.length - 1][1];
        List<Turn> out = new ArrayList<>();
        int direction = 0;
        double prev = shape.value(start);
        double prevX = start;
        int steps = (int) Math.ceil((end - start) / SCAN_STEP);
        for (int i = 1; i <= steps; i++) {
            double x = Math.min(end, start + i * SCAN_STEP);
            double v = shape.value(x);
            double change = (v - prev) / prev;
            int d = change > LEVEL ? 1 : change < -LEVEL ? -1 : 0;
            if (d != 0) {
                if (direction != 0 && d != direction) {
                    out.add(new Turn(prevX, prev, direction > 0, bracketIndex(prevX, ranges)));
                }
                direction = d;
            }
            prev = v;
            prevX = x;
        }
        return out;
    }

    /** The bracket holding x (at a boundary shared by two brackets, the later one); −1 in a gap between brackets. */
    private static int bracketIndex(double x, double[][] ranges) {
        for (int k = ranges.length - 1; k >= 0; k--) {
            if (x >= ranges[k][0] && x <= ranges[k][1]) {
                return k;
            }
        }
        return -1;
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    /**
     * A turn found by the scan.
     *
     * @param years where, in years of experience
     * @param pay the shape's pay there, before any scaling
     * @param peak true for a maximum, false for a minimum
     * @param bracketIndex the index of the bracket it lies in, −1 in a gap between brackets
     */
    record Turn(double years, double pay, boolean peak, int bracketIndex) {
    }
}
