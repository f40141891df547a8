package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.experience.CurveMethod;
import io.github.wageoutlook.experience.CurveOptions;
import io.github.wageoutlook.experience.CurveTurn;
import io.github.wageoutlook.experience.ExperienceBracket;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.experience.ExperienceCurve;
import io.github.wageoutlook.experience.ExperienceCurve.BracketFit;
import io.github.wageoutlook.experience.ExperienceCurve.GoodnessOfFit;
import io.github.wageoutlook.experience.ExperienceCurve.HeldOut;
import io.github.wageoutlook.experience.ExperienceCurve.LeaveOneOut;
import io.github.wageoutlook.oews.LookupResult;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code experience}: an occupation's pay by years of experience, fitted to survey brackets (the embedded PayScale
 * figures or the user's file), with yearly raises, fit per bracket, leave-one-bracket-out error, and optionally
 * rebased on the BLS median of a year.
 */
final class ExperienceCommand implements Command {

    /** The experience levels printed, in years. */
    static final int[] YEARS = {0, 1, 2, 5, 10, 15, 20, 25, 30};

    @Override
    public String name() {
        return "experience";
    }

    @Override
    public String usage() {
        return "experience <soc-code|title> [--brackets FILE] [--method auto|mincer|rising|monotone|linear] "
                + "[--open-width YEARS] [--target PAY] [--rebase-year YYYY [--rebase-at YEARS] [--area A] "
                + "[--industry NAICS] [--ownership O] [--file PATH]... [--contact EMAIL] [--cache DIR] [--offline]] "
                + "[--format text|csv|json] "
                + "[--chart FILE.png|FILE.svg]";
    }

    @Override
    public String summary() {
        return "Pay by years of experience fitted to PayScale-style brackets: curve, yearly raises, fit and "
                + "leave-one-out error; optionally rebased on the BLS median; --chart draws brackets and curve.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        return run(words, out, System.err);
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Set<String> valued = new java.util.HashSet<>(Output.options("brackets", "method", "open-width", "target",
                "rebase-year", "rebase-at"));
        valued.addAll(List.of("area", "industry", "ownership")); // the BLS median to rebase on: where and which industry
        Arguments args = OewsSelection.parse(words, valued, Set.of());
        if (OewsSelection.isNarrowed(args) && args.option("rebase-year").isEmpty()) {
            throw new UsageException("--area, --industry, --ownership and --file choose the BLS median of "
                    + "--rebase-year; give --rebase-year");
        }
        Output.Format format = Output.format(args);
        Optional<Path> chartFile = Output.chart(args);
        String query = args.required(0, "occupation (code such as 43-4051, or title text)");
        args.atMost(1);
        ExperienceBrackets all = args.option("brackets").map(f -> ExperienceBrackets.read(Path.of(f)))
                .orElseGet(ExperienceBrackets::embedded);
        ExperienceBrackets brackets = find(query, all);
        CurveOptions options = CurveOptions.defaults();
        if (args.option("method").isPresent()) {
            options = options.withMethod(method(args.option("method").get()));
        }
        if (args.doubleOption("open-width").isPresent()) {
            double width = args.doubleOption("open-width").get();
            if (!(width > 0 && width <= 40)) {
                throw new UsageException("--open-width must be above 0 and at most 40 years, got "
                        + BasisHint.plain(width));
            }
            options = options.withOpenBracketWidth(width);
        }
        if (args.option("rebase-at").isPresent() && args.option("rebase-year").isEmpty()) {
            throw new UsageException("--rebase-at needs --rebase-year");
        }
        if (args.doubleOption("rebase-at").isPresent()) {
            double at = args.doubleOption("rebase-at").get();
            if (!(at >= 0 && at <= ExperienceCurve.MAX_YEARS)) {
                throw new UsageException("--rebase-at must be 0 to " + (int) ExperienceCurve.MAX_YEARS
                        + " years of experience, got " + BasisHint.plain(at));
            }
        }
        ExperienceCurve curve = ExperienceCurve.fit(brackets, options);
        if (format != Output.Format.TEXT) {
            if (args.option("target").isPresent() || args.option("rebase-year").isPresent()) {
                throw new UsageException("--target and --rebase-year print text only; drop them or --format");
            }
            Output.write(rows(curve), format, out);
            if (chartFile.isPresent()) {
                Output.writeChart(Charts.experienceCurve(curve), chartFile.get(), format, out);
            }
            return 0;
        }
        print(curve, all.name(), out);
        if (chartFile.isPresent()) {
            out.println();
            Output.writeChart(Charts.experienceCurve(curve), chartFile.get(), format, out);
        }
        if (args.doubleOption("target").isPresent()) {
            Wage target = Wage.of(positive(args.doubleOption("target").get(), "--target"), curve.basis());
            double[] pays = curve.brackets().stream().mapToDouble(b -> b.pay().amount()).toArray();
            double low = Arrays.stream(pays).min().orElseThrow();
            double high = Arrays.stream(pays).max().orElseThrow();
            BasisHint.print(name(), BasisHint.forSalary(target.amount(), curve.basis(), low, high, "the brackets pay "
                    + Wage.of(low, curve.basis()).rounded() + " to " + Wage.of(high, curve.basis()).rounded()
                    + "; --target is on their basis").map(h -> h.replace(": add --hourly", ": give it on the "
                    + "brackets' basis").replace(": drop --hourly", ": give it on the brackets' basis")), err);
            OptionalDouble years = curve.yearsToReach(target);
            out.println();
            out.println("Years to reach " + target + ": " + (years.isPresent()
                    ? String.format(Locale.US, "%.1f", years.getAsDouble())
                    : "not reached within " + (int) ExperienceCurve.MAX_YEARS + " years"));
        }
        if (args.intOption("rebase-year").isPresent()) {
            rebase(curve, args, args.intOption("rebase-year").get(), args.doubleOption("rebase-at"), out);
        }
        return 0;
    }

