package io.github.wageoutlook.experience;

/**
 * How an {@link ExperienceCurve} is fitted to brackets.
 *
 * <p>Every method matches each bracket's figure with the curve's <em>average over the bracket's range</em>
 * (1/(hi − lo) ∫ w(x) dx over [lo, hi]), not with the curve's value at the bracket's midpoint: a bracket's figure
 * describes everyone in it, and on a bending curve the two differ.
 *
 * <pre>{@code ExperienceCurve.fit(brackets, CurveOptions.defaults().withMethod(CurveMethod.MONOTONE));}</pre>
 */
public enum CurveMethod {
    /**
     * Chooses by the number of brackets: {@link #MINCER} for 4 or more, {@link #MONOTONE} for 3, {@link #LINEAR}
     * for 2. When the brackets rise (each pays at least the one before, the last more than the first) and that fit
     * does not keep their shape — it falls somewhere in the bracketed range, climbs above the highest bracket by
     * more than the last step between brackets, or ends below the first bracket — it takes {@link #RISING} instead
     * and says why ({@link ExperienceCurve#methodChoice()}).
     */
    AUTO(2),
    /**
     * The Mincer earnings function ln w = a + b·x + c·x², three parameters fitted by least squares on the log of
     * the bracket averages (Commons Math's Levenberg–Marquardt, from the closed-form fit of the log-pay averages).
     * Needs 3 or more brackets; with exactly 3 it passes through them. Its parabola is evaluated beyond the data too, which gives
     * a peak when c &lt; 0 — possibly inside a wide last bracket, far above every bracket's pay.
     */
    MINCER(3),
    /**
     * The Mincer function constrained to keep rising brackets' shape: least squares as {@link #MINCER}, subject to
     * the curve rising over the whole bracketed range and ending at most {@code p_n · p_n / p_(n−1)} (the highest
     * bracket's pay, stepped up once more by the last ratio between brackets). Needs 3 or more brackets whose pay
     * rises. Beyond the range the parabola is evaluated as for {@link #MINCER}.
     */
    RISING(3),
    /**
     * A shape-preserving monotone piecewise cubic (PCHIP, Fritsch–Carlson slopes) in log pay through one knot per
     * bracket at the bracket's midpoint, the knot values adjusted until every bracket's average equals its figure.
     * Between knots it never overshoots them; but matching averages can move the knots themselves out of order
     * (brackets of very different widths, or equal neighbouring figures), and then the curve turns inside a
     * bracket ({@link ExperienceCurve#turns()} reports it). Needs 2 or more brackets; it is extended with its end
     * slopes to the ends of the bracketed range and held flat beyond.
     */
    MONOTONE(2),
    /**
     * Pay linear in years, w = α + β·x, least squares through the bracket averages (a line's average over a range is
     * its value at the midpoint, so this is exact). Needs 2 or more brackets; held flat beyond the bracketed range.
     */
    LINEAR(2);

    private final int minimumBrackets;

    CurveMethod(int minimumBrackets) {
        this.minimumBrackets = minimumBrackets;
    }

    /** @return the method's lower-case name, as the command line's {@code --method} takes it ({@code mincer}) */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the fewest brackets the method can be fitted to */
    public int minimumBrackets() {
        return minimumBrackets;
    }

    /**
     * The method {@link #AUTO} stands for with a number of brackets; other methods return themselves.
     *
     * @param brackets the number of brackets
     * @return the concrete method
     */
    public CurveMethod resolve(int brackets) {
        if (this != AUTO) {
            return this;
        }
        return brackets >= 4 ? MINCER : brackets == 3 ? MONOTONE : LINEAR;
    }
}
