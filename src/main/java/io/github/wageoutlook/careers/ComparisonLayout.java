package io.github.wageoutlook.careers;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.experience.ExperienceBracket;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.projections.DescriptorScale;
import io.github.wageoutlook.projections.ThresholdBasis;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How an {@link OccupationComparison} reads: column headings a counsellor understands, each naming its source's year
 * and, when it is not the nation's, its context; figures at BLS's published precision (wages as published, employment
 * to the ten, openings to the hundred jobs, percent change to 0.1); a legend of the descriptors and symbols; the
 * sources and attribution. Three forms share the cells: the text sections of {@code toString()}, the one table of
 * {@code toHtml()}, and the machine table of {@code toTable()}.
 */
final class ComparisonLayout {
    /** "—": the occupation has no such figure here; its note says why. */
    static final String NONE = "—";
    private static final int TITLE_WIDTH = 44;
    /** The width notes are wrapped to in text. */
    private static final int TEXT_WIDTH = 118;

    private ComparisonLayout() {
    }

    /** A column: its heading, alignment, whether text shows it, and its cell. */
    private record Col(String head, Align align, boolean inText, Function<ComparedOccupation, String> cell) {
    }

    private static boolean hasRelated(OccupationComparison c) {
        return c.rows().stream().anyMatch(r -> r.related().isPresent());
    }

    private static boolean hasBrackets(OccupationComparison c) {
        return c.rows().stream().anyMatch(r -> r.brackets().isPresent());
    }

    /** {@code May 2025}, with the context when it is not the nation, all industries and all ownerships. */
    static String when(OccupationComparison c) {
        Context x = c.context();
        List<String> parts = new ArrayList<>();
        if (!x.area().isNational()) {
            parts.add(x.area().title());
        }
        if (!x.industry().isCrossIndustry()) {
            parts.add("NAICS " + x.industry().naics());
        }
        if (!x.ownership().isAll()) {
            parts.add(x.ownership().title());
        }
        return "May " + c.year() + (parts.isEmpty() ? "" : ", " + String.join(", ", parts));
    }

    /** {@code 2024–34}, with "U.S., all industries" when the OEWS columns are of another context. */
    static String cycle(OccupationComparison c) {
        return c.projections().cycle().toString().replace('-', '–')
                + (c.context().isNationalCrossIndustry() ? "" : ", U.S.");
    }

    private static List<Col> relatedColumns(OccupationComparison c) {
        if (!hasRelated(c)) {
            return List.of();
        }
        return List.of(
                new Col("O*NET rank", Align.RIGHT, true, r -> r.related().map(x -> Integer.toString(x.index()))
                        .orElse("asked")),
                new Col("Relatedness", Align.LEFT, true, r -> r.related().map(x -> x.tier().label())
                        .orElse("the occupation asked")),
                new Col("O*NET-SOC code", Align.LEFT, false, r -> r.related().map(RelatedOccupation::onetCode)
                        .or(() -> r.link().map(OnetLink::onetCode)).orElse(NONE)));
    }

    private static List<Col> payColumns(OccupationComparison c) {
        String when = when(c);
        WageBasis basis = c.basis();
        return List.of(
                new Col("SOC code", Align.LEFT, true, ComparedOccupation::socCode),
                new Col("Jobs, " + when, Align.RIGHT, true, ComparisonLayout::jobs),
                new Col("Median pay, " + when, Align.RIGHT, true, r -> wage(r, r.median(WageBasis.ANNUAL))),
                new Col("Median hourly, " + when, Align.RIGHT, true, r -> wage(r, r.median(WageBasis.HOURLY))),
                new Col("Middle 80% earn" + (basis == WageBasis.HOURLY ? " (hourly)" : "") + ", " + when,
                        Align.RIGHT, true, r -> band(r, basis)));
    }