    /**
     * The curve as rows for CSV and JSON: the pay and next year's raise at each printed experience level, then each
     * bracket's survey figure beside the curve's average over it.
     */
    static Output.Rows rows(ExperienceCurve curve) {
        ExperienceBracket first = curve.brackets().bracket(0);
        String basis = curve.basis().name().toLowerCase(Locale.ROOT);
        List<List<Object>> lines = new ArrayList<>();
        for (int x : YEARS) {
            ExperienceCurve.Raise r = curve.yearlyRaise(x);
            boolean outside = x < curve.startYears() || x > curve.endYears();
            lines.add(Arrays.asList(first.occupationCode(), "curve", Integer.toString(x), (double) x, (double) x,
                    basis, first.currencyYear(), null, Precision.wage(curve.payAt(x).amount(), curve.basis()),
                    Precision.wage(r.amount(), curve.basis()), Precision.percent(100 * r.fraction()),
                    outside ? "outside the bracketed range" : null));
        }
        for (BracketFit f : curve.fitPerBracket()) {
            ExperienceBracket b = f.bracket();
            lines.add(Arrays.asList(first.occupationCode(), "bracket", b.label(), b.lowerYears(),
                    b.upperYears(curve.options().openBracketWidth()), basis, b.currencyYear(), b.pay().amount(),
                    Precision.wage(f.fitted().amount(), curve.basis()), null, null,
                    b.isOpen() ? "open bracket: end assumed" : null));
        }
        for (CurveTurn t : curve.turns()) {
            double at = Math.round(t.years() * 100) / 100.0;
            lines.add(Arrays.asList(first.occupationCode(), "turn", t.peak() ? "peak" : "trough", at, at, basis, first.currencyYear(), null, Precision.wage(t.pay().amount(), curve.basis()),
                    null, null, t.bracket().map(b -> "inside the " + b.label() + " bracket")
                            .orElse("between brackets")));
        }
        return new Output.Rows(List.of("occupation_code", "kind", "label", "from_years", "to_years", "basis",
                "currency_year", "survey_pay", "curve_pay", "raise_next_year", "raise_next_year_percent",
                "note"), lines);
    }

    private static double positive(double v, String what) {
        if (!(v > 0)) {
            throw new UsageException(what + " must be above 0, got " + v);
        }
        return v;
    }

    private static CurveMethod method(String text) {
        try {
            return CurveMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method must be auto, mincer, rising, monotone or linear, got '" + text + "'");
        }
    }

