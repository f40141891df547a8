package io.github.wageoutlook.oews;

import io.github.wageoutlook.testing.EditedWorkbook;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** OWN_CODE is named as the file's Field Descriptions sheet defines it, and as BLS does for files without one. */
class OwnershipNamesTest {

    @Test
    void theFieldDescriptionsDefinition_namesTheOwnership() throws Exception {
        // The sector file with one edit: its own_code definition (Field Descriptions, B18) names 5 differently.
        EditedWorkbook book = EditedWorkbook.of("oews/natsector_M2024_dl.xlsx").setText("Field Descriptions", "B18",
                "Ownership type: 1= Federal Government; 5= Private employers (edited); 123= Federal, State, and Local "
                        + "Government");
        OewsTable t;
        try (InputStream in = book.open()) {
            t = OewsReader.readXlsx("natsector_M2024_dl.xlsx", in, OptionalInt.empty());
        }
        OccupationWages csr = t.industry("56").occupation("43-4051").orElseThrow();
        assertEquals(new Ownership("5", "Private employers (edited)"), csr.ownership());
        // A code the file's sheet does not define keeps BLS's published definition.
        assertEquals("Private and Postal Service", t.ownership("59").ownerships().get(0).title());
    }

    @Test
    void findDefinitions_readsEveryCodeOfTheSentence() {
        Map<String, String> d = Ownership.findDefinitions("Ownership type: 1= Federal Government; 235=Private, State,"
                + " and Local Government; 35 = Private and Local Government; 57=Private, Local Government Gambling "
                + "Establishments (Sector 71), and Local Government Casino Hotels (Sector 72); 1235= Federal, State, "
                + "and Local Government and Private Sector ");
        assertEquals(5, d.size());
        assertEquals("Private, State, and Local Government", d.get("235"));
        assertEquals("Private, Local Government Gambling Establishments (Sector 71), and Local Government Casino "
                + "Hotels (Sector 72)", d.get("57"));
        assertEquals(Ownership.definitions().get("1235"), d.get("1235"));
        assertEquals(Map.of(), Ownership.findDefinitions("Area type: 1= U.S.; 2= State"));
    }
}
