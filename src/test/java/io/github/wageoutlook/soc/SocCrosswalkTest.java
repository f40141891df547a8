package io.github.wageoutlook.soc;

import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.soc.SocCrosswalk.Relation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SocCrosswalkTest {
    private final SocCrosswalk oews = SocCrosswalk.oews();

    @Test
    void relation_isReadInBothDirections() {
        assertEquals(Optional.of(Relation.PART_OF), oews.relation("15-1132", "15-1252"));
        assertEquals(Optional.of(Relation.CONTAINS), oews.relation("15-1252", "15-1132"));
        assertEquals(Optional.of(Relation.CONTAINS), oews.relation("15-1256", "15-1253"));
        assertEquals(Optional.empty(), oews.relation("43-4051", "15-1252"));
    }

    @Test
    void everyLinkedCode_isPublishedInSomeShippedYear() {
        for (SocCrosswalk.Link l : oews.links()) {
            for (String code : new String[] {l.from(), l.to()}) {
                assertTrue(Oews.nationalYears().stream().anyMatch(y -> Oews.national(y).occupation(code).isPresent()),
                        code + " is in no shipped OEWS year");
            }
        }
    }

    @Test
    void badLinks_areRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SocCrosswalk.Link("15-1132", Relation.PART_OF, "15-1132", "self"));
        assertThrows(IllegalArgumentException.class,
                () -> new SocCrosswalk.Link("151132", Relation.PART_OF, "15-1252", "bad code"));
    }

    @Test
    void with_addsALink_andLeavesTheOriginal() {
        SocCrosswalk more = oews.with(new SocCrosswalk.Link("19-4091", Relation.SAME_OCCUPATION, "19-4042", "why"));
        assertTrue(more.mentions("19-4091"));
        assertFalse(oews.mentions("19-4091"));
        assertEquals(Relation.PART_OF.inverse(), Relation.CONTAINS);
    }
}
