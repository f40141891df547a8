package io.github.wageoutlook.oews;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The occupation lookup against the real OEWS national file of May 2024, with the codes each query must reach. */
class OccupationLookupTest {

    private static final OccupationLookup<OccupationWages> LOOKUP = OccupationLookup.from(Oews.national(2024));

    @ParameterizedTest(name = "''{0}'' is {1} by {2}")
    @CsvSource({
        "434051, 43-4051, SOC_CODE",
        "43-4051, 43-4051, SOC_CODE",
        "43 4051, 43-4051, SOC_CODE",
        "43-4051.00, 43-4051, SOC_CODE",
        "cashier, 41-2011, EXACT_TITLE",
        "CASHIERS, 41-2011, EXACT_TITLE",
        "registered nurse, 29-1141, EXACT_TITLE",
        "customer service, 43-4051, WHOLE_WORDS",
        "management occupations, 11-0000, EXACT_TITLE",
    })
    void find_resolvesTheQueryToTheCodeAUserMeans(String query, String code, OccupationLookup.Match how) {
        LookupResult<OccupationWages> r = LOOKUP.find(query);
        LookupResult.Found<OccupationWages> found = assertInstanceOf(LookupResult.Found.class, r, r.message());
        assertEquals(code, found.value().socCode());
        assertEquals(how, found.how());
    }

    @Test
    void nearCodes_twoDigitsSwappedComeFirst_thenOneDigitChanged_andTheCodeIsNeverFound() {
        assertEquals("43-4051", LOOKUP.nearCodes("43-4501").get(0).code());
        assertEquals("43-4051", LOOKUP.nearCodes("434501").get(0).code());
        List<String> changed = LOOKUP.nearCodes("43-4052").stream().map(OccupationLookup.Candidate::code).toList();
        assertTrue(changed.contains("43-4051"), changed.toString());
        assertTrue(LOOKUP.nearCodes("43-4051").stream().noneMatch(c -> c.code().equals("43-4051")));
        LookupResult.NotFound<?> none = assertInstanceOf(LookupResult.NotFound.class, LOOKUP.find("43-4501"));
        assertEquals("43-4051", none.suggestions().get(0).code());
        assertThrows(IllegalArgumentException.class, () -> LOOKUP.nearCodes("customer"));
    }

    @Test
    void find_sixDigitCode_isTheSocCodeNotATitleFragment() {
        assertEquals("Customer Service Representatives", LOOKUP.get("434051").title());
    }

    @Test
    void find_exactTitle_winsOverTitlesThatAlsoHoldTheWord() {
        // "Gambling Change Persons and Booth Cashiers" (41-2012) holds the word too; the exact title wins.
        assertEquals("41-2011", LOOKUP.get("cashier").socCode());
    }

    @Test
    void find_wholeWords_comeBeforeFragments_soNurseListsNoNursery() {
        LookupResult<OccupationWages> r = LOOKUP.find("nurse");
        LookupResult.Ambiguous<OccupationWages> a = assertInstanceOf(LookupResult.Ambiguous.class, r, r.message());
        assertEquals(OccupationLookup.Match.WHOLE_WORDS, a.how());
        assertEquals(List.of("29-1141", "29-1151", "29-1161", "29-1171", "29-2061"),
                a.candidates().stream().map(OccupationLookup.Candidate::code).toList());
        assertFalse(r.message().contains("Nursery"), r.message());
    }

    @Test
    void find_fragment_stillMatchesWhenNoWholeWordDoes() {
        LookupResult<OccupationWages> r = LOOKUP.find("nurs");
        LookupResult.Ambiguous<OccupationWages> a = assertInstanceOf(LookupResult.Ambiguous.class, r, r.message());
        assertEquals(OccupationLookup.Match.TITLE_FRAGMENT, a.how());
        assertTrue(a.candidates().stream().anyMatch(c -> c.code().equals("45-2092")), r.message());
    }