    /** The brackets of the occupation the text names: its code, or its title ({@link OccupationLookup}). */
    private static ExperienceBrackets find(String query, ExperienceBrackets all) {
        OccupationLookup<ExperienceBracket> lookup = OccupationLookup.of(all.name(), all.rows(),
                ExperienceBracket::occupationCode, ExperienceBracket::title, b -> true);
        LookupResult<ExperienceBracket> r = lookup.find(query);
        if (r instanceof LookupResult.Found<ExperienceBracket> found) {
            return all.occupation(found.value().occupationCode()).orElseThrow();
        }
        if (r instanceof LookupResult.NotFound<ExperienceBracket> none && none.suggestions().isEmpty()) {
            throw new NotFoundException(r.message() + "; occupations there: " + all.occupationCodes()
                    + (all.name().equals(ExperienceBrackets.EMBEDDED) ? " (load your own with --brackets FILE)" : ""));
        }
        throw new OccupationLookupException(r);
    }

    static void print(ExperienceCurve curve, String file, PrintStream out) {
        ExperienceBrackets b = curve.brackets();
        ExperienceBracket first = b.bracket(0);
        ExperienceBracket last = b.bracket(b.size() - 1);
        out.printf("%s (%s): pay by years of experience%n", first.title(), first.occupationCode());
        out.printf("Brackets: %s — %s; %s pay in %d dollars%n", file, first.source(),
                first.pay().basis().name().toLowerCase(Locale.ROOT), first.currencyYear());
        out.printf("Method: %s, %s%n", curve.method().name().toLowerCase(Locale.ROOT), curve.formula());
        curve.methodChoice().ifPresent(why -> out.println("  chosen because " + why));
        out.println("  each bracket's figure is matched with the curve's average over the bracket, not its midpoint");
        if (last.isOpen()) {
            out.printf("  open bracket %s treated as %s–%s years (assumed width %s; change with --open-width)%n",
                    last.label(), years(last.lowerYears()), years(curve.endYears()),
                    years(curve.options().openBracketWidth()));
        }
        out.println();
        out.printf("%6s %14s   %s%n", "years", "pay", "raise over the next year");
        boolean beyond = false;
        for (int x : YEARS) {
            boolean outside = x < curve.startYears() || x > curve.endYears();
            beyond |= outside;
            out.printf("%6d %14s   %s%s%n", x, curve.payAt(x).rounded(), curve.yearlyRaise(x), outside ? "  *" : "");
        }
        if (beyond) {
            out.printf("  * outside the bracketed range %s–%s years: %s%n", years(curve.startYears()),
                    years(curve.endYears()), curve.method() == CurveMethod.MINCER
                            || curve.method() == CurveMethod.RISING ? "the formula extrapolated" : "held flat");
        }
        for (CurveTurn t : curve.turns()) {
            out.printf("  ! turn inside the bracketed range: %s — a bracket reports one average, so this turn comes "
                    + "from the formula, not the survey%n", t);
        }
        out.println();
        out.printf("Gain from the first to the last bracket (%s %s → %s %s): %+.1f%%%n", first.label(),
                first.pay().rounded(), last.label(), last.pay().rounded(), 100 * curve.bracketGain());
        ExperienceCurve.Raise avg = curve.averageYearlyRaise();
        out.printf("Average yearly raise between their midpoints (%s → %s years): %s%n", years(avg.fromYears()),
                years(avg.toYears()), avg);
        double end = Math.min(curve.endYears(), ExperienceCurve.MAX_YEARS);
        out.printf("Curve growth %s → %s years: %+.1f%%%n", years(curve.startYears()), years(end),
                100 * curve.growth(end));
        out.println(curve.peak().map(p -> String.format(Locale.US, "Peak: %.1f years, %s%s", p.years(),
                p.pay().rounded(), p.beyondData() ? " (beyond the bracketed range: an extrapolation)" : ""))
                .orElse("Peak: none — pay does not fall within " + (int) ExperienceCurve.MAX_YEARS + " years"));
        out.println();
        out.println("Fit per bracket (curve average over the bracket vs the survey figure):");
        out.printf("  %-11s %12s %12s %8s%n", "bracket", "survey", "fitted", "error");
        for (BracketFit f : curve.fitPerBracket()) {
            out.printf("  %-11s %12s %12s %8s%n", f.bracket().label(), f.bracket().pay().rounded(),
                    f.fitted().rounded(), signed2(f.error()));
        }
        GoodnessOfFit g = curve.goodnessOfFit();
        out.printf("  mean |error| %.2f%%, max %.2f%%, R² of log pay %s; %d parameters on %d brackets%s%n",
                100 * g.meanAbsError(), 100 * g.maxAbsError(),
                g.rSquared().isPresent() ? String.format(Locale.US, "%.4f", g.rSquared().getAsDouble()) : "n/a",
                g.parameters(), g.brackets(), g.parameters() >= g.brackets() ? " (exact by construction)" : "");
        out.println();
        if (!curve.canLeaveOneOut()) {
            out.printf("Leave-one-bracket-out: not computable, %s needs %d brackets and %d would remain%n",
                    curve.method(), curve.method().minimumBrackets(), b.size() - 1);
            return;
        }
        LeaveOneOut loo = curve.leaveOneOut();
        out.println("Leave-one-bracket-out (refit without the bracket, predict its average):");
        out.printf("  %-11s %12s %12s %8s%n", "bracket", "survey", "predicted", "error");
        for (HeldOut h : loo.heldOut()) {
            out.printf("  %-11s %12s %12s %8s%s%n", h.bracket().label(), h.bracket().pay().rounded(),
                    h.predicted().rounded(), signed2(h.error()), h.extrapolated() ? "  (extrapolated)" : "");
        }
        out.printf("  mean |error| %.2f%%, max %.2f%%%n", 100 * loo.meanAbsError(), 100 * loo.maxAbsError());
    }