    private static List<Col> outlookColumns(OccupationComparison c) {
        String cycle = cycle(c);
        return List.of(
                new Col("Jobs " + cycle, Align.RIGHT, true, ComparisonLayout::change),
                new Col("Outlook " + cycle, Align.LEFT, true, r -> r.descriptor().map(Object::toString).orElse(NONE)),
                new Col("Openings a year, " + cycle, Align.RIGHT, true, ComparisonLayout::openings));
    }

    private static List<Col> entryColumns() {
        return List.of(
                new Col("Typical education", Align.LEFT, true, r -> r.education().map(Object::toString).orElse(NONE)),
                new Col("Work experience", Align.LEFT, true, r -> r.workExperience().map(Object::toString)
                        .orElse(NONE)),
                new Col("On-the-job training", Align.LEFT, true, r -> r.training().map(Object::toString)
                        .orElse(NONE)));
    }

    private static Col experienceColumn() {
        return new Col("Pay by experience (PayScale survey)", Align.LEFT, true, ComparisonLayout::brackets);
    }

    private static Col occupation(Function<ComparedOccupation, String> marker) {
        return new Col("Occupation", Align.LEFT, true, r -> abbreviate(r.title()) + marker.apply(r));
    }

    /** The one table of every column, each row's notes in the last column: the HTML form. */
    static DisplayTable table(OccupationComparison c) {
        List<Col> cols = new ArrayList<>();
        if (!hasRelated(c)) {
            cols.add(number(c));
        }
        cols.addAll(relatedColumns(c));
        cols.add(new Col("Occupation", Align.LEFT, true, ComparedOccupation::title));
        cols.addAll(payColumns(c));
        cols.addAll(outlookColumns(c));
        cols.addAll(entryColumns());
        if (hasBrackets(c)) {
            cols.add(experienceColumn());
        }
        cols.add(new Col("Notes", Align.LEFT, false, r -> String.join(" ", r.notes())));
        DisplayTable.Builder t = DisplayTable.builder(c.caption());
        cols.forEach(col -> {
            if (col.inText()) {
                t.column(col.head(), col.align());
            } else {
                t.htmlColumn(col.head(), col.align());
            }
        });
        for (ComparedOccupation r : c.rows()) {
            t.row(cols.stream().map(col -> col.cell().apply(r)).toArray(String[]::new));
        }
        legend(c).forEach(t::note);
        return t.build();
    }

    private static Col number(OccupationComparison c) {
        return new Col("#", Align.RIGHT, true, r -> Integer.toString(c.rows().indexOf(r) + 1));
    }

    /** The text form: pay and jobs, outlook, entry requirements, experience; then notes, legend and sources. */
    static String text(OccupationComparison c) {
        List<String> notes = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (ComparedOccupation r : c.rows()) {
            if (r.notes().isEmpty()) {
                markers.add("");
            } else {
                notes.add("[" + (notes.size() + 1) + "] " + String.join(" ", r.notes()));
                markers.add(" [" + notes.size() + "]");
            }
        }
        Function<ComparedOccupation, String> marker = r -> markers.get(c.rows().indexOf(r));
        Function<ComparedOccupation, String> plain = r -> "";
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        wrap(c.caption(), b);
        b.append(nl);
        List<Col> pay = new ArrayList<>();
        if (!hasRelated(c)) {
            pay.add(number(c));
        }
        pay.addAll(relatedColumns(c));
        pay.add(occupation(marker));
        pay.addAll(payColumns(c));
        b.append(section("Pay and jobs: BLS OEWS, " + when(c), pay, c.rows())).append(nl);
        List<Col> outlook = new ArrayList<>(List.of(occupation(plain)));
        outlook.addAll(outlookColumns(c));
        b.append(section("Outlook: BLS Employment Projections " + cycle(c), outlook, c.rows())).append(nl);
        List<Col> entry = new ArrayList<>(List.of(occupation(plain)));
        entry.addAll(entryColumns());
        b.append(section("Getting in: typical entry requirements, BLS Employment Projections "
                + c.projections().cycle().toString().replace('-', '–'), entry, c.rows())).append(nl);
        if (hasBrackets(c)) {
            List<ComparedOccupation> with = c.rows().stream().filter(r -> r.brackets().isPresent()).toList();
            b.append(section("Pay by years of experience (the others: no brackets in the library)",
                    List.of(occupation(plain), experienceColumn()), with)).append(nl);
        }
        if (!notes.isEmpty()) {
            b.append("Notes:").append(nl);
            notes.forEach(n -> wrap(n, b));
        }
        legend(c).forEach(l -> wrap(l, b));
        return b.toString();
    }

