package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.GroupLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The major-group mixtures of a fitted table, one per context (or per area): the detailed occupations of each major
 * group in each context, mixed by {@link DistributionColumns#mixtureWageAt(int[], double)}, in parallel over the
 * groups.
 */
final class MajorGroupMixtures {

    private MajorGroupMixtures() {
    }

    /** See {@link DistributionColumns#wageAtByAreaAndMajorGroup}; the table is the one fitted. */
    static Map<AreaGroup, WageAtPercentile> byArea(DistributionColumns m, OewsTable table, double percentile) {
        List<Context> notArea = table.contexts().stream()
                .map(c -> new Context(c.year(), Area.NATIONAL, c.industry(), c.ownership())).distinct().toList();
        if (notArea.size() > 1) {
            throw new MixedContextsException("the group wages by area of " + table.name(), table.contexts(),
                    "use wageAtByContextAndMajorGroup for one result per year, area, industry and ownership");
        }
        Map<AreaGroup, WageAtPercentile> out = new LinkedHashMap<>();
        byContext(m, table, percentile).forEach((k, w) ->
                out.put(new AreaGroup(k.context().area().code(), k.majorGroup()), w));
        return out;
    }

    /** See {@link DistributionColumns#wageAtByContextAndMajorGroup}; the table is the one fitted. */
    static Map<ContextGroup, WageAtPercentile> byContext(DistributionColumns m, OewsTable table, double percentile) {
        OccupationDistribution.checkPercentile(percentile);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, ContextGroup> keys = new HashMap<>();
        for (int r = 0; r < m.size(); r++) {
            if (table.groupLevel(r) != GroupLevel.DETAILED || m.count(r) == 0 || !(m.employment(r) > 0)) {
                continue;
            }
            int context = m.contextOf(r);
            String major = table.socCode(r).substring(0, 2);
            String key = context + "\t" + major;
            keys.computeIfAbsent(key, k -> new ContextGroup(m.contexts().get(context), major));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<String> order = new ArrayList<>(groups.keySet());
        WageAtPercentile[] wages = new WageAtPercentile[order.size()];
        IntStream.range(0, wages.length).parallel().forEach(i -> wages[i] = m.mixtureWageAt(
                groups.get(order.get(i)).stream().mapToInt(Integer::intValue).toArray(), percentile));
        Map<ContextGroup, WageAtPercentile> out = new LinkedHashMap<>();
        for (int i = 0; i < wages.length; i++) {
            out.put(keys.get(order.get(i)), wages[i]);
        }
        return out;
    }
}
