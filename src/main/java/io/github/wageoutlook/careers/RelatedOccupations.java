package io.github.wageoutlook.careers;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.LookupResult;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.OccupationLookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * O*NET's related occupations ("what else could I do?"), and the comparison of an occupation's related occupations
 * with their BLS figures. O*NET 29.3 (May 2025 release) ships in the jar ({@code datasets/onet/}): for each of 923
 * occupations, 20 related ones in O*NET's order, each with a tier ({@link Relatedness}) and an index 1 – 20.
 *
 * <p>An occupation is named by its O*NET-SOC code ({@code 29-1141.01}), by a SOC code ({@code 43-4051}, meaning
 * O*NET's {@code 43-4051.00}), or by words of a title, resolved by {@link OccupationLookup} against the OEWS year as
 * everywhere in the library. Each related occupation is placed in the OEWS year by {@link OnetLink} (its own SOC
 * code, a renumbered or broader code through BLS's SOC tables), and one without figures says why: none is dropped.
 *
 * <p>Wherever these data are shown, O*NET's licence (CC BY 4.0) asks for its attribution: {@link #attribution()},
 * which every comparison of related occupations carries under its table, in its text and in its chart.
 *
 * <pre>{@code
 * RelatedOccupations onet = RelatedOccupations.onet();
 * onet.related("43-4051");                 // 41-3091.00, 41-9041.00, 43-9041.00, 43-4141.00, 43-4041.00, …
 * onet.of("43-4051");                      // the 20 with median pay (OEWS May 2025), outlook and education
 * onet.besides(Oews.national(2018), "43-4051").sortedBy(OccupationComparison.Order.MEDIAN);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RelatedOccupations {
    /** The embedded release. */
    public static final String ONET_RELEASE = "O*NET 29.3";
    /** The embedded Related Occupations file, under {@link Datasets#ROOT}. */
    public static final String RELATED_FILE = "onet/Related Occupations.txt";
    /** The embedded Occupation Data file (codes and titles), under {@link Datasets#ROOT}. */
    public static final String OCCUPATION_FILE = "onet/Occupation Data.txt";
    /** What the library changes of O*NET's information, as O*NET's licence page asks modified uses to say. */
    public static final String MODIFICATIONS = "wage-outlook has modified all or some of this information: it maps "
            + "O*NET-SOC codes to the SOC codes BLS OEWS publishes and sets BLS figures beside them. USDOL/ETA has "
            + "not approved, endorsed, or tested these modifications.";

    private static volatile RelatedOccupations embedded;

    private final String release;
    private final Map<String, String> titles;
    private final Map<String, List<RelatedOccupation>> byCode;

    private RelatedOccupations(String release, Map<String, String> titles, List<RelatedOccupation> rows) {
        this.release = release;
        this.titles = Map.copyOf(titles);
        Map<String, List<RelatedOccupation>> by = new LinkedHashMap<>();
        for (RelatedOccupation r : rows) {
            by.computeIfAbsent(r.relatedTo(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<RelatedOccupation>> sorted = new LinkedHashMap<>();
        by.forEach((k, v) -> sorted.put(k, v.stream().sorted((a, b) -> Integer.compare(a.index(), b.index()))
                .toList()));
        this.byCode = Map.copyOf(sorted);
    }

    /**
     * The O*NET 29.3 related occupations embedded in the jar, read once and shared.
     *
     * @return the related occupations
     * @throws FileFormatException if an embedded file cannot be read
     */
    public static RelatedOccupations onet() {
        RelatedOccupations r = embedded;
        if (r == null) {
            synchronized (RelatedOccupations.class) {
                r = embedded;
                if (r == null) {
                    try (InputStream titles = Datasets.open(OCCUPATION_FILE);
                         InputStream related = Datasets.open(RELATED_FILE)) {
                        Map<String, String> t = OnetReader.titles(OCCUPATION_FILE, titles);
                        r = new RelatedOccupations(ONET_RELEASE, t, OnetReader.related(RELATED_FILE, related, t));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    embedded = r;
                }
            }
        }
        return r;
    }

    /**
     * Reads another O*NET release's text files (from O*NET's text zip).
     *
     * @param relatedOccupations {@code Related Occupations.txt}
     * @param occupationData {@code Occupation Data.txt}
     * @param release the release, for the attribution, e.g. {@code O*NET 30.0}
     * @return the related occupations
     * @throws FileFormatException naming the file, line, column and raw value of the first problem
     * @throws UncheckedIOException if a file cannot be opened
     */
    public static RelatedOccupations read(Path relatedOccupations, Path occupationData, String release) {
        Objects.requireNonNull(relatedOccupations, "relatedOccupations must not be null");
        Objects.requireNonNull(occupationData, "occupationData must not be null");
        Objects.requireNonNull(release, "release must not be null");
        try (InputStream titles = Files.newInputStream(occupationData);
             InputStream related = Files.newInputStream(relatedOccupations)) {
            Map<String, String> t = OnetReader.titles(occupationData.getFileName().toString(), titles);
            return new RelatedOccupations(release.strip(), t,
                    OnetReader.related(relatedOccupations.getFileName().toString(), related, t));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read O*NET files: " + e.getMessage(), e);
        }
    }

    /** @return the release, e.g. {@code O*NET 29.3} */
    public String release() {
        return release;
    }

    /**
     * The attribution O*NET's licence (CC BY 4.0) asks for wherever its information is shown, with the sentence on
     * what this library changes ({@link #MODIFICATIONS}).
     *
     * @return two sentences' lines: O*NET's credit line for this release, and the modifications
     */
    public List<String> attribution() {
        return List.of("This page includes information from the " + release + " Database by the U.S. Department of "
                + "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
                + "O*NET® is a trademark of USDOL/ETA.", MODIFICATIONS);
    }

    /**
     * An O*NET occupation's title.
     *
     * @param onetCode e.g. {@code 43-4171.00}
     * @return its title, or empty for a code O*NET's occupation data do not hold
     */
    public Optional<String> title(String onetCode) {
        return Optional.ofNullable(titles.get(Objects.requireNonNull(onetCode, "onetCode must not be null").strip()));
    }

    /** @return the O*NET-SOC codes that have related occupations, ascending */
    public List<String> codes() {
        return byCode.keySet().stream().sorted().toList();
    }

    /**
     * The related occupations of an O*NET occupation, in O*NET's order (index 1 – 20).
     *
     * @param code an O*NET-SOC code ({@code 29-1141.01}) or a SOC code ({@code 43-4051}, O*NET's {@code .00})
     * @return the 20 related occupations
     * @throws OccupationLookupException when O*NET has no related occupations for the code (it names the O*NET
     *     occupations within the SOC code that have them)
     * @throws IllegalArgumentException for text that is no code
     */
    public List<RelatedOccupation> related(String code) {
        Objects.requireNonNull(code, "code must not be null");
        String q = code.strip();
        String onet = RelatedOccupation.ONET_CODE.matcher(q).matches() ? q
                : OccupationLookup.socCode(q).map(s -> s + ".00").orElseThrow(() -> new IllegalArgumentException(
                "Invalid value for code (valid values: an O*NET-SOC code 00-0000.00 or a SOC code 00-0000): '"
                        + code + "'"));
        List<RelatedOccupation> list = byCode.get(onet);
        if (list == null) {
            throw notInOnet(q, onet.substring(0, 7), List.of());
        }
        return list;
    }

    /**
     * The related occupations of an occupation with their figures in the latest embedded national OEWS year, in
     * O*NET's order.
     *
     * @param occupation an O*NET-SOC code, a SOC code, or words of a title
     * @return the comparison of its 20 related occupations
     * @throws OccupationLookupException for a title matching several occupations or none, or an occupation O*NET
     *     gives no related occupations
     */
    public OccupationComparison of(String occupation) {
        return of(Oews.national(Oews.latestYear()), occupation);
    }

    /**
     * The related occupations of an occupation with their figures in one OEWS context, in O*NET's order.
     *
     * @param table OEWS rows of one year, area, industry and ownership
     * @param occupation an O*NET-SOC code, a SOC code, or words of a title
     * @return the comparison of its 20 related occupations
     * @throws OccupationLookupException for a title matching several occupations or none, or an occupation O*NET
     *     gives no related occupations
     * @throws io.github.wageoutlook.oews.MixedContextsException if the table holds several contexts
     */
    public OccupationComparison of(OewsTable table, String occupation) {
        return compare(table, occupation, false);
    }

    /**
     * An occupation and its related occupations side by side, the occupation first, in one OEWS context.
     *
     * @param table OEWS rows of one year, area, industry and ownership
     * @param occupation an O*NET-SOC code, a SOC code, or words of a title
     * @return the comparison of the occupation and its 20 related occupations
     * @throws OccupationLookupException for a title matching several occupations or none, or an occupation O*NET
     *     gives no related occupations
     * @throws io.github.wageoutlook.oews.MixedContextsException if the table holds several contexts
     */
    public OccupationComparison besides(OewsTable table, String occupation) {
        return compare(table, occupation, true);
    }

    private OccupationComparison compare(OewsTable table, String occupation, boolean withAsked) {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(occupation, "occupation must not be null");
        CareerFacts facts = OccupationComparison.facts(table);
        String asked = onetCodeOf(facts.names(), occupation, facts.crosswalk());
        String askedTitle = titles.getOrDefault(asked, asked);
        List<ComparedOccupation> rows = new ArrayList<>();
        if (withAsked) {
            rows.add(row(facts, asked, askedTitle, Optional.empty()));
        }
        for (RelatedOccupation r : byCode.get(asked)) {
            rows.add(row(facts, r.onetCode(), r.title(), Optional.of(r)));
        }
        String subject = withAsked ? askedTitle + " and related occupations (O*NET " + asked + ")"
                : "Occupations related to " + askedTitle + " (O*NET " + asked + ")";
        return OccupationComparison.assemble(subject, facts, rows, attribution());
    }

    private static ComparedOccupation row(CareerFacts facts, String onetCode, String title,
                                          Optional<RelatedOccupation> related) {
        OnetLink link = OnetLink.in(facts.names(), onetCode, title);
        List<String> notes = link.note().isEmpty() ? List.of() : List.of(link.note());
        return facts.row(link.oewsCode().orElse(onetCode.substring(0, 7)), title, related, Optional.of(link), notes);
    }

    /**
     * The O*NET-SOC code an occupation's name means: an O*NET-SOC code as given; a SOC code O*NET has as
     * {@code .00}; else the OEWS occupation the one lookup finds, as {@code .00}.
     */
    private String onetCodeOf(OewsTable names, String occupation, SocCrosswalk crosswalk) {
        String q = occupation.strip();
        if (RelatedOccupation.ONET_CODE.matcher(q).matches()) {
            if (!byCode.containsKey(q)) {
                throw notInOnet(q, q.substring(0, 7), List.of());
            }
            return q;
        }
        Optional<String> soc = OccupationLookup.socCode(q);
        if (soc.isPresent() && byCode.containsKey(soc.get() + ".00")) {
            return soc.get() + ".00";
        }
        OccupationWages found = OccupationLookup.from(names).withReasonForCode(code -> crosswalk.whyAbsent(code,
                names.years().get(0))).get(q);
        String code = found.socCode() + ".00";
        if (byCode.containsKey(code)) {
            return code;
        }
        // An OEWS code O*NET splits or that holds several SOC 2018 codes (13-1020): name the O*NET codes within it.
        List<String> socCodes = new ArrayList<>(List.of(found.socCode()));
        crosswalk.linksInYear(found.socCode(), names.years().get(0), OnetLink.SOC_2018_YEAR).forEach(l ->
                socCodes.add(l.code()));
        throw notInOnet(q, found.socCode(), socCodes);
    }

    private OccupationLookupException notInOnet(String query, String soc, List<String> socCodes) {
        List<String> wanted = socCodes.isEmpty() ? List.of(soc) : socCodes;
        List<OccupationLookup.Candidate> within = codes().stream().filter(c -> wanted.contains(c.substring(0, 7)))
                .map(c -> new OccupationLookup.Candidate(c, titles.get(c), true)).toList();
        String reason = within.isEmpty() ? release + " gives no related occupations for SOC " + soc
                : release + " gives related occupations for the O*NET occupations within it, not for " + soc
                + " itself: give one of their O*NET-SOC codes";
        return new OccupationLookupException(new LookupResult.NotFound<>(query, release + " Related Occupations",
                within, Optional.of(reason)));
    }

    /** Prints {@code O*NET 29.3 Related Occupations (923 occupations, 20 related each)}. */
    @Override
    public String toString() {
        return release + " Related Occupations (" + byCode.size() + " occupations, "
                + byCode.values().stream().mapToInt(List::size).max().orElse(0) + " related each)";
    }
}
