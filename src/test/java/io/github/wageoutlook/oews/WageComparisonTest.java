package io.github.wageoutlook.oews;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Side-by-side tables on the real OEWS files, with the BLS figures career guides quote. */
class WageComparisonTest {

    @Test
    void occupations_similarJobs2018_haveTheMediansCareerGuidesQuote() {
        WageComparison similar = WageComparison.occupations(2018, "43-4051", "43-4171", "39-6012", "11-9081");

        // OEWS May 2018 A_MEDIAN: 43-4051 33,750; 43-4171 29,140; 39-6012 30,400; 11-9081 53,390.
        assertEquals(List.of(33_750.0, 29_140.0, 30_400.0, 53_390.0),
                similar.rows().stream().map(r -> r.annual().median().amount()).toList());
        String text = similar.toString();
        assertTrue(text.startsWith("OEWS national, May 2018: annual wages"), text);
        assertTrue(text.contains("43-4171   Receptionists and Information Clerks"), text);
        assertTrue(text.contains("$53,390"), text);
    }

    @Test
    void years_customerService_runsFrom2014To2025() {
        WageComparison years = WageComparison.years("43-4051");

        assertEquals(12, years.rows().size());
        assertEquals(2014, years.rows().get(0).year());
        assertEquals(32_890.0, years.rows().get(3).annual().median().amount());
    }

    @Test
    void toHtml_isATableWithCaptionAndEscapedText() {
        String html = WageComparison.occupations(2024, "11-1011").toHtml();

        assertTrue(html.startsWith("<table>\n<caption>OEWS national, May 2024: annual wages</caption>"), html);
        assertTrue(html.contains("<th>Median</th>"), html);
        assertTrue(html.contains("≥ $239,200"), "top-coded P90 keeps its ≥: " + html);
        String escaped = WageComparison.of("a < b", List.of(Oews.national(2018).occupation("43-4051").orElseThrow()))
                .toHtml();
        assertTrue(escaped.contains("<caption>a &lt; b</caption>"), escaped);
    }

    @Test
    void occupations_codeNotInYear_namesCodeAndYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WageComparison.occupations(2018, "43-4051", "99-9998"));
        assertEquals("Invalid value for socCode (not in the OEWS national file of May 2018): '99-9998'",
                e.getMessage());
    }
}
