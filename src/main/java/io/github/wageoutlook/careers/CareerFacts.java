package io.github.wageoutlook.careers;

import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers what a comparison shows of one occupation from the sources it combines: the OEWS row of the context, the
 * projection cycle's row (following BLS's SOC tables when the cycle uses another code for the occupation), and the
 * experience brackets. Each figure taken from another code, and each one missing, adds a note that says so.
 */
final class CareerFacts {
    private final OewsTable context;
    private final Context where;
    private final OewsTable names;
    private final ProjectionsTable cycle;
    private final ExperienceBrackets brackets;
    private final SocCrosswalk crosswalk = SocCrosswalk.bls();

    /**
     * @param context the OEWS rows of one context
     * @param cycle the projection cycle whose rows are shown
     * @param brackets the experience brackets to look in
     */
    CareerFacts(OewsTable context, ProjectionsTable cycle, ExperienceBrackets brackets) {
        this.context = context;
        this.where = context.singleContext("a comparison of occupations", "narrow the table to one area, industry "
                + "and ownership first: area(…), industry(…), ownership(…)");
        this.names = namesOf(context, where);
        this.cycle = cycle;
        this.brackets = brackets;
    }

    /**
     * The rows whose codes and titles name occupations: the context itself when it is a national cross-industry
     * table, else the embedded national file of its year (every occupation BLS publishes that year), so that an
     * occupation the context lacks is still known and listed as missing.
     */
    static OewsTable namesOf(OewsTable context, Context where) {
        if (where.isNationalCrossIndustry() || !Oews.nationalYears().contains(where.year())) {
            return context;
        }
        return Oews.national(where.year());
    }

    Context where() {
        return where;
    }

    OewsTable names() {
        return names;
    }

    OewsTable context() {
        return context;
    }

    ProjectionsTable cycle() {
        return cycle;
    }

    SocCrosswalk crosswalk() {
        return crosswalk;
    }

    /**
     * The row of an occupation.
     *
     * @param code the code of the figures: an OEWS code of the year, or a SOC code OEWS lacks
     * @param title the title to show
     * @param related O*NET's related-occupation row, for a related occupation
     * @param link how OEWS publishes an O*NET occupation
     * @param notes notes gathered so far (why OEWS lacks the code, how an O*NET code maps)
     */
    ComparedOccupation row(String code, String title, Optional<RelatedOccupation> related, Optional<OnetLink> link,
                           List<String> notes) {
        List<String> n = new ArrayList<>(notes);
        boolean published = names.occupation(code).isPresent();
        Optional<OccupationWages> wages = published ? context.occupation(code) : Optional.empty();
        if (published && wages.isEmpty()) {
            n.add("Not in this context: BLS publishes no May " + where.year() + " estimate of " + code + " "
                    + names.occupation(code).orElseThrow().title() + " for " + where.label() + " in "
                    + context.name() + ".");
        }
        int year = where.year();
        Optional<OccupationProjection> projection = projection(code, year, n);
        return new ComparedOccupation(code, title, wages, projection, projection.map(cycle::descriptor),
                brackets.occupation(code), related, link, n);
    }

    /** The cycle's row for an OEWS code of a year: its own code, else the same or a containing occupation. */
    private Optional<OccupationProjection> projection(String code, int year, List<String> notes) {
        String ep = "Employment Projections " + cycle.cycle();
        int base = cycle.cycle().baseYear();
        Optional<OccupationProjection> own = cycle.occupation(code);
        if (own.isPresent()) {
            SocCrosswalk.Relation r = crosswalk.sameCodeAcross(code, year, base);
            if (r != SocCrosswalk.Relation.SAME_OCCUPATION) {
                notes.add(ep + " project " + code + " as the codes of " + base + " define it; OEWS May " + year
                        + "'s " + code + " " + r.label() + " (BLS's SOC tables): the outlook is not of quite the same "
                        + "occupation.");
            }
            return own;
        }
        List<SocCrosswalk.Link> links = crosswalk.linksInYear(code, year, base).stream()
                .filter(l -> cycle.occupation(l.code()).filter(OccupationProjection::isLineItem).isPresent())
                .toList();
        for (SocCrosswalk.Relation wanted : List.of(SocCrosswalk.Relation.SAME_OCCUPATION,
                SocCrosswalk.Relation.CONTAINS)) {
            Optional<SocCrosswalk.Link> hit = links.stream().filter(l -> l.relation() == wanted).findFirst();
            if (hit.isPresent()) {
                OccupationProjection p = cycle.occupation(hit.get().code()).orElseThrow();
                notes.add(wanted == SocCrosswalk.Relation.SAME_OCCUPATION
                        ? ep + " project it as " + p.code() + " " + p.title() + ": the same occupation under "
                        + "another code (BLS's SOC tables)."
                        : ep + " project it only within " + p.code() + " " + p.title() + ": its outlook, "
                        + "education and training are of that broader occupation (BLS's SOC tables).");
                return Optional.of(p);
            }
        }
        if (!links.isEmpty()) {
            notes.add(ep + " project it only in parts of " + String.join(", ", links.stream()
                    .map(l -> l.code() + " (" + l.relation().label() + ")").toList()) + ": no outlook is shown.");
        } else {
            notes.add(ep + " publish no projection for " + code + ".");
        }
        return Optional.empty();
    }
}
