package io.github.wageoutlook.projections;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.soc.SocCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A projection that is not in the shipped BLS tables — a figure quoted elsewhere, or a user's own — with the
 * occupation it concerns and its source, so that it gets every calculation of {@link Projection} and can be set
 * against the all-industries projection of the same occupation and cycle.
 *
 * <p>The shipped scenarios ({@link #shipped()}, from {@code datasets/projections/scenarios.csv}) hold the published career guides'
 * figure: customer service representatives in telephone call centers, +36% over 2016–26, against +4.9% across all
 * industries.
 *
 * <pre>{@code
 * Scenario callCenters = Scenario.shipped().get(0);
 * callCenters.compareWithAllIndustries();   // +36.0% vs +4.9%: +31.1 points
 * Scenario mine = Scenario.of("My plan", "43-4051", "", Projection.of("My plan", 120, 150, Cycle.of(2024, 2034)), "me");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name what the scenario is
 * @param socCode the occupation's code (form 00-0000) for the comparison with BLS's table
 * @param industry the industry it applies to, empty when none
 * @param projection the projected employment (thousands, or an index with base 100 when only a percent is known)
 * @param source where the figure comes from
 */
public record Scenario(String name, String socCode, String industry, Projection projection, String source) {

    /** The embedded scenarios file. */
    public static final String RESOURCE = "projections/scenarios.csv";

    /**
     * Checks the parts.
     *
     * @param name what the scenario is
     * @param socCode the occupation's code (form 00-0000) for the comparison with BLS's table
     * @param industry the industry it applies to, empty when none
     * @param projection the projected employment (thousands, or an index with base 100 when only a percent is known)
     * @param source where the figure comes from
     * @throws IllegalArgumentException if the code is not of the form 00-0000
     */
    public Scenario {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(socCode, "socCode must not be null");
        Objects.requireNonNull(industry, "industry must not be null");
        Objects.requireNonNull(projection, "projection must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (!SocCode.isValid(socCode)) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values 00-0000 - 99-9999): '"
                    + socCode + "'");
        }
    }

    /**
     * A user-defined scenario.
     *
     * @param name what it is
     * @param socCode the occupation
     * @param industry the industry, or empty
     * @param projection the projection
     * @param source where it comes from
     * @return the scenario
     */
    public static Scenario of(String name, String socCode, String industry, Projection projection, String source) {
        return new Scenario(name, socCode, industry, projection, source);
    }

    /** @return the scenarios embedded in the jar, in file order */
    public static List<Scenario> shipped() {
        try (InputStream in = Datasets.open(RESOURCE)) {
            return ScenarioReader.read(RESOURCE, in);
        } catch (IOException e) {
            throw FileFormatException.in(RESOURCE).cause(e).problem("cannot read the embedded scenarios: "
                    + e.getMessage());
        }
    }

    /**
     * The shipped scenarios of one occupation.
     *
     * @param socCode e.g. {@code 43-4051}
     * @return the scenarios, possibly none
     */
    public static List<Scenario> shippedFor(String socCode) {
        return shipped().stream().filter(s -> s.socCode.equals(socCode)).toList();
    }

    /**
     * The BLS all-industries projection of the same occupation in the same cycle, when that cycle is embedded.
     *
     * @return the row, or empty for a cycle not shipped or a code the cycle lacks
     */
    public Optional<OccupationProjection> allIndustries() {
        Cycle c = projection.cycle();
        if (!Projections.cycles().contains(c)) {
            return Optional.empty();
        }
        return Projections.cycle(c).occupation(socCode);
    }

    /**
     * This scenario's growth against the all-industries projection of the occupation (compared as rates, so an
     * index scenario compares fairly with BLS's thousands).
     *
     * @return the comparison
     * @throws IllegalStateException if the cycle is not embedded or lacks the occupation
     */
    public GrowthComparison compareWithAllIndustries() {
        OccupationProjection all = allIndustries().orElseThrow(() -> new IllegalStateException(
                "No embedded all-industries projection of " + socCode + " for cycle " + projection.cycle()
                        + " (embedded cycles: " + Projections.cycles() + ")"));
        return projection.compareWith(all.projection());
    }

    @Override
    public String toString() {
        return String.format(Locale.US, "%s (%s%s), %s: %+.1f%%, CAGR %+.2f%%/yr — source: %s", name, socCode,
                industry.isEmpty() ? "" : ", " + industry, projection.cycle(), projection.percentChange(),
                100 * projection.growthRate(), source);
    }
}
