package io.github.wageoutlook.experience;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import java.util.Locale;

/**
 * Lays an {@link ExperienceCurve} out for display: the pay every five years of experience over the fitted range,
 * the yearly raise there and the growth since the start; under the table, each bracket beside the curve's average
 * over it.
 */
final class ExperienceCurveDisplay {
    private static final int STEP_YEARS = 5;

    private ExperienceCurveDisplay() {
    }

    static DisplayTable of(ExperienceCurve curve) {
        ExperienceBracket first = curve.brackets().bracket(0);
        DisplayTable.Builder t = DisplayTable.builder(first.occupationCode() + " " + first.title() + ", "
                + curve.method() + ": " + curve.formula() + ", fitted on " + ExperienceBracket.fmt(curve.startYears())
                + "–" + ExperienceBracket.fmt(curve.endYears()) + " years")
                .column("Years", Align.RIGHT).column("Pay", Align.RIGHT).column("Yearly raise", Align.RIGHT)
                .column("Growth since start", Align.RIGHT);
        for (double x = Math.ceil(curve.startYears() / STEP_YEARS) * STEP_YEARS; x <= curve.endYears();
                x += STEP_YEARS) {
            t.row(ExperienceBracket.fmt(x), curve.payAt(x).rounded().toString(), curve.yearlyRaise(x).toString(),
                    String.format(Locale.ROOT, "%+.1f%%", 100 * curve.growth(x)));
        }
        StringBuilder fit = new StringBuilder("Brackets (survey pay, curve average over the bracket):");
        for (ExperienceCurve.BracketFit f : curve.fitPerBracket()) {
            fit.append(' ').append(f.bracket().label()).append(' ').append(f.bracket().pay().rounded()).append(" (")
                    .append(f.fitted().rounded()).append(')').append(';');
        }
        t.note(fit.substring(0, fit.length() - 1));
        return t.build();
    }
}