    /** A note on lines of at most {@value #TEXT_WIDTH} characters, continuation lines indented. */
    private static void wrap(String note, StringBuilder b) {
        StringBuilder line = new StringBuilder();
        for (String word : note.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > TEXT_WIDTH) {
                b.append(line).append(System.lineSeparator());
                line.setLength(0);
                line.append("    ");
            } else if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        b.append(line).append(System.lineSeparator());
    }

    private static String section(String caption, List<Col> all, List<ComparedOccupation> rows) {
        List<Col> cols = all.stream().filter(Col::inText).toList();
        DisplayTable.Builder t = DisplayTable.builder(caption);
        cols.forEach(col -> t.column(col.head(), col.align()));
        rows.forEach(r -> t.row(cols.stream().map(col -> col.cell().apply(r)).toArray(String[]::new)));
        DisplayTable d = t.build();
        return d.toText(d.size());
    }

    /** What the columns and symbols mean, the sources, and the attribution their licences ask for. */
    static List<String> legend(OccupationComparison c) {
        List<String> out = new ArrayList<>();
        String cycle = c.projections().cycle().toString().replace('-', '–');
        boolean topCoded = c.rows().stream().anyMatch(r -> r.wages().isPresent() && r.wages().get().wages(c.basis())
                .percentiles().stream().anyMatch(WageFigure::isLowerBound));
        out.add("Pay: OEWS wages of employees (base pay; the self-employed are not counted), " + when(c)
                + (c.context().isNationalCrossIndustry() ? ", U.S." : "") + "; the middle 80% earn between the 10th and"
                + " the 90th percentile" + (topCoded ? "; ≥: at or above BLS's top-code, a lower bound" : "") + ".");
        out.add("Jobs " + cycle + ": the projected change in employment over the ten years, percent (Employment "
                + "Projections count the self-employed too); openings a year: the yearly average of openings from "
                + "growth and from workers leaving the occupation, " + cycle + ".");
        DescriptorScale scale = c.projections().descriptorScale();
        out.add(String.format(Locale.US, "Outlook %s: the Occupational Outlook Handbook's words for that change "
                        + "beside the average of all occupations (%+.1f%%); scale %s.%s", cycle,
                c.projections().total().projection().percentChange(), scale,
                scale.basis() == ThresholdBasis.PUBLISHED ? "" : " " + scale.source()));
        out.add("Typical education, work experience and on-the-job training: what BLS Employment Projections "
                + cycle + " give as typically needed to enter the occupation.");
        Set<String> bracketSources = new LinkedHashSet<>();
        c.rows().forEach(r -> r.brackets().ifPresent(b -> b.rows().forEach(x -> bracketSources.add(x.source()))));
        if (!bracketSources.isEmpty()) {
            out.add("Pay by experience: " + String.join("; ", bracketSources) + " — not BLS data (self-reported, "
                    + "bonuses included), in the dollars of the year shown.");
        }
        out.add(NONE + ": no figure for this occupation here (its note says why); n/a: BLS did not release the "
                + "figure.");
        out.add("Sources: BLS OEWS May " + c.year() + " (" + c.oewsSource() + "); BLS Employment Projections "
                + c.projections().cycle() + " (" + c.projections().name() + ")"
                + (bracketSources.isEmpty() ? "" : "; " + String.join("; ", bracketSources))
                + (hasRelated(c) ? "; O*NET Related Occupations" : "") + ".");
        out.addAll(c.attribution());
        return out;
    }

    private static String abbreviate(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }

