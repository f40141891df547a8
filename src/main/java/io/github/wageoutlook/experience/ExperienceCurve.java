package io.github.wageoutlook.experience;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Pay as a function of years of experience, fitted to an occupation's brackets ({@link ExperienceBrackets}), and
 * the questions people ask of it: pay at any point, the yearly raise, growth since the start, years to reach a
 * target, the peak, how well it fits.
 *
 * <p><b>Fitting.</b> Each bracket's figure is matched with the curve's average over the bracket,
 * avg = 1/(hi − lo) ∫ w(x) dx over [lo, hi] (20-point Gauss–Legendre), not with its value at the midpoint; an
 * open top bracket is given the width of {@link CurveOptions#openBracketWidth()} (default 10 years: 20+ as 20–30).
 * The methods ({@link CurveMethod}): the Mincer log-quadratic ln w = a + b·x + c·x² by least squares on log
 * averages (Levenberg–Marquardt; the default for 4 or more brackets), a shape-preserving monotone cubic through the
 * bracket averages (3 brackets), a line (2 brackets). Fewer than 2 brackets cannot be fitted.
 *
 * <p><b>The survey's shape.</b> When the brackets rise, the default keeps the Mincer fit only if it rises over the
 * whole bracketed range and does not climb above the highest bracket by more than the last step between brackets;
 * otherwise it fits the monotone cubic and says why ({@link #methodChoice()}). Any turn of a fitted curve inside a
 * bracket is reported by {@link #turns()}.
 *
 * <p><b>Rebasing.</b> {@link #rebasedTo(Wage)} and {@link #scaledBy(double, String)} multiply the whole curve by one
 * factor: the shape (pay at x relative to pay at y) stays that of the survey, the level becomes another's, e.g. the
 * BLS median of a year or constant dollars. That assumes — and {@link #REBASE_ASSUMPTION} says so — that the
 * survey's experience gradient holds for the other population: PayScale pay is self-reported by site users and
 * includes bonuses; OEWS wages are base pay reported by employers.
 *
 * <pre>{@code
 * ExperienceCurve c = ExperienceCurve.fit(ExperienceBrackets.embedded().occupation("43-4051").orElseThrow());
 * c.payAt(10);                              // ≈ $31,000/yr
 * c.yearlyRaise(5).fraction();              // ≈ 0.009, a fraction: +0.9 % a year
 * c.rebasedTo(Wage.annual(33_750)).payAt(0);
 * }</pre>
 *
 * <p>Why one class of about 650 lines: it is the curve's whole query API (pay, raises, growth, targets, peak, fit
 * quality, leave-one-out, rebasing) and the small records those queries return; the fitted shapes live in their own
 * package-private classes ({@code MincerShape}, {@code MonotoneShape}, {@code LinearShape}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExperienceCurve implements Tabular {

    /** The assumption behind {@link #rebasedTo(Wage)} and {@link #scaledBy(double, String)}, as printed. */
    public static final String REBASE_ASSUMPTION = "Rebasing keeps the survey's shape (pay at each experience level "
            + "relative to the others) and takes another source's level. It assumes that shape holds there too: "
            + "PayScale pay is self-reported by site users and includes bonuses; OEWS wages are base pay reported by "
            + "employers, excluding the self-employed, so the two differ in level and may differ in slope.";

    /** The longest experience a query accepts, in years. */
    public static final double MAX_YEARS = ExperienceBracket.MAX_YEARS;

    private final ExperienceBrackets brackets;
    private final CurveOptions options;
    private final CurveMethod method;
    private final CurveShape shape;
    private final double scale;
    private final List<String> adjustments;
    private final Optional<String> choice;
    private final WageBasis basis;
    private final double start;
    private final double end;

    private ExperienceCurve(ExperienceBrackets brackets, CurveOptions options, CurveMethod method, CurveShape shape,
                            double scale, List<String> adjustments, Optional<String> choice) {
        this.brackets = brackets;
        this.options = options;
        this.method = method;
        this.shape = shape;
        this.scale = scale;
        this.adjustments = List.copyOf(adjustments);
        this.choice = choice;
        this.basis = brackets.bracket(0).pay().basis();
        this.start = brackets.bracket(0).lowerYears();
        this.end = brackets.bracket(brackets.size() - 1).upperYears(options.openBracketWidth());
    }

    /**
     * Fits a curve with the default options: the method chosen by the number of brackets, a 10-year open bracket.
     *
     * @param brackets the brackets of one occupation, at least 2
     * @return the curve
     * @throws IllegalArgumentException for fewer than 2 brackets or several occupations
     */
    public static ExperienceCurve fit(ExperienceBrackets brackets) {
        return fit(brackets, CurveOptions.defaults());
    }

    /**
     * Fits a curve.
     *
     * @param brackets the brackets of one occupation, at least as many as the method needs
     * @param options the method and the open bracket's width
     * @return the curve
     * @throws IllegalArgumentException for too few brackets for the method, several occupations, or a line that
     *     falls to zero within the bracketed range
     */
    public static ExperienceCurve fit(ExperienceBrackets brackets, CurveOptions options) {
        Objects.requireNonNull(brackets, "brackets must not be null");
        Objects.requireNonNull(options, "options must not be null");
        List<String> codes = brackets.occupationCodes();
        if (codes.size() > 1) {
            throw new IllegalArgumentException("Invalid value for brackets (valid values: one occupation's): "
                    + codes.size() + " occupations " + codes + "; pick one with occupation(code)");
        }
        int n = brackets.size();
        if (n < 2) {
            throw new IllegalArgumentException("Invalid value for brackets (valid values: at least 2 brackets to fit "
                    + "a curve): " + n + (n == 1 ? " (" + brackets.bracket(0).label() + ")" : ""));
        }
        CurveMethod m = options.method().resolve(n);
        if (n < m.minimumBrackets()) {
            throw new IllegalArgumentException("Invalid value for brackets (valid values: at least "
                    + m.minimumBrackets() + " brackets for " + m + "): " + n + "; use " + CurveMethod.LINEAR
                    + " or " + CurveMethod.MONOTONE + " for 2");
        }
        double[][] ranges = ranges(brackets, options.openBracketWidth());
        double[] pay = brackets.stream().mapToDouble(b -> b.pay().amount()).toArray();
        boolean rising = SurveyShape.rising(pay);
        if (m == CurveMethod.RISING && !rising) {
            throw new IllegalArgumentException("Invalid value for brackets (valid values: pay rising from bracket to "
                    + "bracket, for " + CurveMethod.RISING + "): " + brackets.stream().map(b -> b.label() + " "
                    + b.pay().rounded()).toList() + "; use " + CurveMethod.MINCER + " or " + CurveMethod.MONOTONE);
        }
        CurveShape shape = shape(m, ranges, pay);
        Optional<String> choice = Optional.empty();
        if (options.method() == CurveMethod.AUTO && rising && n >= CurveMethod.RISING.minimumBrackets()) {
            List<String> labels = brackets.stream().map(ExperienceBracket::label).toList();
            Optional<String> departure = SurveyShape.departure(shape, ranges, pay, labels);
            StringBuilder why = new StringBuilder("the brackets rise");
            // The usual method, then the monotone cubic (exact bracket averages), then the constrained Mincer
            // curve, which keeps the shape by construction: the first that keeps the survey's shape is taken.
            for (CurveMethod next : List.of(CurveMethod.MONOTONE, CurveMethod.RISING)) {
                if (departure.isEmpty()) {
                    break;
                }
                if (next == m) {
                    continue;
                }
                why.append(", and the ").append(m.name().toLowerCase(Locale.ROOT)).append(" fit ")
                        .append(departure.get());
                m = next;
                try {
                    shape = shape(m, ranges, pay);
                    departure = m == CurveMethod.RISING ? Optional.empty()
                            : SurveyShape.departure(shape, ranges, pay, labels);
                } catch (IllegalArgumentException noFit) {
                    departure = Optional.of("cannot be fitted (" + noFit.getMessage() + ")");
                }
                if (departure.isEmpty()) {
                    choice = Optional.of(why + "; " + (m == CurveMethod.RISING ? "the Mincer curve constrained to "
                            + "rise and to stay under " + Wage.of(SurveyShape.ceiling(pay), brackets.bracket(0).pay()
                            .basis()).rounded() : "the monotone cubic") + " keeps the survey's shape");
                }
            }
        }
        return new ExperienceCurve(brackets, options, m, shape, 1.0, List.of(), choice);
    }

    private static CurveShape shape(CurveMethod m, double[][] ranges, double[] pay) {
        double[] logPay = new double[pay.length];
        for (int i = 0; i < pay.length; i++) {
            logPay[i] = Math.log(pay[i]);
        }
        return switch (m) {
            case MINCER -> MincerShape.fit(ranges, logPay);
            case RISING -> RisingMincerFit.fit(ranges, logPay, SurveyShape.ceiling(pay));
            case MONOTONE -> MonotoneShape.fit(ranges, logPay);
            case LINEAR -> LinearShape.fit(ranges, pay);
            case AUTO -> throw new AssertionError("resolved before fitting");
        };
    }

    private static double[][] ranges(ExperienceBrackets brackets, double openWidth) {
        double[][] r = new double[brackets.size()][];
        for (int i = 0; i < r.length; i++) {
            ExperienceBracket b = brackets.bracket(i);
            r[i] = new double[] {b.lowerYears(), b.upperYears(openWidth)};
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------------- queries

    /**
     * The pay at a number of years of experience, w(x).
     *
     * @param years years of experience, 0 - 60
     * @return the pay, on the brackets' basis
     */
    public Wage payAt(double years) {
        checkYears("years", years, MAX_YEARS);
        return Wage.of(amountAt(years), basis);
    }

    private double amountAt(double years) {
        return scale * shape.value(years);
    }

    /**
     * The average pay over a range of experience, 1/(to − from) ∫ w(x) dx: what a bracket [from, to) of this curve
     * would report.
     *
     * @param fromYears start of the range, 0 - 60
     * @param toYears end of the range, above {@code fromYears}, at most 60
     * @return the average pay
     */
    public Wage averagePay(double fromYears, double toYears) {
        checkYears("fromYears", fromYears, MAX_YEARS);
        checkYears("toYears", toYears, MAX_YEARS);
        if (!(toYears > fromYears)) {
            throw new IllegalArgumentException("Invalid value for toYears (valid values above fromYears "
                    + fromYears + "): " + toYears);
        }
        return Wage.of(scale * shape.average(fromYears, toYears), basis);
    }

    /**
     * The raise over the year after {@code years}: amount w(x + 1) − w(x) and fraction w(x + 1) / w(x) − 1.
     *
     * @param years years of experience, 0 - 59
     * @return the raise (negative past a peak)
     */
    public Raise yearlyRaise(double years) {
        checkYears("years", years, MAX_YEARS - 1);
        double now = amountAt(years);
        double next = amountAt(years + 1);
        return new Raise(years, years + 1, next - now, next / now - 1, basis);
    }

    /**
     * Total growth from the start of the bracketed range (the first bracket's lower year) to {@code years}:
     * w(x) / w(start) − 1.
     *
     * @param years years of experience, 0 - 60
     * @return the growth as a fraction (0.2 = +20 %)
     */
    public double growth(double years) {
        return growth(start, years);
    }

    /**
     * Growth between two points, w(to) / w(from) − 1.
     *
     * @param fromYears years of experience at the start, 0 - 60
     * @param toYears years of experience at the end, 0 - 60
     * @return the growth as a fraction
     */
    public double growth(double fromYears, double toYears) {
        checkYears("fromYears", fromYears, MAX_YEARS);
        checkYears("toYears", toYears, MAX_YEARS);
        return amountAt(toYears) / amountAt(fromYears) - 1;
    }

    /**
     * The fewest years of experience at which the curve reaches a target pay: the first x in [start, 60] with
     * w(x) ≥ target (scanned in steps of 0.05 years, then bisected to 10⁻⁹ years).
     *
     * @param target the pay, on the curve's basis
     * @return the years, the start if the curve starts at or above the target, empty if it never gets there
     * @throws io.github.wageoutlook.wages.BasisMismatchException if the target is on the other basis
     */
    public OptionalDouble yearsToReach(Wage target) {
        Objects.requireNonNull(target, "target must not be null");
        Wage.of(1, basis).requireSameBasis("compare a target with the curve", target);
        double goal = target.amount();
        if (amountAt(start) >= goal) {
            return OptionalDouble.of(start);
        }
        double step = 0.05;
        for (double lo = start; lo < MAX_YEARS; lo += step) {
            double hi = Math.min(lo + step, MAX_YEARS);
            if (amountAt(hi) >= goal) {
                double a = lo;
                double b = hi;
                while (b - a > 1e-9) {
                    double mid = (a + b) / 2;
                    if (amountAt(mid) >= goal) {
                        b = mid;
                    } else {
                        a = mid;
                    }
                }
                return OptionalDouble.of(b);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The curve's maximum when pay falls after it within [start, 60] years. For {@link CurveMethod#MINCER} and
     * {@link CurveMethod#RISING} with c &lt; 0 it is x* = −b / (2c); for the other methods it is found numerically and lies within the bracketed
     * range (they are flat beyond it).
     *
     * @return the peak, or empty if pay never falls
     */
    public Optional<Peak> peak() {
        double best;
        if (shape instanceof MincerShape mincer) {
            if (!(mincer.c < 0)) {
                return Optional.empty();
            }
            best = -mincer.b / (2 * mincer.c);
        } else {
            best = start;
            double bestPay = amountAt(start);
            for (double x = start; x <= end; x += 0.01) {
                if (amountAt(x) > bestPay) {
                    bestPay = amountAt(x);
                    best = x;
                }
            }
            if (!(amountAt(end) < bestPay * (1 - 1e-9))) {
                return Optional.empty();
            }
        }
        if (best <= start || best >= MAX_YEARS) {
            return Optional.empty();
        }
        return Optional.of(new Peak(best, Wage.of(amountAt(best), basis), best > end));
    }

    /**
     * Where the curve changes direction inside the bracketed range: peaks and troughs, each with the bracket it lies
     * in (scanned every 0.01 year). A bracket reports one average, so a turn inside one comes from the formula, not
     * the survey; output should flag it. A curve that keeps rising brackets' shape has none.
     *
     * @return the turns, in order of experience; empty for a curve that only rises or only falls
     */
    public List<CurveTurn> turns() {
        List<CurveTurn> out = new ArrayList<>();
        for (SurveyShape.Turn t : SurveyShape.turns(shape, ranges(brackets, options.openBracketWidth()))) {
            out.add(new CurveTurn(t.years(), Wage.of(scale * t.pay(), basis), t.peak(), t.bracketIndex() < 0
                    ? Optional.empty() : Optional.of(brackets.bracket(t.bracketIndex()))));
        }
        return List.copyOf(out);
    }

    /**
     * Why {@link CurveMethod#AUTO} did not take the method the number of brackets names: with rising brackets it
     * takes the Mincer fit only when that fit rises over the whole bracketed range, stays under the highest
     * bracket's pay times the last step between brackets, and ends above the first bracket's pay; otherwise it
     * takes the monotone cubic, and this says what the Mincer fit did.
     *
     * @return the reason, e.g. "the brackets rise, and the Mincer fit turns down at 20 years, inside the 10–40 yrs
     *     bracket, …"; empty when the method was asked for or the usual choice stood
     */
    public Optional<String> methodChoice() {
        return choice;
    }

    /**
     * Growth from the first bracket's figure to the last's, p_last / p_first − 1 (PayScale's 0–5 → 20+ for customer
     * service representatives: $34,000 / $28,000 − 1 = 21.4 %). Read from the brackets, not the curve.
     *
     * @return the growth as a fraction
     */
    public double bracketGain() {
        return brackets.bracket(brackets.size() - 1).pay().amount() / brackets.bracket(0).pay().amount() - 1;
    }

    /**
     * The average yearly raise between the first and the last bracket, from their figures and the distance between
     * their midpoints (the open bracket's midpoint by the assumed width): amount (p_last − p_first) / span, fraction
     * (p_last / p_first)^(1/span) − 1. Scaled like the curve.
     *
     * @return the raise, with {@link Raise#fromYears()} and {@link Raise#toYears()} the two midpoints
     */
    public Raise averageYearlyRaise() {
        double[][] r = ranges(brackets, options.openBracketWidth());
        double from = (r[0][0] + r[0][1]) / 2;
        double to = (r[r.length - 1][0] + r[r.length - 1][1]) / 2;
        double first = brackets.bracket(0).pay().amount();
        double last = brackets.bracket(brackets.size() - 1).pay().amount();
        double span = to - from;
        return new Raise(from, to, scale * (last - first) / span, Math.pow(last / first, 1 / span) - 1, basis);
    }

    /**
     * Each bracket's figure beside the curve's average over the bracket, before any rebasing.
     *
     * @return one entry per bracket, in order
     */
    public List<BracketFit> fitPerBracket() {
        double[][] r = ranges(brackets, options.openBracketWidth());
        List<BracketFit> fits = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            ExperienceBracket b = brackets.bracket(i);
            double fitted = shape.average(r[i][0], r[i][1]);
            fits.add(new BracketFit(b, Wage.of(fitted, basis), fitted / b.pay().amount() - 1));
        }
        return List.copyOf(fits);
    }

    /**
     * How well the curve reproduces its brackets: relative errors of the bracket averages, and R² of log pay,
     * 1 − Σ(ln p − ln avg)² / Σ(ln p − mean ln p)².
     *
     * @return the summary
     */
    public GoodnessOfFit goodnessOfFit() {
        List<BracketFit> fits = fitPerBracket();
        double sumAbs = 0;
        double maxAbs = 0;
        double ssRes = 0;
        double meanLog = fits.stream().mapToDouble(f -> Math.log(f.bracket().pay().amount())).average().orElse(0);
        double ssTot = 0;
        for (BracketFit f : fits) {
            sumAbs += Math.abs(f.error());
            maxAbs = Math.max(maxAbs, Math.abs(f.error()));
            double lp = Math.log(f.bracket().pay().amount());
            ssRes += Math.pow(lp - Math.log(f.fitted().amount()), 2);
            ssTot += Math.pow(lp - meanLog, 2);
        }
        OptionalDouble r2 = ssTot > 0 ? OptionalDouble.of(1 - ssRes / ssTot) : OptionalDouble.empty();
        return new GoodnessOfFit(sumAbs / fits.size(), maxAbs, r2, fits.size(), shape.parameters());
    }

    /** @return true when every bracket can be held out and the method still fitted to the rest */
    public boolean canLeaveOneOut() {
        return brackets.size() - 1 >= method.minimumBrackets();
    }

    /**
     * Leave-one-bracket-out cross-validation: each bracket in turn is held out, the same method (and open bracket
     * width) is fitted to the others, and the held-out bracket's figure is compared with the refitted curve's
     * average over its range. Holding out the first or last bracket tests extrapolation.
     *
     * @return the errors
     * @throws IllegalStateException when the method cannot be fitted to one bracket fewer
     *     (see {@link #canLeaveOneOut()})
     */
    public LeaveOneOut leaveOneOut() {
        if (!canLeaveOneOut()) {
            throw new IllegalStateException("Cannot leave one bracket out: " + method + " needs "
                    + method.minimumBrackets() + " brackets and there would be " + (brackets.size() - 1));
        }
        CurveOptions fixed = options.withMethod(method);
        List<HeldOut> held = new ArrayList<>();
        double sumAbs = 0;
        double maxAbs = 0;
        for (int i = 0; i < brackets.size(); i++) {
            List<ExperienceBracket> rest = new ArrayList<>(brackets.rows());
            ExperienceBracket out = rest.remove(i);
            ExperienceCurve c = fit(ExperienceBrackets.of(brackets.name() + " without " + out.label(), rest), fixed);
            double lo = out.lowerYears();
            double hi = out.upperYears(options.openBracketWidth());
            double predicted = c.shape.average(lo, hi);
            double error = predicted / out.pay().amount() - 1;
            held.add(new HeldOut(out, Wage.of(predicted, basis), error, lo < c.start || hi > c.end));
            sumAbs += Math.abs(error);
            maxAbs = Math.max(maxAbs, Math.abs(error));
        }
        return new LeaveOneOut(List.copyOf(held), sumAbs / held.size(), maxAbs);
    }

    // ---------------------------------------------------------------------------------------------- rebasing

    /**
     * This curve scaled so that its average over the bracketed range, 1/(end − start) ∫ w(x) dx, equals a level
     * such as the BLS median of the occupation: the median worker is taken to be the typical worker of the
     * range. See {@link #REBASE_ASSUMPTION}.
     *
     * @param level the new level, on the curve's basis, above zero
     * @return the rebased curve
     */
    public ExperienceCurve rebasedTo(Wage level) {
        requireLevel(level);
        double average = scale * shape.average(start, end);
        return withScale(scale * level.amount() / average, "rebased so that the average over "
                + ExperienceBracket.fmt(start) + "–" + ExperienceBracket.fmt(end) + " years is " + level);
    }

    /**
     * This curve scaled so that its pay at a given experience equals a level.
     *
     * @param level the new level, on the curve's basis, above zero
     * @param atYears the experience at which the curve is to equal the level, 0 - 60
     * @return the rebased curve
     */
    public ExperienceCurve rebasedTo(Wage level, double atYears) {
        requireLevel(level);
        checkYears("atYears", atYears, MAX_YEARS);
        return withScale(scale * level.amount() / amountAt(atYears), "rebased so that pay at "
                + ExperienceBracket.fmt(atYears) + " years is " + level);
    }

    /**
     * This curve times a factor, e.g. CPI(target year) / CPI(survey year) for constant dollars.
     *
     * @param factor the factor, above zero and finite
     * @param reason what the factor is, kept in {@link #adjustments()}
     * @return the scaled curve
     */
    public ExperienceCurve scaledBy(double factor, String reason) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("Invalid value for factor (valid values above 0, finite): " + factor);
        }
        Objects.requireNonNull(reason, "reason must not be null");
        return withScale(scale * factor, "scaled by " + String.format(Locale.ROOT, "%.6f", factor) + ": " + reason);
    }

    private void requireLevel(Wage level) {
        Objects.requireNonNull(level, "level must not be null");
        Wage.of(1, basis).requireSameBasis("rebase the curve", level);
        if (!(level.amount() > 0)) {
            throw new IllegalArgumentException("Invalid value for level (valid values > 0): " + level);
        }
    }

    private ExperienceCurve withScale(double newScale, String note) {
        List<String> notes = new ArrayList<>(adjustments);
        notes.add(note);
        return new ExperienceCurve(brackets, options, method, shape, newScale, notes, choice);
    }

    // ---------------------------------------------------------------------------------------------- accessors

    /** @return the brackets the curve was fitted to */
    public ExperienceBrackets brackets() {
        return brackets;
    }

    /** @return the options used (the method as asked, possibly {@link CurveMethod#AUTO}) */
    public CurveOptions options() {
        return options;
    }

    /** @return the method actually fitted (never {@link CurveMethod#AUTO}) */
    public CurveMethod method() {
        return method;
    }

    /** @return the basis of the pay */
    public WageBasis basis() {
        return basis;
    }

    /** @return the first bracket's lower year, where the bracketed range starts */
    public double startYears() {
        return start;
    }

    /** @return the end of the bracketed range: the last bracket's upper year, or lower + assumed width if open */
    public double endYears() {
        return end;
    }

    /** @return the factor applied by rebasing and scaling, 1 for a curve as fitted */
    public double scale() {
        return scale;
    }

    /** @return what rebasing and scaling have done to the curve, in order; empty for a curve as fitted */
    public List<String> adjustments() {
        return adjustments;
    }

    /**
     * The fitted parameters, before any rebasing: {@code a, b, c} for MincerShape, {@code α, β} for a line, the knots'
     * log pay for the monotone curve.
     *
     * @return the parameters, in that order
     */
    public List<Double> coefficients() {
        return shape.coefficients();
    }

    /** @return the fitted formula in words, e.g. {@code ln w = 10.24 + 0.0121·x − 0.000165·x²} */
    public String formula() {
        String f = shape.formula();
        return scale == 1 ? f : f + ", times " + String.format(Locale.ROOT, "%.6f", scale);
    }

    /**
     * The curve laid out for display: pay, yearly raise and growth every five years over the fitted range, and each
     * bracket beside the curve's average over it.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        return ExperienceCurveDisplay.of(this);
    }

    /** Prints the method, formula, range and the pay at 0, 5, 10, 20 and 30 years. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(brackets.bracket(0).occupationCode()).append(' ').append(method).append(": ").append(formula())
                .append(", fitted on ").append(ExperienceBracket.fmt(start)).append('–')
                .append(ExperienceBracket.fmt(end)).append(" years");
        for (int x : new int[] {0, 5, 10, 20, 30}) {
            b.append(x == 0 ? "; " : ", ").append(x).append(" yrs ").append(payAt(x).rounded());
        }
        return b.toString();
    }

    private static void checkYears(String name, double years, double max) {
        if (!(years >= 0 && years <= max)) {
            throw new IllegalArgumentException("Invalid value for " + name + " (valid values 0 - "
                    + ExperienceBracket.fmt(max) + " years): " + years);
        }
    }

    // ---------------------------------------------------------------------------------------------- results

    /**
     * A raise over a span of experience.
     *
     * @param fromYears experience at the start
     * @param toYears experience at the end
     * @param amount dollars gained per year (negative for a fall)
     * @param fraction the gain per year as a fraction of the pay at the start (0.01 = 1 %)
     * @param basis the basis of {@code amount}
     */
    public record Raise(double fromYears, double toYears, double amount, double fraction, WageBasis basis) {
        /** Prints {@code +$412/yr (+1.41%)}. */
        @Override
        public String toString() {
            return (amount < 0 ? "−" : "+") + Wage.of(Math.abs(amount), basis).rounded() + " ("
                    + String.format(Locale.ROOT, "%+.2f%%", 100 * fraction) + ")";
        }
    }

    /**
     * The maximum of a curve.
     *
     * @param years the experience at the peak
     * @param pay the pay there
     * @param beyondData true when the peak lies beyond the bracketed range (an extrapolation of the formula)
     */
    public record Peak(double years, Wage pay, boolean beyondData) {
    }

    /**
     * A bracket's figure beside the curve's average over it.
     *
     * @param bracket the bracket
     * @param fitted the curve's average over the bracket's range
     * @param error fitted / figure − 1
     */
    public record BracketFit(ExperienceBracket bracket, Wage fitted, double error) {
    }

    /**
     * How well a curve reproduces its brackets.
     *
     * @param meanAbsError mean of |fitted / figure − 1| over the brackets
     * @param maxAbsError the largest |fitted / figure − 1|
     * @param rSquared R² of log pay; empty when every bracket has the same pay
     * @param brackets the number of brackets
     * @param parameters the number of fitted parameters (with as many brackets, the fit is exact by construction)
     */
    public record GoodnessOfFit(double meanAbsError, double maxAbsError, OptionalDouble rSquared, int brackets,
                                int parameters) {
    }

    /**
     * A bracket held out and predicted from the others.
     *
     * @param bracket the bracket held out
     * @param predicted the refitted curve's average over its range
     * @param error predicted / figure − 1
     * @param extrapolated true when the bracket lies outside the others' range
     */
    public record HeldOut(ExperienceBracket bracket, Wage predicted, double error, boolean extrapolated) {
    }

    /**
     * Leave-one-bracket-out errors.
     *
     * @param heldOut one entry per bracket
     * @param meanAbsError mean of |error|
     * @param maxAbsError the largest |error|
     */
    public record LeaveOneOut(List<HeldOut> heldOut, double meanAbsError, double maxAbsError) {
    }
}
