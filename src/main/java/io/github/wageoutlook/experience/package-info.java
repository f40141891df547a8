/**
 * Experience curves: pay by years of experience, from survey brackets such as PayScale's.
 *
 * <p>A tour: {@link io.github.wageoutlook.experience.ExperienceBrackets} is a typed table of
 * {@link io.github.wageoutlook.experience.ExperienceBracket}s (the embedded PayScale figures, a user's CSV file, or
 * brackets built in code, including PayScale's {@link io.github.wageoutlook.experience.CareerStage}s);
 * {@link io.github.wageoutlook.experience.ExperienceCurve#fit(ExperienceBrackets)} fits a curve to one occupation's
 * brackets — the Mincer log-quadratic, the same constrained to rise, a monotone cubic or a line ({@link
 * io.github.wageoutlook.experience.CurveMethod}) — matching each bracket's figure with the curve's average over the
 * bracket; when the brackets rise, the default keeps a rising curve. The curve answers pay at any experience, yearly
 * raises, growth, years to a target, the peak, turns inside brackets
 * ({@link io.github.wageoutlook.experience.CurveTurn}), goodness of fit and leave-one-bracket-out error, and can be
 * rebased on BLS wages.
 *
 * <p>{@link io.github.wageoutlook.experience.ExperienceBracketReader} reads bracket files (CSV).
 *
 * <pre>{@code
 * ExperienceBrackets csr = ExperienceBrackets.embedded().occupation("43-4051").orElseThrow();
 * ExperienceCurve curve = ExperienceCurve.fit(csr);
 * curve.payAt(10);     // pay after 10 years
 * }</pre>
 */
package io.github.wageoutlook.experience;
