package io.github.wageoutlook.experience;

import java.util.Locale;

/**
 * PayScale's own career stages, the bracket layout of its salary reports: less than 1 year, 1–4, 5–9, 10–19 and
 * 20 or more years of experience.
 *
 * <p>PayScale counts whole years, so "1–4" means 1, 2, 3 or 4 completed years: the continuous range [1, 5). The
 * stages therefore touch, and "20+" is an open bracket.
 *
 * <pre>{@code CareerStage.parse("5-9").upperYears();   // 10.0}</pre>
 */
public enum CareerStage {
    /** Entry level: less than 1 year, [0, 1). */
    ENTRY("< 1", 0, 1),
    /** Early career: 1–4 years, [1, 5). */
    EARLY("1–4", 1, 5),
    /** Mid-career: 5–9 years, [5, 10). */
    MID("5–9", 5, 10),
    /** Experienced: 10–19 years, [10, 20). */
    EXPERIENCED("10–19", 10, 20),
    /** Late career: 20 years or more, open. */
    LATE("20+", 20, Double.POSITIVE_INFINITY);

    private final String label;
    private final double lowerYears;
    private final double upperYears;

    CareerStage(String label, double lowerYears, double upperYears) {
        this.label = label;
        this.lowerYears = lowerYears;
        this.upperYears = upperYears;
    }

    /** @return the label as PayScale prints it, e.g. {@code 1–4} */
    public String label() {
        return label;
    }

    /** @return the first year of the stage */
    public double lowerYears() {
        return lowerYears;
    }

    /** @return the end of the stage, exclusive; +∞ for {@link #LATE} */
    public double upperYears() {
        return upperYears;
    }

    /**
     * Reads a stage label: {@code < 1}, {@code <1}, {@code 1-4}, {@code 1–4}, {@code 5-9}, {@code 10-19},
     * {@code 20+}, optionally followed by {@code years} or {@code yrs}; or the constant's name.
     *
     * @param text the label
     * @return the stage
     * @throws IllegalArgumentException if the text is not one of the five stages
     */
    public static CareerStage parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s*(years?|yrs?)$", "").replace('—', '-').replace('–', '-').replace(" ", "");
        for (CareerStage s : values()) {
            if (t.equals(s.label.replace('–', '-').replace(" ", "")) || t.equals(s.name().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("Invalid value for career stage (valid values < 1, 1-4, 5-9, 10-19, 20+): '"
                + text + "'");
    }
}
