package io.github.wageoutlook.soc;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.io.FileFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How SOC codes of different vintages relate, from BLS's own tables: the SOC 2010 to 2018 crosswalk (BLS Standard
 * Occupational Classification, November 2017) and the OEWS hybrid structure of the May 2019 and May 2020 estimates
 * (BLS OEWS), both shipped in the jar ({@code datasets/soc/}) and read by {@link SocTablesReader}.
 *
 * <p>OEWS used three sets of codes: SOC 2010 codes with OES aggregates to May 2018, the hybrid codes in May 2019 and
 * May 2020 (e.g. 15-1256 software developers and software quality assurance analysts and testers), and SOC 2018
 * codes with OES aggregates from May 2021. Splits and merges are kept as such: 15-1132 (applications developers)
 * became parts of 15-1252 and 15-1253, and 15-1252 was formed from parts of 15-1132 and 15-1133, so 15-1132 and
 * 15-1252 {@link Relation#OVERLAPS overlap}. Between OEWS years the links follow the hybrid structure, which is how
 * OEWS itself bridged the three sets ({@link #linksInYear}); {@link #successorsOf} and {@link #predecessorsOf}
 * follow the official crosswalk.
 *
 * <p>Shares: where one code became several (or several one), {@link #bls()} estimates the share of workers along
 * each mapping from OEWS national employment of May 2018 (the last SOC 2010 year) and May 2021 (the first SOC 2018
 * year), assuming workers moved in proportion to employment; the formula is in {@link CodeChange}. BLS publishes no
 * such shares: they are an assumption of this library, and are absent where an employment figure is missing.
 *
 * <pre>{@code
 * SocCrosswalk cw = SocCrosswalk.bls();
 * cw.successorsOf("15-1132");          // 15-1252 Software Developers (≈ 0.9 of its workers), 15-1253 (≈ 0.1)
 * cw.isRetired("15-1132", 2024);       // true: retired by SOC 2018, last published by OEWS for May 2018
 * cw.linksInYear("15-1252", 2024, 2019);   // [15-1256 contains it]
 * }</pre>
 *
 * <p>Why one class of about 670 lines: it is the typed model of BLS's two tables (its row records and relation)
 * with the queries on them; the piece-of-occupation sets behind {@link #linksInYear} live in {@code CodeAtoms} and
 * the share formula in {@code EmploymentShares}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SocCrosswalk {

    /** How one code's occupation relates to another's. */
    public enum Relation {
        /** The same occupation under another code (or the same code): figures are comparable. */
        SAME_OCCUPATION("same occupation"),
        /** The occupation is a part of the other. */
        PART_OF("part of it"),
        /** The occupation contains the other. */
        CONTAINS("contains it"),
        /** Each holds workers of the other, and workers of its own: neither contains the other. */
        OVERLAPS("overlaps it");

        private final String label;

        Relation(String label) {
            this.label = label;
        }

        /** @return the relation seen from the other code */
        public Relation inverse() {
            return switch (this) {
                case PART_OF -> CONTAINS;
                case CONTAINS -> PART_OF;
                default -> this;
            };
        }

        /** @return a short label, e.g. {@code contains it} */
        public String label() {
            return label;
        }
    }

    /**
     * One row of BLS's SOC 2010 to 2018 crosswalk.
     *
     * @param soc2010Code the SOC 2010 code
     * @param soc2010Title its title (BLS's split mark {@code (#)} dropped)
     * @param soc2018Code the SOC 2018 code
     * @param soc2018Title its title (BLS's merge mark {@code (##)} dropped)
     */
    public record Mapping(String soc2010Code, String soc2010Title, String soc2018Code, String soc2018Title) {
        /**
         * Checks the parts.
         *
         * @param soc2010Code the SOC 2010 code
         * @param soc2010Title its title
         * @param soc2018Code the SOC 2018 code
         * @param soc2018Title its title
         * @throws IllegalArgumentException if a code is not of the form 00-0000
         */
        public Mapping {
            checkCode("soc2010Code", soc2010Code);
            checkCode("soc2018Code", soc2018Code);
            Objects.requireNonNull(soc2010Title, "soc2010Title must not be null");
            Objects.requireNonNull(soc2018Title, "soc2018Title must not be null");
        }
    }

    /**
     * One row of BLS's OEWS hybrid structure of May 2019 and 2020: the codes of one piece of occupation in four
     * classifications.
     *
     * @param oewsCode the OES 2019 estimates code (used in May 2019 and May 2020)
     * @param oewsTitle its title
     * @param soc2018Code the SOC 2018 code
     * @param soc2018Title its title
     * @param oes2018Code the OES 2018 estimates code (used to May 2018)
     * @param oes2018Title its title
     * @param soc2010Code the SOC 2010 code
     * @param soc2010Title its title
     * @param note BLS's note, e.g. {@code Hybrid (code & title)}; empty when none
     */
    public record HybridRow(String oewsCode, String oewsTitle, String soc2018Code, String soc2018Title,
                            String oes2018Code, String oes2018Title, String soc2010Code, String soc2010Title,
                            String note) {
        /**
         * Checks the parts.
         *
         * @param oewsCode the OES 2019 estimates code
         * @param oewsTitle its title
         * @param soc2018Code the SOC 2018 code
         * @param soc2018Title its title
         * @param oes2018Code the OES 2018 estimates code
         * @param oes2018Title its title
         * @param soc2010Code the SOC 2010 code
         * @param soc2010Title its title
         * @param note BLS's note, or empty
         * @throws IllegalArgumentException if a code is not of the form 00-0000
         */
        public HybridRow {
            checkCode("oewsCode", oewsCode);
            checkCode("soc2018Code", soc2018Code);
            checkCode("oes2018Code", oes2018Code);
            checkCode("soc2010Code", soc2010Code);
            for (String t : new String[] {oewsTitle, soc2018Title, oes2018Title, soc2010Title, note}) {
                Objects.requireNonNull(t, "titles and note must not be null");
            }
        }
    }

    /**
     * One step of the SOC revision: {@code from} (SOC 2010, or an OEWS code of May 2019–2020) to {@code to} (SOC
     * 2018).
     *
     * <p>Shares (estimated by {@link #bls()}; see the class documentation): flow(x → y) = E₂₀₂₁(y) × E₂₀₁₈(x) / Σ
     * E₂₀₁₈(x′) over the predecessors x′ of y, E the OEWS national employment (TOT_EMP) of May 2018 and May 2021;
     * {@code shareOfFrom} = flow(x → y) / Σ flow(x → y′) over x's successors, {@code shareOfTo} = flow(x → y) / Σ
     * flow(x′ → y).
     *
     * @param from the older code
     * @param fromTitle its title
     * @param to the newer code
     * @param toTitle its title
     * @param relation how {@code from}'s occupation relates to {@code to}'s
     * @param shareOfFrom the fraction (0–1) of {@code from}'s workers estimated to have gone to {@code to}; empty
     *        when not computable
     * @param shareOfTo the fraction (0–1) of {@code to}'s workers estimated to have come from {@code from}; empty
     *        when not computable
     */
    public record CodeChange(String from, String fromTitle, String to, String toTitle, Relation relation,
                             OptionalDouble shareOfFrom, OptionalDouble shareOfTo) {
        /**
         * Checks the parts.
         *
         * @param from the older code
         * @param fromTitle its title
         * @param to the newer code
         * @param toTitle its title
         * @param relation how {@code from} relates to {@code to}
         * @param shareOfFrom fraction of {@code from}'s workers, or empty
         * @param shareOfTo fraction of {@code to}'s workers, or empty
         * @throws IllegalArgumentException if a code is malformed or a share is outside 0 - 1
         */
        public CodeChange {
            checkCode("from", from);
            checkCode("to", to);
            Objects.requireNonNull(fromTitle, "fromTitle must not be null");
            Objects.requireNonNull(toTitle, "toTitle must not be null");
            Objects.requireNonNull(relation, "relation must not be null");
            for (OptionalDouble s : List.of(shareOfFrom, shareOfTo)) {
                if (s.isPresent() && !(s.getAsDouble() >= 0 && s.getAsDouble() <= 1)) {
                    throw new IllegalArgumentException("Invalid value for share (valid values 0 - 1): "
                            + s.getAsDouble());
                }
            }
        }

        /**
         * Prints e.g. {@code 15-1132 Software Developers, Applications → 15-1252 Software Developers: overlaps;
         * ≈ 90% of 15-1132's workers, ≈ 52% of 15-1252's}.
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(from + " " + fromTitle + " → " + to + " " + toTitle + ": "
                    + relation.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            shareOfFrom.ifPresent(f -> b.append(String.format(Locale.US, "; ≈ %.0f%% of %s's workers", 100 * f, from)));
            shareOfTo.ifPresent(f -> b.append(String.format(Locale.US, ", ≈ %.0f%% of %s's", 100 * f, to)));
            return b.toString();
        }
    }

    /**
     * A code of another OEWS year linked to the one asked for.
     *
     * @param code the code of that year
     * @param title its title
     * @param relation how {@code code}'s occupation relates to the one asked for (e.g. 15-1256 {@code CONTAINS}
     *        15-1252)
     */
    public record Link(String code, String title, Relation relation) {
        /**
         * Checks the parts.
         *
         * @param code the code
         * @param title its title
         * @param relation how it relates to the code asked for
         * @throws IllegalArgumentException if the code is malformed
         */
        public Link {
            checkCode("code", code);
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(relation, "relation must not be null");
        }
    }

    private static volatile SocCrosswalk bls;

    private final List<Mapping> mappings;
    private final List<HybridRow> hybrid;
    private final SortedMap<Integer, Map<String, Double>> oews;
    private final CodeAtoms atoms;
    private final Map<String, String> titles = new HashMap<>();
    /** Titles as SOC 2010 (and OEWS to May 2018) gave them: a code kept by SOC 2018 may have changed its title. */
    private final Map<String, String> titles2010 = new HashMap<>();
    /** Titles of the OEWS codes of May 2019–2020 (the hybrid structure's first column). */
    private final Map<String, String> titlesHybrid = new HashMap<>();
    private final Set<String> soc2018 = new TreeSet<>();
    private final EmploymentShares shares;

    private SocCrosswalk(List<Mapping> mappings, List<HybridRow> hybrid, SortedMap<Integer, Map<String, Double>> oews) {
        this.mappings = List.copyOf(mappings);
        this.hybrid = List.copyOf(hybrid);
        TreeMap<Integer, Map<String, Double>> copy = new TreeMap<>();
        oews.forEach((y, m) -> copy.put(y, Collections.unmodifiableMap(new HashMap<>(m))));
        this.oews = Collections.unmodifiableSortedMap(copy);
        this.atoms = new CodeAtoms(this.hybrid);
        for (HybridRow r : this.hybrid) {
            titles.put(r.soc2010Code(), r.soc2010Title());
            titles.put(r.oes2018Code(), r.oes2018Title());
            titles.put(r.oewsCode(), r.oewsTitle());
            titles2010.put(r.oes2018Code(), r.oes2018Title());
            titles2010.put(r.soc2010Code(), r.soc2010Title());
            titlesHybrid.put(r.oewsCode(), r.oewsTitle());
        }
        for (Mapping m : this.mappings) {
            titles.put(m.soc2010Code(), m.soc2010Title());
            titles2010.put(m.soc2010Code(), m.soc2010Title());
        }
        for (Mapping m : this.mappings) {
            titles.put(m.soc2018Code(), m.soc2018Title());
            soc2018.add(m.soc2018Code());
            soc2018.add(m.soc2018Code().substring(0, 6) + "0");
        }
        this.hybrid.forEach(r -> titles.put(r.soc2018Code(), r.soc2018Title()));
        Map<String, Double> before = employmentIn(2018);
        Map<String, Double> after = employmentIn(2021);
        this.shares = new EmploymentShares(this.mappings, before, after);
    }

    private Map<String, Double> employmentIn(int year) {
        return oews.getOrDefault(year, Map.of());
    }

    /**
     * BLS's tables as shipped in the jar, with shares estimated from the embedded OEWS national estimates (May
     * 2018 and May 2021) and the codes each embedded OEWS year publishes. Read once, then shared.
     *
     * @return the crosswalk
     * @throws FileFormatException if an embedded table cannot be read
     */
    public static SocCrosswalk bls() {
        SocCrosswalk c = bls;
        if (c == null) {
            synchronized (SocCrosswalk.class) {
                c = bls;
                if (c == null) {
                    c = of(read("soc/soc_2010_to_2018_crosswalk.xlsx", true).mappings,
                            read("soc/oes_2019_hybrid_structure.xlsx", false).hybrid)
                            .withOewsEmployment(readOewsEmployment());
                    bls = c;
                }
            }
        }
        return c;
    }

    private static SortedMap<Integer, Map<String, Double>> readOewsEmployment() {
        String name = Datasets.OEWS_EMPLOYMENT;
        try (Reader in = new InputStreamReader(Datasets.open(name), StandardCharsets.US_ASCII)) {
            return SocTablesReader.readOewsEmployment(name, in);
        } catch (IOException e) {
            throw FileFormatException.in(name).cause(e).problem("cannot read the embedded table: " + e.getMessage());
        }
    }

    private static SocCrosswalk read(String name, boolean crosswalk) {
        String file = name.substring(name.indexOf('/') + 1);
        try (InputStream in = Datasets.open(name)) {
            return crosswalk ? new SocCrosswalk(SocTablesReader.readCrosswalk(file, in), List.of(), new TreeMap<>())
                    : new SocCrosswalk(List.of(), SocTablesReader.readHybridStructure(file, in), new TreeMap<>());
        } catch (IOException e) {
            throw FileFormatException.in(name).cause(e).problem("cannot read the embedded table: " + e.getMessage());
        }
    }

    /**
     * A crosswalk from BLS's tables read elsewhere (e.g. with {@link SocTablesReader}), without shares.
     *
     * @param mappings the rows of the SOC 2010 to 2018 crosswalk
     * @param hybridRows the rows of the OEWS hybrid structure
     * @return the crosswalk
     */
    public static SocCrosswalk of(List<Mapping> mappings, List<HybridRow> hybridRows) {
        Objects.requireNonNull(mappings, "mappings must not be null");
        Objects.requireNonNull(hybridRows, "hybridRows must not be null");
        return new SocCrosswalk(mappings, hybridRows, new TreeMap<>());
    }

    /**
     * This crosswalk with OEWS national employment by year and code: the codes each year published (for
     * {@link #isRetired} and {@link #whyAbsent}) and the employment of May 2018 and May 2021 (for the shares).
     *
     * @param employmentByYear survey year → SOC code → TOT_EMP (persons; NaN when BLS did not release it)
     * @return a new crosswalk
     */
    public SocCrosswalk withOewsEmployment(SortedMap<Integer, Map<String, Double>> employmentByYear) {
        Objects.requireNonNull(employmentByYear, "employmentByYear must not be null");
        return new SocCrosswalk(mappings, hybrid, employmentByYear);
    }

    /** @return the rows of the SOC 2010 to 2018 crosswalk, in BLS's order */
    public List<Mapping> mappings() {
        return mappings;
    }

    /** @return the rows of the OEWS hybrid structure, in BLS's order */
    public List<HybridRow> hybridRows() {
        return hybrid;
    }

    /**
     * The title BLS's tables give a code (the SOC 2018 title where the code is one).
     *
     * @param code a SOC or OEWS code
     * @return the title, or empty for a code the tables do not name
     */
    public Optional<String> title(String code) {
        return Optional.ofNullable(titles.get(code));
    }

    /**
     * The title a code had in an OEWS survey year: SOC 2010's to May 2018, the OEWS hybrid code's in May 2019–2020,
     * SOC 2018's from May 2021. A code SOC 2018 kept may name another occupation: 13-2051 is "Financial Analysts" in
     * SOC 2010 and "Financial and Investment Analysts" in SOC 2018.
     *
     * @param code a SOC or OEWS code
     * @param year an OEWS survey year
     * @return the title of that period, else the one {@link #title(String)} gives; empty for a code the tables do not
     *         name
     */
    public Optional<String> title(String code, int year) {
        Map<String, String> period = switch (CodeAtoms.Period.of(year)) {
            case SOC_2010 -> titles2010;
            case HYBRID -> titlesHybrid;
            case SOC_2018 -> Map.of();
        };
        return Optional.ofNullable(period.get(code)).or(() -> title(code));
    }

    /**
     * The SOC 2018 codes that took over a code's occupation: from the official crosswalk for a SOC 2010 code, from
     * the hybrid structure for an OES aggregate or a hybrid code of May 2019–2020.
     *
     * @param code the older code, e.g. {@code 15-1132}
     * @return one change per successor, ascending by code; a code unchanged by SOC 2018 has itself as its one
     *         successor; empty for a code the tables do not name as an older code
     */
    public List<CodeChange> successorsOf(String code) {
        List<CodeChange> out = new ArrayList<>();
        for (Mapping m : mappings) {
            if (m.soc2010Code().equals(code)) {
                out.add(change(code, m.soc2018Code()));
            }
        }
        if (out.isEmpty()) {
            Set<String> to = new TreeSet<>();
            hybrid.stream().filter(r -> r.oewsCode().equals(code) || r.oes2018Code().equals(code))
                    .forEach(r -> to.add(r.soc2018Code()));
            to.forEach(t -> out.add(hybridChange(code, t)));
        }
        out.sort((a, b) -> a.to().compareTo(b.to()));
        return List.copyOf(out);
    }

    /**
     * The SOC 2010 codes (or, for a hybrid code of May 2019–2020, the OES 2018 codes) whose occupation a code took
     * over.
     *
     * @param code the newer code, e.g. {@code 15-1252}
     * @return one change per predecessor, ascending by code; empty for a code the tables do not name as a newer code
     */
    public List<CodeChange> predecessorsOf(String code) {
        List<CodeChange> out = new ArrayList<>();
        for (Mapping m : mappings) {
            if (m.soc2018Code().equals(code)) {
                out.add(change(m.soc2010Code(), code));
            }
        }
        if (out.isEmpty()) {
            Set<String> from = new TreeSet<>();
            hybrid.stream().filter(r -> r.oewsCode().equals(code)).forEach(r -> from.add(r.oes2018Code()));
            from.forEach(f -> out.add(hybridChange(f, code)));
        }
        out.sort((a, b) -> a.from().compareTo(b.from()));
        return List.copyOf(out);
    }

    private CodeChange change(String from, String to) {
        long successors = mappings.stream().filter(m -> m.soc2010Code().equals(from)).count();
        long predecessors = mappings.stream().filter(m -> m.soc2018Code().equals(to)).count();
        Relation r = successors == 1 && predecessors == 1 ? Relation.SAME_OCCUPATION
                : successors == 1 ? Relation.PART_OF : predecessors == 1 ? Relation.CONTAINS : Relation.OVERLAPS;
        OptionalDouble ofFrom = successors == 1 ? OptionalDouble.of(1) : shares.ofFrom(from, to);
        OptionalDouble ofTo = predecessors == 1 ? OptionalDouble.of(1) : shares.ofTo(from, to);
        return new CodeChange(from, titles2010.getOrDefault(from, titles.getOrDefault(from, "")), to,
                titles.getOrDefault(to, ""), r, ofFrom, ofTo);
    }

    private CodeChange hybridChange(String from, String to) {
        Relation r = relationIn(from, CodeAtoms.Period.of(atoms.has(from, CodeAtoms.Period.HYBRID) ? 2019 : 2018),
                to, CodeAtoms.Period.SOC_2018);
        String fromTitle = atoms.has(from, CodeAtoms.Period.HYBRID) ? titlesHybrid.get(from) : titles2010.get(from);
        return new CodeChange(from, fromTitle != null ? fromTitle : titles.getOrDefault(from, ""), to,
                titles.getOrDefault(to, ""), r == null ? Relation.OVERLAPS : r, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /**
     * How a code as OEWS used it in one year relates to a code as OEWS used it in another, by the hybrid
     * structure.
     *
     * @param code a code
     * @param year an OEWS year in which the code is (or would be) used
     * @param other another code
     * @param otherYear an OEWS year of the other code
     * @return the relation seen from {@code code}; empty when they share no workers or a code is unknown
     */
    public Optional<Relation> relation(String code, int year, String other, int otherYear) {
        return Optional.ofNullable(relationIn(code, CodeAtoms.Period.of(year), other, CodeAtoms.Period.of(otherYear)));
    }

    /**
     * How one code as OEWS used it in one year relates to the same code in another year. A code SOC 2018 kept may
     * name another occupation: 13-2051 "Financial Analysts" (SOC 2010) gave workers to 13-2054 Financial Risk
     * Specialists, so the SOC 2010 13-2051 contains the SOC 2018 13-2051. Across SOC 2010 and SOC 2018 the official
     * crosswalk decides (a code with several successors contains its namesake, one with several predecessors is a
     * part of it); across the OEWS hybrid codes of May 2019–2020, the hybrid structure.
     *
     * @param code a SOC code
     * @param year an OEWS year in which the code is used
     * @param otherYear another OEWS year in which the code is used
     * @return the relation seen from {@code year}'s code; {@link Relation#SAME_OCCUPATION} within one period, or when
     *         BLS's tables do not name the code
     */
    public Relation sameCodeAcross(String code, int year, int otherYear) {
        CodeAtoms.Period p = CodeAtoms.Period.of(year);
        CodeAtoms.Period q = CodeAtoms.Period.of(otherYear);
        if (p == q) {
            return Relation.SAME_OCCUPATION;
        }
        boolean crosswalkPair = p != CodeAtoms.Period.HYBRID && q != CodeAtoms.Period.HYBRID;
        if (crosswalkPair && mappings.stream().anyMatch(m -> m.soc2010Code().equals(code)
                && m.soc2018Code().equals(code))) {
            // The crosswalk's own verdict on the pair (code of 2010 → code of 2018), as successorsOf gives it.
            Relation from2010 = change(code, code).relation();
            return p == CodeAtoms.Period.SOC_2010 ? from2010 : from2010.inverse();
        }
        Relation r = relationIn(code, p, code, q);
        return r == null ? Relation.SAME_OCCUPATION : r;
    }

    private Relation relationIn(String code, CodeAtoms.Period p, String other, CodeAtoms.Period q) {
        return CodeAtoms.relation(atoms.atoms(code, p), atoms.atoms(other, q));
    }

    /**
     * The codes of another OEWS year that hold (part of) a code's occupation: e.g. for 15-1252 (SOC 2018) in May
     * 2019, the hybrid 15-1256, which contains it; in May 2016, 15-1132 and 15-1133, which overlap it.
     *
     * @param code the code asked for
     * @param year an OEWS year in which the code is used (its period decides which column of the hybrid structure
     *        defines it)
     * @param otherYear the year whose codes are wanted
     * @return the linked codes with how each relates to {@code code}, ascending by code; empty when none
     */
    public List<Link> linksInYear(String code, int year, int otherYear) {
        CodeAtoms.Period p = CodeAtoms.Period.of(year);
        CodeAtoms.Period q = CodeAtoms.Period.of(otherYear);
        BitSet mine = atoms.atoms(code, p);
        List<Link> out = new ArrayList<>();
        for (String other : atoms.codesSharing(mine, q)) {
            Relation r = CodeAtoms.relation(atoms.atoms(other, q), mine);
            if (r != null) {
                out.add(new Link(other, titles.getOrDefault(other, ""), r));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether SOC 2018 (through the OEWS hybrid structure) retired a code by a survey year: the code was used by
     * OEWS before and is neither a SOC 2018 code nor one OEWS still publishes that year. 15-1132 is retired from
     * May 2019; the hybrid 15-1256 from May 2021; 11-1031 Legislators, not published for May 2025, is not retired.
     *
     * @param code a SOC or OEWS code
     * @param year a May survey year
     * @return true when retired by then; false for a code still in use, not yet in use or unknown
     */
    public boolean isRetired(String code, int year) {
        boolean soc2010 = atoms.has(code, CodeAtoms.Period.SOC_2010);
        boolean hybridCode = atoms.has(code, CodeAtoms.Period.HYBRID);
        return switch (CodeAtoms.Period.of(year)) {
            case SOC_2010 -> false;
            case HYBRID -> soc2010 && !hybridCode;
            case SOC_2018 -> (soc2010 || hybridCode) && !soc2018.contains(code) && !publishedIn(code, year);
        };
    }

    /** Whether OEWS published the code in a year, or, past the years known, in the last one known. */
    private boolean publishedIn(String code, int year) {
        if (oews.isEmpty()) {
            return false; // without OEWS years, an OES code that is not a SOC 2018 code counts as retired
        }
        int y = oews.containsKey(year) ? year : year > oews.lastKey() ? oews.lastKey() : -1;
        return y > 0 && oews.get(y).containsKey(code);
    }

    /** @return the OEWS survey years known to this crosswalk that publish the code, ascending */
    private SortedSet<Integer> yearsPublished(String code) {
        SortedSet<Integer> years = new TreeSet<>();
        oews.forEach((y, m) -> {
            if (m.containsKey(code)) {
                years.add(y);
            }
        });
        return years;
    }

    /**
     * Why OEWS has no row for a well-formed code in a survey year, for error messages: a code retired by SOC 2018
     * (with its successors and the shares), a code not yet in use (with the codes OEWS used then), or a code OEWS
     * did not publish that year.
     *
     * @param code the code, e.g. {@code 15-1132}
     * @param year the survey year asked for
     * @return one or two sentences, or empty when the tables know nothing of the code
     */
    public Optional<String> whyAbsent(String code, int year) {
        String title = titles.get(code);
        String named = code + (title == null ? "" : " (" + title + ")");
        SortedSet<Integer> published = yearsPublished(code);
        String when = published.isEmpty() ? "" : "; OEWS published it for May " + span(published);
        if (isRetired(code, year)) {
            boolean hybridOnly = atoms.has(code, CodeAtoms.Period.HYBRID) && !atoms.has(code, CodeAtoms.Period.SOC_2010);
            StringBuilder b = new StringBuilder(hybridOnly
                    ? "SOC code " + named + " is an OEWS hybrid code of the May 2019-2020 estimates, retired with "
                    + "the move to SOC 2018" + when
                    : "SOC code " + named + " was retired in SOC 2018" + when);
            List<CodeChange> next = successorsOf(code);
            if (!next.isEmpty()) {
                b.append(". Its SOC 2018 successor").append(next.size() == 1 ? "" : "s").append(": ");
                b.append(String.join(", ", next.stream().map(c -> c.to() + " " + c.toTitle()
                        + (c.shareOfFrom().isPresent() && next.size() > 1 ? String.format(Locale.US,
                        " (≈ %.0f%% of its workers)", 100 * c.shareOfFrom().getAsDouble()) : "")).toList()));
            }
            int linkYear = published.isEmpty() ? (hybridOnly ? 2020 : 2018) : published.last();
            List<Link> then = linksInYear(code, linkYear, year);
            if (!then.isEmpty() && CodeAtoms.Period.of(year) == CodeAtoms.Period.HYBRID) {
                b.append(". For May ").append(year).append(" OEWS published it within ")
                        .append(String.join(", ", then.stream().map(l -> l.code() + " " + l.title()).toList()));
            }
            return Optional.of(b.append('.').toString());
        }
        boolean later = atoms.has(code, CodeAtoms.Period.SOC_2018) && !atoms.has(code, CodeAtoms.Period.SOC_2010)
                || atoms.has(code, CodeAtoms.Period.HYBRID) && !atoms.has(code, CodeAtoms.Period.SOC_2010);
        if (later && (published.isEmpty() ? CodeAtoms.Period.of(year) != CodeAtoms.Period.SOC_2018
                : year < published.first())) {
            int home = published.isEmpty() ? 2021 : published.first();
            List<Link> then = linksInYear(code, home, year);
            return Optional.of("SOC code " + named + " was not yet in use for May " + year + when
                    + (then.isEmpty() ? "." : ". For May " + year + " OEWS published the occupation as "
                    + String.join(", ", then.stream().map(l -> l.code() + " " + l.title() + " ("
                    + l.relation().label() + ")").toList()) + "."));
        }
        if (!published.isEmpty()) {
            return Optional.of("OEWS did not publish " + named + " for May " + year + when + ".");
        }
        return title == null ? Optional.empty() : Optional.of("SOC code " + named + " is in BLS's SOC tables but "
                + "not in the OEWS estimates for May " + year + ".");
    }

    private static String span(SortedSet<Integer> years) {
        List<String> runs = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : years) {
            if (prev != null && y != prev + 1) {
                runs.add(start.equals(prev) ? Integer.toString(start) : start + "-" + prev);
                start = y;
            } else if (start == null) {
                start = y;
            }
            prev = y;
        }
        runs.add(start.equals(prev) ? Integer.toString(start) : start + "-" + prev);
        return String.join(", ", runs);
    }

    private static void checkCode(String field, String code) {
        if (!SocCode.isValid(code)) {
            throw new IllegalArgumentException("Invalid value for " + field + " (valid values 00-0000 - 99-9999): '"
                    + code + "'");
        }
    }

    /** @return a summary: the number of mappings and hybrid rows, and the OEWS years whose codes it knows */
    @Override
    public String toString() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("mappings", mappings.size());
        parts.put("hybrid rows", hybrid.size());
        parts.put("OEWS years", oews.isEmpty() ? "none" : oews.firstKey() + "-" + oews.lastKey());
        return "SocCrosswalk" + parts;
    }
}