    @Test
    void find_misspelling_suggestsTheNearestTitlesByLevenshteinDistance() {
        LookupResult<OccupationWages> r = LOOKUP.find("custmer service");
        LookupResult.NotFound<OccupationWages> none = assertInstanceOf(LookupResult.NotFound.class, r);
        assertEquals("43-4051", none.suggestions().get(0).code());
        // The broad occupation 43-4050 has the same title; it is not suggested twice.
        assertEquals(1, none.suggestions().stream()
                .filter(c -> c.title().equals("Customer Service Representatives")).count());
        assertTrue(r.message().contains("did you mean:") && r.message().contains("43-4051  Customer Service "
                + "Representatives"), r.message());
        assertEquals("15-1252", ((LookupResult.NotFound<?>) LOOKUP.find("softwre developer")).suggestions().get(0)
                .code());
    }

    @Test
    void find_textFarFromEveryTitle_isNotFoundWithoutSuggestions() {
        LookupResult.NotFound<?> none = assertInstanceOf(LookupResult.NotFound.class, LOOKUP.find("xyzzy"));
        assertTrue(none.suggestions().isEmpty());
        assertEquals("no occupation title matches 'xyzzy' in national_M2024_dl.xlsx", none.message());
    }

    @Test
    void find_aCodeCutShortOrTooLong_isNotACode_andSuggestsTheCodesItStarts() {
        for (String typed : List.of("43-405", "43405", "43-40511")) {
            LookupResult.NotFound<?> none = assertInstanceOf(LookupResult.NotFound.class, LOOKUP.find(typed));
            assertEquals(List.of("43-4051"), none.suggestions().stream().map(OccupationLookup.Candidate::code)
                    .toList(), typed);
            assertTrue(none.message().startsWith("no occupation '" + typed + "' in national_M2024_dl.xlsx: '" + typed
                    + "' is not a SOC code (two digits, a hyphen and four digits, e.g. 43-4051)"), none.message());
        }
    }

    @Test
    void find_wellFormedCodeNotInTheTable_carriesTheReasonGiven() {
        // A SOC crosswalk can say which codes succeeded a retired one; here a stand-in reason.
        OccupationLookup<OccupationWages> withReason = LOOKUP.withReasonForCode(code -> code.equals("15-1132")
                ? Optional.of("SOC 2018 merged it into 15-1252") : Optional.empty());
        LookupResult<OccupationWages> r = withReason.find("151132");
        LookupResult.NotFound<?> none = assertInstanceOf(LookupResult.NotFound.class, r);
        assertEquals(Optional.of("SOC 2018 merged it into 15-1252"), none.reason());
        assertEquals("no occupation with SOC code 15-1132 in national_M2024_dl.xlsx: SOC 2018 merged it into 15-1252",
                r.message());
        assertEquals(Optional.empty(), ((LookupResult.NotFound<?>) withReason.find("99-9999")).reason());
    }

    @Test
    void get_throwsWithTheResult_ambiguousOrNot() {
        OccupationLookupException ambiguous = assertThrows(OccupationLookupException.class, () -> LOOKUP.get("nurse"));
        assertTrue(ambiguous.isAmbiguous());
        OccupationLookupException none = assertThrows(OccupationLookupException.class, () -> LOOKUP.get("xyzzy"));
        assertFalse(none.isAmbiguous());
        assertThrows(IllegalArgumentException.class, () -> LOOKUP.find("  "));
    }

    @Test
    void sameWord_acceptsRegularPluralsOnly() {
        assertTrue(OccupationLookup.sameWord("nurse", "nurses"));
        assertTrue(OccupationLookup.sameWord("secretary", "secretaries"));
        assertTrue(OccupationLookup.sameWord("box", "boxes"));
        assertFalse(OccupationLookup.sameWord("nurs", "nurses"));
        assertFalse(OccupationLookup.sameWord("nurse", "nursery"));
    }

    @Test
    void of_anyList_looksUpItsOwnCodesAndTitles() {
        record Row(String code, String title, boolean lineItem) {
        }
        List<Row> rows = List.of(new Row("43-4000", "Information and record clerks", false),
                new Row("43-4051", "Customer service representatives", true),
                new Row("X-1", "My own occupation", true));
        OccupationLookup<Row> lookup = OccupationLookup.of("my list", rows, Row::code, Row::title, Row::lineItem);
        assertEquals("43-4051", lookup.get("customer service representative").code());
        assertEquals("X-1", lookup.get("x-1").code());
        assertEquals("43-4000", lookup.get("434000").code());
    }
}
