package io.github.wageoutlook.careers;

import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.projections.Education;
import io.github.wageoutlook.projections.GrowthDescriptor;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.Training;
import io.github.wageoutlook.projections.WorkExperience;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One occupation of an {@link OccupationComparison}: its OEWS row in the comparison's context (employment and
 * wages), its latest Employment Projections row (change, descriptor, openings, typical education, work experience,
 * on-the-job training), the experience brackets the library has for it, and, for a related occupation, O*NET's rank
 * and where OEWS publishes it. What is missing stays missing: an occupation the context lacks has no wages and a
 * note saying so, never zeros.
 *
 * <pre>{@code
 * ComparedOccupation r = OccupationComparison.of(Oews.national(2018), "43-4171").rows().get(0);
 * r.median(WageBasis.ANNUAL);   // $29,140 (OEWS May 2018)
 * r.descriptor();               // Optional[Decline] (Employment Projections 2024-34)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param socCode the SOC code of the figures: the OEWS code whose row is shown, or, without one, the SOC code asked
 *     for (an O*NET occupation's own SOC code)
 * @param title the occupation's title: O*NET's for an O*NET occupation (a related one, or the one its related ones
 *     are listed beside), else OEWS's, or BLS's SOC tables' when OEWS lacks the code
 * @param wages the OEWS row in the comparison's context; empty when the context has none
 * @param projection the row of the comparison's projection cycle; empty when the cycle projects no such occupation
 * @param descriptor the Occupational Outlook Handbook descriptor of the projected change, on the cycle's scale
 * @param brackets the pay-by-experience brackets the library has for the code (PayScale); usually empty
 * @param related for a row from O*NET's related occupations: O*NET's code, title, tier and index
 * @param link for an O*NET occupation: the OEWS code that stands for it and how
 * @param notes what a reader must know about this row, in words: a figure of another code, a missing figure and why
 */
public record ComparedOccupation(String socCode, String title, Optional<OccupationWages> wages,
                                 Optional<OccupationProjection> projection, Optional<GrowthDescriptor> descriptor,
                                 Optional<ExperienceBrackets> brackets, Optional<RelatedOccupation> related,
                                 Optional<OnetLink> link, List<String> notes) {

    /**
     * Checks the parts.
     *
     * @param socCode the SOC code of the figures
     * @param title the title
     * @param wages the OEWS row, or empty
     * @param projection the projection row, or empty
     * @param descriptor present exactly when the projection is
     * @param brackets the brackets, or empty
     * @param related O*NET's related-occupation row, or empty
     * @param link the OEWS link of an O*NET occupation, or empty
     * @param notes the notes, none blank
     * @throws IllegalArgumentException for a wages row of another code, or a descriptor without a projection
     */
    public ComparedOccupation {
        Objects.requireNonNull(socCode, "socCode must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(wages, "wages must not be null");
        Objects.requireNonNull(projection, "projection must not be null");
        Objects.requireNonNull(descriptor, "descriptor must not be null");
        Objects.requireNonNull(brackets, "brackets must not be null");
        Objects.requireNonNull(related, "related must not be null");
        Objects.requireNonNull(link, "link must not be null");
        notes = List.copyOf(notes);
        if (wages.isPresent() && !wages.get().socCode().equals(socCode)) {
            throw new IllegalArgumentException("Invalid value for wages (valid values: a row of " + socCode + "): "
                    + wages.get().socCode());
        }
        if (descriptor.isPresent() != projection.isPresent()) {
            throw new IllegalArgumentException("Invalid value for descriptor (valid values: present exactly with a "
                    + "projection): " + descriptor);
        }
        if (notes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("Invalid value for notes (valid values: non-blank sentences): " + notes);
        }
    }

    /** @return true when the comparison's context has an OEWS row for the occupation */
    public boolean isInContext() {
        return wages.isPresent();
    }

    /** @return OEWS employment (TOT_EMP, rounded to tens by BLS); not in the file when the context has no row */
    public Figure employment() {
        return wages.map(OccupationWages::employment).orElse(Figure.missing(FigureStatus.ABSENT));
    }

    /**
     * @param basis hourly or annual
     * @return the OEWS median on that basis; not available without a row
     */
    public WageFigure median(WageBasis basis) {
        return wages.map(w -> w.wages(basis).median()).orElse(WageFigure.notAvailable(basis));
    }

    /**
     * @param basis hourly or annual
     * @return the OEWS 10th percentile on that basis; not available without a row
     */
    public WageFigure p10(WageBasis basis) {
        return wages.map(w -> w.wages(basis).p10()).orElse(WageFigure.notAvailable(basis));
    }

    /**
     * @param basis hourly or annual
     * @return the OEWS 90th percentile on that basis; not available without a row
     */
    public WageFigure p90(WageBasis basis) {
        return wages.map(w -> w.wages(basis).p90()).orElse(WageFigure.notAvailable(basis));
    }

    /**
     * @return the projected employment change over the cycle, percent as BLS publishes it (−5.5 = −5.5%); where BLS
     *     prints "—", computed from the employment figures and rounded to 0.1 as BLS rounds it
     */
    public OptionalDouble percentChange() {
        return projection.map(p -> p.percentChange().isAvailable() ? OptionalDouble.of(p.percentChange().value())
                : OptionalDouble.of(Math.round(p.projection().percentChange() * 10) / 10.0))
                .orElse(OptionalDouble.empty());
    }

    /** @return openings a year over the cycle, annual average, thousands as BLS publishes them (341.7) */
    public OptionalDouble annualOpenings() {
        return projection.map(p -> p.annualOpenings().optional()).orElse(OptionalDouble.empty());
    }

    /** @return the typical education needed for entry (Employment Projections) */
    public Optional<Education> education() {
        return projection.flatMap(OccupationProjection::education);
    }

    /** @return the work experience in a related occupation typically needed (Employment Projections) */
    public Optional<WorkExperience> workExperience() {
        return projection.flatMap(OccupationProjection::experience);
    }

    /** @return the typical on-the-job training (Employment Projections) */
    public Optional<Training> training() {
        return projection.flatMap(OccupationProjection::training);
    }

    /** Prints {@code 43-4171 Receptionists and Information Clerks: median $29,140, 2024-34 -1.4% (Decline)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(socCode + " " + title + ": ");
        b.append(wages.isPresent() ? "median " + median(WageBasis.ANNUAL) : "not in the context");
        projection.ifPresent(p -> b.append(", ").append(p.cycle()).append(' ').append(String.format(
                java.util.Locale.US, "%+.1f%%", percentChange().getAsDouble())).append(" (")
                .append(descriptor.orElseThrow()).append(')'));
        return b.toString();
    }
}
