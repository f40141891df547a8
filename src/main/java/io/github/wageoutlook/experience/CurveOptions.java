package io.github.wageoutlook.experience;

import java.util.Objects;

/**
 * How to fit an {@link ExperienceCurve}: the method, and the width assumed for an open top bracket.
 *
 * <p><b>The open bracket.</b> A "20+ years" figure has no upper end, but a bracket average needs one. The default
 * treats it as {@value #DEFAULT_OPEN_BRACKET_WIDTH} years wide (20+ as 20–30): the group thins out after about 30
 * years of experience (people who start work around 20 reach it in their early fifties, then retire or leave the
 * occupation), so its typical member has about 25 years, and 10 years is also the width of the bracket before it
 * in both the career guides' layout (10–20) and PayScale's (10–19). It is an assumption, printed with every fit; change it
 * with {@link #withOpenBracketWidth(double)} for occupations with long careers.
 *
 * <pre>{@code CurveOptions o = CurveOptions.defaults().withOpenBracketWidth(15);   // 20+ as 20–35}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the fitting method
 * @param openBracketWidth the assumed width of an open top bracket in years, above 0 and at most 40
 */
public record CurveOptions(CurveMethod method, double openBracketWidth) {

    /** The default assumed width of an open top bracket, in years. */
    public static final double DEFAULT_OPEN_BRACKET_WIDTH = 10;

    /**
     * Checks the parts.
     *
     * @param method the fitting method
     * @param openBracketWidth the assumed width of an open top bracket, above 0 and at most 40 years
     * @throws IllegalArgumentException for a width outside (0, 40]
     */
    public CurveOptions {
        Objects.requireNonNull(method, "method must not be null");
        if (!(openBracketWidth > 0 && openBracketWidth <= 40)) {
            throw new IllegalArgumentException("Invalid value for openBracketWidth (valid values above 0 up to 40 "
                    + "years): " + openBracketWidth);
        }
    }

    /** @return {@link CurveMethod#AUTO} and a 10-year open bracket */
    public static CurveOptions defaults() {
        return new CurveOptions(CurveMethod.AUTO, DEFAULT_OPEN_BRACKET_WIDTH);
    }

    /**
     * @param m the method
     * @return these options with another method
     */
    public CurveOptions withMethod(CurveMethod m) {
        return new CurveOptions(m, openBracketWidth);
    }

    /**
     * @param years the assumed width of an open top bracket, above 0 and at most 40
     * @return these options with another width
     */
    public CurveOptions withOpenBracketWidth(double years) {
        return new CurveOptions(method, years);
    }
}
