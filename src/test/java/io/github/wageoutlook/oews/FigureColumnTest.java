package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureColumnTest {

    private final OewsTable y2018 = Oews.national(2018);

    private int rowOf(String socCode) {
        return y2018.rows().indexOf(y2018.occupation(socCode).orElseThrow());
    }

    // Golden: OEWS May 2018 national, 43-4051 A_MEDIAN $33,750; 11-1011 Chief Executives A_PCT75 # (≥ $208,000).
    @Test
    void figures_ofPublishedAndTopCodedWages_holdBlsFiguresAndTheirStatus() {
        FigureColumn median = y2018.figures("A_MEDIAN");
        assertEquals(FigureStatus.PUBLISHED, median.status(rowOf("43-4051")));
        assertEquals(33_750, median.value(rowOf("43-4051")));
        FigureColumn p75 = y2018.figures("A_PCT75");
        assertEquals(FigureStatus.TOP_CODED, p75.status(rowOf("11-1011")));
        assertEquals(208_000, p75.value(rowOf("11-1011")));
        assertEquals("A_MEDIAN (1,379 rows)", median.toString());
    }

    @Test
    void figures_ofEveryRow_agreeWithTheTypedRows() {
        FigureColumn employment = y2018.figures("TOT_EMP");
        FigureColumn mean = y2018.figures("H_MEAN");
        assertEquals(y2018.size(), employment.size());
        for (int r = 0; r < y2018.size(); r++) {
            OccupationWages row = y2018.row(r);
            Figure e = row.employment();
            assertEquals(e.status(), employment.status(r), row.socCode());
            assertEquals(e.isAvailable() ? e.value() : Double.NaN, employment.value(r), row.socCode());
            WageFigure m = row.hourly().mean();
            assertEquals(m.status(), mean.status(r), row.socCode());
            if (m.isAvailable()) {
                assertEquals(m.amount(), mean.value(r), row.socCode());
            }
        }
    }

    @Test
    void figures_ofAnUnknownName_namesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> y2018.figures("A_PCT95"));
        assertTrue(e.getMessage().contains("figureName") && e.getMessage().contains("A_MEDIAN")
                && e.getMessage().contains("'A_PCT95'"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> y2018.figures("TOT_EMP").value(y2018.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> y2018.figures("TOT_EMP").status(-1));
    }
}
