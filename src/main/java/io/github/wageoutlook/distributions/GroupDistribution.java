package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wage distribution of a group of occupations — a SOC major, minor or broad group, or any list — as the
 * mixture of its occupations' distributions weighted by employment.
 *
 * <p>With weights {@code w_i} (TOT_EMP) and member distribution functions {@code F_i}, the group's distribution
 * function is {@code F(x) = Σ w_i F_i(x) / Σ w_i}: every worker of the group is counted once, in the occupation
 * they hold. The wage at percentile {@code p} solves {@code F(x) = p/100} with Brent's method on {@code ln x},
 * bracketed by the smallest and largest member wages at {@code p} (the mixture quantile always lies between them);
 * {@link DistributionColumns#mixtureWageAt(int[], double)} solves the same mixture over rows of a fitted table, with
 * the same code. This is what BLS's group rows describe, and it differs from the employment-weighted mean of member medians,
 * which the {@code accuracy} command shows misses BLS's published group medians several times more often.
 *
 * <p>Contexts: a mixture is of one year, area, industry and ownership; rows of several are refused
 * ({@link MixedContextsException}) and {@link #byContext} builds one group per context.
 *
 * <p>Top-codes: when any member is top-coded, a group wage at or above the top-code is returned as the top-code,
 * flagged as a lower bound (as BLS prints {@code #}); a rank is flagged as a lower bound when a member's is, and as
 * an upper bound when a member's is and none is a lower bound. A mixture's estimate can still fall below the top-code
 * BLS published for the group's own row; {@link BoundedEstimate} keeps the two consistent when they are shown
 * together.
 *
 * <pre>{@code
 * GroupDistribution office = GroupDistribution.from(Oews.national(2018), "43-0000", WageBasis.ANNUAL);
 * office.median();   // $35,660/yr; BLS's published 43-0000 median is $35,760
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupDistribution implements WageDistribution {
    private final String label;
    private final WageBasis basis;
    private final List<OccupationDistribution> members;
    private final double[] weights;
    private final List<String> excluded;
    private final Mixture mixture;

    private GroupDistribution(String label, WageBasis basis, List<OccupationDistribution> members,
                              List<String> excluded) {
        this.label = label;
        this.basis = basis;
        this.members = List.copyOf(members);
        this.excluded = List.copyOf(excluded);
        weights = new double[members.size()];
        DistributionColumns[] models = new DistributionColumns[weights.length];
        int[] rows = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            OccupationDistribution m = members.get(i);
            weights[i] = m.employment().value();
            models[i] = m.model();
            rows[i] = m.row();
        }
        mixture = new Mixture(basis, models, rows, weights.clone());
    }

    /**
     * The mixture of given member distributions, weighted by their employment.
     *
     * @param label a name for the group
     * @param members at least one distribution, all on one basis, each with employment greater than 0
     * @return the group
     * @throws BasisMismatchException if the members mix hourly and annual wages
     * @throws IllegalArgumentException naming the member whose employment is missing or not positive, or if the
     *     list is empty
     */
    public static GroupDistribution of(String label, List<OccupationDistribution> members) {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(members, "members must not be null");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for members of " + label + " (valid values: at least "
                    + "one occupation): none");
        }
        WageBasis basis = members.get(0).basis();
        for (OccupationDistribution m : members) {
            Objects.requireNonNull(m, "members must not contain null");
            if (m.basis() != basis) {
                throw new BasisMismatchException("mix " + members.get(0).label() + " and " + m.label() + " in "
                        + label, basis, m.basis());
            }
            if (!m.employment().isAvailable() || !(m.employment().value() > 0)) {
                throw new IllegalArgumentException("Invalid value for employment of " + m.label()
                        + " (valid values > 0, the member's weight in " + label + "): " + m.employment());
            }
        }
        return new GroupDistribution(label, basis, members, List.of());
    }

    /**
     * The mixture of OEWS rows on one basis. Rows without wages on the basis, with fewer than two usable
     * percentiles, or without employment are left out and listed by {@link #excluded()}.
     *
     * @param label a name for the group
     * @param rows the occupations of one context (one year, area, industry and ownership), normally detailed ones so
     *     that no worker is counted twice
     * @param basis hourly or annual
     * @return the group
     * @throws IllegalArgumentException if no row is usable
     * @throws MixedContextsException if the rows are of several years, areas, industries or ownerships
     */
    public static GroupDistribution from(String label, Collection<OccupationWages> rows, WageBasis basis) {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        List<Context> contexts = rows.stream().map(OccupationWages::context).distinct().toList();
        if (contexts.size() > 1) {
            throw new MixedContextsException("the group distribution " + label, contexts,
                    "use GroupDistribution.byContext for one group per context");
        }
        List<OccupationDistribution> members = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (OccupationWages row : rows) {
            String name = row.socCode() + " " + row.title();
            if (!row.employment().isAvailable() || !(row.employment().value() > 0)) {
                excluded.add(name + ": employment not available");
                continue;
            }
            if (!row.publishedBasis().includes(basis)) {
                excluded.add(name + ": no " + basis.name().toLowerCase() + " wages (BLS publishes "
                        + (basis == WageBasis.ANNUAL ? "hourly" : "annual") + " only)");
                continue;
            }
            try {
                members.add(OccupationDistribution.from(row, basis));
            } catch (IllegalArgumentException e) {
                excluded.add(name + ": fewer than two " + basis.name().toLowerCase() + " percentiles published");
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Invalid group " + label + " (valid: at least one occupation with "
                    + basis.name().toLowerCase() + " wages and employment): none of " + rows.size() + " rows usable"
                    + (excluded.isEmpty() ? "" : ", e.g. " + excluded.get(0)));
        }
        return new GroupDistribution(label, basis, members, excluded);
    }

    /**
     * The mixture of the detailed occupations under a SOC group code in a table of one context.
     *
     * @param table an OEWS table of one year, area, industry and ownership (e.g. {@code Oews.national(2018)}, or a
     *     state file narrowed with {@code area("AL")})
     * @param groupCode a major group ({@code 43} or {@code 43-0000}), minor group ({@code 43-4000}), broad
     *     occupation ({@code 43-4050}) or {@code 00-0000} for all occupations
     * @param basis hourly or annual
     * @return the group, labelled with BLS's title for the code when the table has the group's row, the year, and the
     *     area, industry and ownership when they are not the nation, all industries and all employers
     * @throws IllegalArgumentException if the code is not a group code, or no detailed occupation under it is usable
     * @throws MixedContextsException if the table holds several contexts, naming them; see
     *     {@link #byContext(OewsTable, String, WageBasis)}
     */
    public static GroupDistribution from(OewsTable table, String groupCode, WageBasis basis) {
        Objects.requireNonNull(table, "table must not be null");
        String code = normalizeGroupCode(groupCode);
        Context context = table.singleContext("the group distribution of " + code,
                "use GroupDistribution.byContext for one group per context");
        String prefix = memberPrefix(code);
        List<OccupationWages> rows = table.level(GroupLevel.DETAILED).stream()
                .filter(r -> r.socCode().startsWith(prefix)).toList();
        String title = table.stream().filter(r -> r.socCode().equals(code) && r.level() != GroupLevel.DETAILED)
                .map(r -> " " + r.title()).findFirst().orElse(""); // a file without the group's row has no title
        String label = code + title + " (May " + context.year()
                + (context.isNationalCrossIndustry() ? "" : ", " + context.label()) + ")";
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for groupCode (valid values: a SOC group code with "
                    + "detailed occupations in " + table.name() + "): '" + groupCode + "'");
        }
        return from(label, rows, basis);
    }

    /**
     * The group in each context of a table (an all-data file, stacked years, a state file): one labelled mixture per
     * year, area, industry and ownership that has a usable detailed occupation under the code, in table order.
     *
     * @param table any OEWS table
     * @param groupCode a group code, as for {@link #from(OewsTable, String, WageBasis)}
     * @param basis hourly or annual
     * @return context to group; contexts without a usable member are left out
     * @throws IllegalArgumentException if the code is not a group code, or no context has a usable member
     */
    public static Map<Context, GroupDistribution> byContext(OewsTable table, String groupCode,
                                                            WageBasis basis) {
        Objects.requireNonNull(table, "table must not be null");
        String code = normalizeGroupCode(groupCode);
        Map<Context, GroupDistribution> out = new LinkedHashMap<>();
        List<String> why = new ArrayList<>();
        table.byContext().forEach((context, rows) -> {
            try {
                out.put(context, from(rows, code, basis));
            } catch (IllegalArgumentException e) {
                why.add(context.label() + ", May " + context.year() + ": " + e.getMessage());
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Invalid group " + code + " (valid: a group with usable detailed "
                    + "occupations in at least one context of " + table.name() + "): none" + (why.isEmpty() ? ""
                    : "; e.g. " + why.get(0)));
        }
        return out;
    }

    /**
     * Reads a group code: two digits become a major group code.
     *
     * @param groupCode e.g. {@code 43}, {@code 43-0000}, {@code 43-4000}, {@code 43-4050}
     * @return the code in the form {@code 00-0000}
     * @throws IllegalArgumentException if it is not a group code (a detailed code does not end in 0)
     */
    static String normalizeGroupCode(String groupCode) {
        Objects.requireNonNull(groupCode, "groupCode must not be null");
        String c = groupCode.strip();
        if (c.matches("\\d{2}")) {
            c = c + "-0000";
        }
        if (!SocCode.isValid(c) || !c.endsWith("0")) {
            throw new IllegalArgumentException("Invalid value for groupCode (valid values: a major group 11 - 55 or "
                    + "43-0000, a minor group such as 43-4000, a broad occupation such as 43-4050): '" + groupCode
                    + "'");
        }
        return c;
    }

    private static String memberPrefix(String code) {
        if (code.equals("00-0000")) {
            return "";
        }
        if (code.endsWith("0000")) {
            return code.substring(0, 3);
        }
        if (code.endsWith("000")) {
            return code.substring(0, 4);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 5);
        }
        return code.substring(0, 6);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public WageBasis basis() {
        return basis;
    }

    /** @return the member distributions, in input order */
    public List<OccupationDistribution> members() {
        return members;
    }

    /** @return the rows left out of the group and why, e.g. "27-2011 Actors: no annual wages (…)" */
    public List<String> excluded() {
        return excluded;
    }

    /** @return the employment of the members, the sum of the weights */
    public double employment() {
        return mixture.total();
    }

    @Override
    public WageAtPercentile wageAt(double percentile) {
        OccupationDistribution.checkPercentile(percentile);
        return mixture.wageAt(percentile);
    }

    @Override
    public PercentileRank rankOf(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        if (wage.basis() != basis) {
            throw new BasisMismatchException("rank a wage in " + label, basis, wage.basis());
        }
        double sum = 0;
        boolean bound = false;
        boolean upper = false;
        for (int i = 0; i < weights.length; i++) {
            PercentileRank r = members.get(i).rankOf(wage);
            sum += weights[i] * r.percentile();
            bound |= r.isLowerBound();
            upper |= r.isUpperBound();
        }
        // Members bounded both ways leave the mixture's rank bounded neither way; the lower bound is kept, as before.
        return new PercentileRank(wage, Math.min(100, Math.max(0, sum / mixture.total())), bound, upper && !bound);
    }

    @Override
    public Wage mean() {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * members.get(i).mean().amount();
        }
        return Wage.of(sum / mixture.total(), basis);
    }

    /** Prints the label, basis, number of members and employment. */
    @Override
    public String toString() {
        return label + ", " + basis.name().toLowerCase() + ": mixture of " + members.size() + " occupations, employment "
                + String.format(java.util.Locale.US, "%,.0f", mixture.total())
                + (excluded.isEmpty() ? "" : " (" + excluded.size() + " left out)");
    }
}