    private static String jobs(ComparedOccupation r) {
        if (!r.isInContext()) {
            return NONE;
        }
        Figure e = r.employment();
        return e.isAvailable() ? String.format(Locale.US, "%,.0f", e.value()) : "n/a";
    }

    private static String wage(ComparedOccupation r, WageFigure f) {
        return r.isInContext() ? f.toString() : NONE;
    }

    private static String band(ComparedOccupation r, WageBasis basis) {
        if (!r.isInContext()) {
            return NONE;
        }
        WageFigure lo = r.p10(basis);
        WageFigure hi = r.p90(basis);
        return lo.isAvailable() && hi.isAvailable() ? lo + " – " + hi : "n/a";
    }

    private static String change(ComparedOccupation r) {
        OptionalDouble p = r.percentChange();
        return p.isPresent() ? percent(p.getAsDouble()) : NONE;
    }

    /** A published percent change, {@code +3.4%}, {@code -5.5%}, {@code 0.0%}: to 0.1, as BLS publishes it. */
    static String percent(double change) {
        return Math.abs(change) < 0.05 ? "0.0%" : String.format(Locale.US, "%+.1f%%", change);
    }

    private static String openings(ComparedOccupation r) {
        OptionalDouble o = r.annualOpenings();
        return o.isPresent() ? String.format(Locale.US, "%,.0f", Math.rint(o.getAsDouble() * 10) * 100) : NONE;
    }

    private static String brackets(ComparedOccupation r) {
        if (r.brackets().isEmpty()) {
            return NONE;
        }
        ExperienceBrackets b = r.brackets().get();
        List<String> parts = new ArrayList<>();
        for (ExperienceBracket x : b.rows()) {
            parts.add(x.label() + " " + x.pay().rounded());
        }
        return String.join("; ", parts) + " (" + b.bracket(0).currencyYear() + " dollars)";
    }

