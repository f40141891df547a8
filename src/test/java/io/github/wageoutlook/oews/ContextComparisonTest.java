package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customer service representatives across the 20 sector × ownership groups of BLS's May 2024 sector file. */
class ContextComparisonTest {

    private static final ContextComparison BY_INDUSTRY =
            ContextComparison.of(Oews.industries(2024), "43-4051", ContextComparison.Across.INDUSTRY);

    @Test
    void bySector2024_ranksByTheAnnualMedian_asBlsPublishesThem() {
        List<OccupationWages> rows = BY_INDUSTRY.rows();
        assertEquals(20, rows.size());
        assertEquals(WageBasis.ANNUAL, BY_INDUSTRY.basis());
        assertEquals("22", rows.get(0).industry().naics());                     // Utilities
        assertEquals(Wage.annual(58_530), rows.get(0).annual().median().wage());
        OccupationWages adminSupport = rows.stream().filter(r -> r.industry().naics().equals("56")).findFirst()
                .orElseThrow();
        assertEquals(17, BY_INDUSTRY.rank(rows.indexOf(adminSupport)));
        assertEquals(Wage.annual(37_550), adminSupport.annual().median().wage()); // BLS natsector_M2024, NAICS 56
        assertEquals(405_860, adminSupport.employment().value());
        assertEquals(Wage.annual(32_860), rows.get(19).annual().median().wage()); // arts, entertainment, recreation
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).annual().median().amount() >= rows.get(i).annual().median().amount());
        }
    }

    @Test
    void display_textKeepsTheMedianAndBand_htmlAddsTheAreaAndIndustryFigures() {
        String text = BY_INDUSTRY.toString();
        assertTrue(text.startsWith("Customer Service Representatives (43-4051) by industry, May 2024, U.S., ranked by "
                + "annual median"), text);
        assertTrue(text.contains("17  NAICS 56 Administrative and Support and Waste Management an…     405,860  $29,460  $37,550  $52,180"), text);
        String html = BY_INDUSTRY.toHtml();
        assertTrue(html.contains("<caption>") && html.contains("<th>% of industry</th>")
                && html.contains("<td style=\"text-align:right\">$37,550</td>"), html);
    }

    @Test
    void aTableOfSeveralYears_isRefused_namingTheContexts() {
        OewsTable twoYears = OewsTable.concat(List.of(Oews.national(2023), Oews.national(2024)));
        MixedContextsException e = assertThrows(MixedContextsException.class,
                () -> ContextComparison.of(twoYears, "43-4051", ContextComparison.Across.OWNERSHIP));
        assertTrue(e.getMessage().contains("2023") && e.getMessage().contains("2024"), e.getMessage());
    }
}
