package io.github.wageoutlook.projections;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.fetch.BlsFetcher;
import io.github.wageoutlook.fetch.ProjectionsFile;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.soc.SocCrosswalk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point to BLS Employment Projections by occupation: the four cycles embedded in the jar (2016–26, 2019–29,
 * 2023–33, 2024–34), any {@code occupation.xlsx} a user has, and one occupation across every cycle.
 *
 * <pre>{@code
 * ProjectionsTable t = Projections.cycle("2016-26");          // from the jar, no download
 * List<OccupationProjection> csr = Projections.acrossCycles("43-4051");   // +4.9%, −2.0%, −5.0%, −5.5%
 * }</pre>
 */
public final class Projections {

    private static final List<Cycle> CYCLES = List.of(Cycle.of(2016, 2026), Cycle.of(2019, 2029),
            Cycle.of(2023, 2033), Cycle.of(2024, 2034));

    private static final Map<Cycle, ProjectionsTable> LOADED = new ConcurrentHashMap<>();

    private Projections() {
    }

    /** @return the embedded cycles, oldest first */
    public static List<Cycle> cycles() {
        return CYCLES;
    }

    /**
     * An embedded cycle, parsed from the original BLS workbook once and then shared (the table is immutable).
     *
     * @param cycle {@code "2016-26"}, {@code "2019-29"}, {@code "2023-33"} or {@code "2024-34"} (en dashes and
     *              four-digit end years are accepted)
     * @return the table
     * @throws IllegalArgumentException for a cycle not embedded
     */
    public static ProjectionsTable cycle(String cycle) {
        return cycle(Cycle.parse(cycle));
    }

    /**
     * An embedded cycle.
     *
     * @param cycle one of {@link #cycles()}
     * @return the table
     * @throws IllegalArgumentException for a cycle not embedded
     */
    public static ProjectionsTable cycle(Cycle cycle) {
        Objects.requireNonNull(cycle, "cycle must not be null");
        if (!CYCLES.contains(cycle)) {
            throw new IllegalArgumentException("Invalid value for cycle (valid values " + CYCLES + "): " + cycle);
        }
        return LOADED.computeIfAbsent(cycle, Projections::load);
    }

    /** @return the embedded resource name of a cycle's workbook, e.g. {@code projections/occupation_2016-26.xlsx} */
    static String resource(Cycle cycle) {
        return "projections/occupation_" + cycle + ".xlsx";
    }

    private static ProjectionsTable load(Cycle cycle) {
        String name = resource(cycle);
        try (InputStream in = Datasets.open(name)) {
            return ProjectionsReader.read(name.substring(name.indexOf('/') + 1), in);
        } catch (IOException e) {
            throw FileFormatException.in(name).cause(e).problem("cannot read the embedded workbook: " + e.getMessage());
        }
    }

    /**
     * Reads an Employment Projections occupation workbook (Table 1.7 or 1.2) from a file.
     *
     * @param path the .xlsx file
     * @return the table
     * @throws FileFormatException naming file, sheet, row, column and raw value
     */
    public static ProjectionsTable read(Path path) {
        return ProjectionsReader.read(path);
    }

    /**
     * One occupation in every embedded cycle that has its code, oldest cycle first.
     *
     * @param code a National Employment Matrix code, e.g. {@code 43-4051}
     * @return the rows; empty when no cycle has the code
     */
    public static List<OccupationProjection> acrossCycles(String code) {
        Objects.requireNonNull(code, "code must not be null");
        List<OccupationProjection> out = new ArrayList<>();
        for (Cycle c : CYCLES) {
            cycle(c).occupation(code).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * One occupation in every embedded cycle, following SOC code changes with BLS's SOC 2010 to 2018 crosswalk and
     * the OEWS hybrid structure ({@link SocCrosswalk#bls()}): a cycle without the code contributes the codes that
     * hold (part of) its occupation in that cycle's classification — 15-1252 is 15-1132 and 15-1133 in 2016–26
     * (SOC 2010) and 15-1256 in 2019–29 (hybrid). Only rows of the same occupation are comparable.
     *
     * @param code the code asked for, e.g. {@code 15-1252}
     * @return the rows, oldest cycle first (several in a cycle when the occupation was split); empty when no cycle
     *         has the code or a linked one
     */
    public static List<LinkedProjection> linkedAcrossCycles(String code) {
        Objects.requireNonNull(code, "code must not be null");
        SocCrosswalk cw = SocCrosswalk.bls();
        int home = -1;
        for (Cycle c : CYCLES) {
            if (cycle(c).occupation(code).isPresent()) {
                home = c.baseYear();
            }
        }
        if (home < 0) {
            home = 2021;
            for (int year : new int[] {2021, 2019, 2018}) {
                if (cw.relation(code, year, code, year).isPresent()) {
                    home = year;
                    break;
                }
            }
        }
        List<LinkedProjection> out = new ArrayList<>();
        for (Cycle c : CYCLES) {
            ProjectionsTable t = cycle(c);
            Optional<OccupationProjection> own = t.occupation(code);
            if (own.isPresent()) {
                out.add(new LinkedProjection(own.get(), SocCrosswalk.Relation.SAME_OCCUPATION, ""));
                continue;
            }
            for (SocCrosswalk.Link l : cw.linksInYear(code, home, c.baseYear())) {
                t.occupation(l.code()).filter(OccupationProjection::isLineItem).ifPresent(r -> out.add(
                        new LinkedProjection(r, l.relation(), c + " has no " + code + "; " + r.code() + " "
                                + r.title() + " " + l.relation().label() + " (BLS SOC 2010-2018 crosswalk and OEWS "
                                + "hybrid structure)")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Fetches the current cycle's occupation workbook from BLS ({@code emp/ind-occ-matrix/occupation.xlsx}, or the
     * cache, checked against BLS's server once a day) and reads it: a cycle newer than the embedded ones, once BLS
     * publishes it. Settings come from the environment; see {@link io.github.wageoutlook.fetch.FetchOptions}.
     *
     * @return the table of the current cycle
     * @throws io.github.wageoutlook.fetch.FetchException when fetching fails (see
     *         {@link BlsFetcher#fetch(io.github.wageoutlook.fetch.BlsFile)})
     * @throws FileFormatException if the workbook cannot be read
     */
    public static ProjectionsTable fetchLatest() {
        return fetchLatest(BlsFetcher.fromEnvironment());
    }

    /**
     * Fetches the current cycle's occupation workbook with explicit download settings and reads it.
     *
     * @param fetcher where and how to download ({@code BlsFetcher.of(options)})
     * @return the table of the current cycle
     * @throws io.github.wageoutlook.fetch.FetchException as {@link #fetchLatest()}
     * @throws FileFormatException if the workbook cannot be read (the unreadable copy is removed from the cache)
     */
    public static ProjectionsTable fetchLatest(BlsFetcher fetcher) {
        return fetcher.read(ProjectionsFile.latest(), ProjectionsReader::read);
    }
}