    /** The machine table: one row per occupation, every figure with its status, the notes joined. */
    static Table machineTable(OccupationComparison c) {
        Context x = c.context();
        IntColumn row = IntColumn.create("ROW");
        StringColumn soc = StringColumn.create("SOC_CODE");
        StringColumn title = StringColumn.create("TITLE");
        BooleanColumn inContext = BooleanColumn.create("IN_CONTEXT");
        IntColumn onetIndex = IntColumn.create("ONET_INDEX");
        StringColumn tier = StringColumn.create("RELATEDNESS");
        StringColumn onetCode = StringColumn.create("ONET_CODE");
        StringColumn relatedTo = StringColumn.create("RELATED_TO");
        StringColumn linkage = StringColumn.create("OEWS_LINKAGE");
        IntColumn year = IntColumn.create("YEAR");
        StringColumn area = StringColumn.create("AREA");
        StringColumn areaTitle = StringColumn.create("AREA_TITLE");
        StringColumn naics = StringColumn.create("NAICS");
        StringColumn naicsTitle = StringColumn.create("NAICS_TITLE");
        StringColumn own = StringColumn.create("OWN_CODE");
        StringColumn ownTitle = StringColumn.create("OWN_TITLE");
        DoubleColumn employment = DoubleColumn.create("EMPLOYMENT");
        StringColumn employmentStatus = StringColumn.create("EMPLOYMENT_STATUS");
        String[] wageNames = {"ANNUAL_MEDIAN", "HOURLY_MEDIAN", "ANNUAL_P10", "ANNUAL_P90", "HOURLY_P10", "HOURLY_P90"};
        DoubleColumn[] wages = new DoubleColumn[wageNames.length];
        StringColumn[] statuses = new StringColumn[wageNames.length];
        for (int i = 0; i < wageNames.length; i++) {
            wages[i] = DoubleColumn.create(wageNames[i]);
            statuses[i] = StringColumn.create(wageNames[i] + "_STATUS");
        }
        StringColumn cycle = StringColumn.create("PROJECTION_CYCLE");
        StringColumn projectionCode = StringColumn.create("PROJECTION_CODE");
        DoubleColumn change = DoubleColumn.create("EMPLOYMENT_CHANGE_PERCENT");
        StringColumn descriptor = StringColumn.create("DESCRIPTOR");
        DoubleColumn openings = DoubleColumn.create("ANNUAL_OPENINGS_THOUSANDS");
        StringColumn education = StringColumn.create("EDUCATION");
        StringColumn experience = StringColumn.create("WORK_EXPERIENCE");
        StringColumn training = StringColumn.create("ON_THE_JOB_TRAINING");
        StringColumn brackets = StringColumn.create("EXPERIENCE_BRACKETS");
        StringColumn note = StringColumn.create("NOTE");
        for (int i = 0; i < c.rows().size(); i++) {
            ComparedOccupation r = c.rows().get(i);
            row.append(i + 1);
            soc.append(r.socCode());
            title.append(r.title());
            inContext.append(r.isInContext());
            Optional<RelatedOccupation> rel = r.related();
            if (rel.isPresent()) {
                onetIndex.append(rel.get().index());
            } else {
                onetIndex.appendMissing();
            }
            tier.append(rel.map(y -> y.tier().code()).orElse(""));
            onetCode.append(r.link().map(OnetLink::onetCode).orElse(""));
            relatedTo.append(rel.map(RelatedOccupation::relatedTo).orElse(""));
            linkage.append(r.link().map(l -> l.linkage().code()).orElse(""));
            year.append(x.year());
            area.append(x.area().code());
            areaTitle.append(x.area().title());
            naics.append(x.industry().naics());
            naicsTitle.append(x.industry().title());
            own.append(x.ownership().code());
            ownTitle.append(x.ownership().title());
            Figure e = r.employment();
            if (e.isAvailable()) {
                employment.append(e.value());
            } else {
                employment.appendMissing();
            }
            employmentStatus.append(r.isInContext() ? status(e.status()) : "not-in-file");
            WageFigure[] figures = {r.median(WageBasis.ANNUAL), r.median(WageBasis.HOURLY), r.p10(WageBasis.ANNUAL),
                r.p90(WageBasis.ANNUAL), r.p10(WageBasis.HOURLY), r.p90(WageBasis.HOURLY)};
            for (int k = 0; k < figures.length; k++) {
                if (figures[k].isAvailable()) {
                    wages[k].append(figures[k].amount());
                } else {
                    wages[k].appendMissing();
                }
                statuses[k].append(r.isInContext() ? status(figures[k].status()) : "not-in-file");
            }
            cycle.append(c.projections().cycle().toString());
            projectionCode.append(r.projection().map(p -> p.code()).orElse(""));
            append(change, r.percentChange());
            descriptor.append(r.descriptor().map(Object::toString).orElse(""));
            append(openings, r.annualOpenings());
            education.append(r.education().map(Object::toString).orElse(""));
            experience.append(r.workExperience().map(Object::toString).orElse(""));
            training.append(r.training().map(Object::toString).orElse(""));
            brackets.append(r.brackets().isPresent() ? brackets(r) : "");
            note.append(String.join(" ", r.notes()));
        }
        Table t = Table.create(c.subject(), row, soc, title, inContext, onetIndex, tier, onetCode, relatedTo, linkage,
                year, area, areaTitle, naics, naicsTitle, own, ownTitle, employment, employmentStatus);
        for (int i = 0; i < wages.length; i++) {
            t.addColumns(wages[i], statuses[i]);
        }
        t.addColumns(cycle, projectionCode, change, descriptor, openings, education, experience, training, brackets,
                note);
        return t;
    }

    private static void append(DoubleColumn column, OptionalDouble value) {
        if (value.isPresent()) {
            column.append(value.getAsDouble());
        } else {
            column.appendMissing();
        }
    }

    /** The status words of machine output: {@code published}, {@code top-coded}, {@code not-available}. */
    private static String status(FigureStatus s) {
        return switch (s) {
            case PUBLISHED -> "published";
            case TOP_CODED -> "top-coded";
            default -> "not-available";
        };
    }
}