    private static void rebase(ExperienceCurve curve, Arguments args, int year, Optional<Double> at,
                               PrintStream out) {
        List<Integer> shipped = Oews.nationalYears();
        if (!OewsSelection.isNarrowed(args) && !shipped.contains(year)) {
            throw new NotFoundException("no OEWS data for " + year + "; embedded years are " + shipped.get(0) + "–"
                    + shipped.get(shipped.size() - 1));
        }
        String code = curve.brackets().bracket(0).occupationCode();
        if (!SocCode.isValid(code)) {
            throw new UsageException("--rebase-year needs a SOC code to find the BLS median; the brackets' code is '"
                    + code + "'");
        }
        OewsTable table = OewsSelection.isNarrowed(args) ? OewsSelection.oneContext(args, year, "the rebase")
                : Oews.national(year);
        OccupationWages row = table.occupation(code).orElseThrow(() -> new NotFoundException(
                "no occupation with SOC code " + code + " in OEWS " + year + " (" + table.name() + ")"));
        WageFigure median = row.wages(curve.basis()).median();
        if (!median.isExact()) {
            throw new NotFoundException("the BLS median of " + code + " in " + year + " is " + median
                    + " (not an exact figure), so the curve cannot be rebased on it");
        }
        ExperienceCurve rebased = at.isPresent() ? curve.rebasedTo(median.wage(), at.get())
                : curve.rebasedTo(median.wage());
        out.println();
        out.printf("Rebased on BLS: OEWS May %d median for %s (%s, %s) is %s; %s (factor %.4f)%n", year, code,
                row.title(), row.context().label(), median.wage(), rebased.adjustments().get(rebased.adjustments().size() - 1),
                rebased.scale());
        out.printf("%6s %14s %14s%n", "years", "survey curve", "rebased");
        for (int x : YEARS) {
            out.printf("%6d %14s %14s%n", x, curve.payAt(x).rounded(), rebased.payAt(x).rounded());
        }
        out.println("Assumption: " + ExperienceCurve.REBASE_ASSUMPTION);
        if (row.year() != curve.brackets().bracket(0).currencyYear()) {
            out.printf("The survey is in %d dollars and the BLS median in %d dollars: the rebased curve is in %d "
                    + "dollars.%n", curve.brackets().bracket(0).currencyYear(), row.year(), row.year());
        }
    }

    /** A fraction as a signed percent to 0.01, never "-0.00%". */
    private static String signed2(double fraction) {
        double v = Math.round(10000 * fraction) / 100.0;
        return v == 0 ? "0.00%" : String.format(Locale.ROOT, "%+.2f%%", v);
    }

    private static String years(double y) {
        return y == Math.rint(y) ? Long.toString((long) y) : String.format(Locale.US, "%.1f", y);
    }
}
