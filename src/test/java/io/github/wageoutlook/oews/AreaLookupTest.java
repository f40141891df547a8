package io.github.wageoutlook.oews;

import io.github.wageoutlook.testing.AreaFiles;
import io.github.wageoutlook.wages.FigureStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Areas as users type them, on state, metropolitan, nonmetropolitan and all-data files built from real rows. */
class AreaLookupTest {

    @TempDir
    static Path dir;

    private static OewsTable state() {
        return Oews.read(AreaFiles.write(dir, "state_M2024_dl.xlsx", AreaFiles.STATES, "43-4051", "11-1011"));
    }

    private static OewsTable metro() {
        List<AreaFiles.AreaRow> areas = new ArrayList<>(AreaFiles.METROS);
        areas.addAll(AreaFiles.NONMETROS);
        return Oews.read(AreaFiles.write(dir, "MSA_M2024_dl.xlsx", areas, "43-4051"));
    }

    @ParameterizedTest(name = "area(\"{0}\") is Alabama")
    @ValueSource(strings = {"1", "01", "AL", "al", "Alabama", "ALABAMA", " AL "})
    void stateFile_fipsWithOrWithoutZero_uspsAndName_giveTheSameRows(String query) {
        OewsTable al = state().area(query);
        assertEquals(List.of(new Area("01", "Alabama", AreaType.STATE, "AL")), al.areas());
        OccupationWages csr = al.occupation("43-4051").orElseThrow();
        assertEquals(Oews.national(2019).occupation("43-4051").orElseThrow().annual(), csr.annual(),
                "Alabama's rows carry the 2019 national figures");
        assertTrue(csr.jobsPer1000().isExact() && csr.locationQuotient().isExact());
        assertEquals(FigureStatus.BLANK, csr.percentReporting().status());
    }

    @Test
    void stateFileBefore2019_namesItsStatesFromStateAndSt_orFromTheirFipsCodes() {
        List<Area> expected = List.of(new Area("01", "Alabama", AreaType.STATE, "AL"),
                new Area("02", "Alaska", AreaType.STATE, "AK"), new Area("06", "California", AreaType.STATE, "CA"),
                new Area("48", "Texas", AreaType.STATE, "TX"), new Area("72", "Puerto Rico", AreaType.TERRITORY, "PR"));
        List<List<String>> rows = AreaFiles.pre2019StateRows(AreaFiles.STATES, "43-4051");
        OewsTable t = Oews.read(AreaFiles.write(dir, "state_M2017_dl.xlsx", rows));
        assertEquals(expected, t.areas());
        assertEquals(List.of(2017), t.years());
        assertEquals(Oews.national(2021).occupation("43-4051").orElseThrow().annual(),
                t.area("California").occupation("43-4051").orElseThrow().annual());

        int state = AreaFiles.PRE_2019_STATE_HEADER.indexOf("STATE");
        List<List<String>> unnamed = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> copy = new ArrayList<>(r);
            copy.remove(state);
            unnamed.add(copy);
        }
        assertEquals(expected, Oews.read(AreaFiles.write(dir, "state_M2016_dl.csv", unnamed)).areas());
    }

    @Test
    void stateFile_csvAndWorkbook_readTheSame() {
        Path csv = AreaFiles.write(dir, "state_M2024_dl.csv", AreaFiles.STATES, "43-4051", "11-1011");
        assertEquals(state().rows(), Oews.read(csv).rows());
    }

    @Test
    void unknownArea_namesTheNearestAreas_neverAnEmptyTable() {
        LookupException e = assertThrows(LookupException.class, () -> state().area("Alabma"));
        assertFalse(e.isAmbiguous());
        assertEquals(LookupException.Dimension.AREA, e.dimension());
        assertEquals("Alabama (state 01)", e.candidates().get(0));
        assertTrue(e.getMessage().startsWith("no area 'Alabma' in state_M2024_dl.xlsx; nearest: Alabama (state 01)"),
                e.getMessage());
        LookupException wy = assertThrows(LookupException.class, () -> state().area("WY"));
        assertTrue(wy.getMessage().contains("no area 'WY'"), wy.getMessage());
    }

    @Test
    void twoLetters_areAUspsCode_neverAFragmentOfTitles() {
        // American Samoa is not in the file; "as" is inside "Alaska" and "Texas", which it must not find.
        LookupException as = assertThrows(LookupException.class, () -> state().area("AS"));
        assertFalse(as.isAmbiguous(), as.getMessage());
        assertTrue(as.getMessage().startsWith("no area 'AS' in state_M2024_dl.xlsx; nearest: "), as.getMessage());
        LookupException ex = assertThrows(LookupException.class, () -> state().area("ex"));
        assertFalse(ex.isAmbiguous(), ex.getMessage());
        assertEquals("Texas", state().area("Tex").areas().get(0).title(), "three letters are still a fragment");
    }

    @Test
    void territory_byUspsOrFips() {
        OewsTable pr = state().area("PR");
        assertEquals(AreaType.TERRITORY, pr.areas().get(0).type());
        assertEquals(pr.rows(), state().area("72").rows());
    }

    @ParameterizedTest(name = "area(\"{0}\") is {1}")
    @CsvSource({"13820, 13820", "Birmingham, 13820", "'Birmingham-Hoover, AL', 13820", "abilene, 10180",
        "0100001, 0100001", "100001, 0100001", "Northeast Alabama, 0100002"})
    void metroFile_msaCodesNonmetroCodesAndTitleFragments(String query, String code) {
        assertEquals(code, metro().area(query).areas().get(0).code());
    }

    @Test
    void metroFile_aFragmentOfSeveralTitles_isAmbiguousAndListsThem() {
        LookupException e = assertThrows(LookupException.class, () -> metro().area("Alabama nonmetropolitan"));
        assertTrue(e.isAmbiguous());
        assertEquals(2, e.candidates().size(), e.getMessage());
        assertTrue(e.getMessage().contains("matches 2 areas"), e.getMessage());
    }

    @Test
    void allDataFile_stateCode_choosesTheStateNotItsMetros() {
        List<AreaFiles.AreaRow> all = new ArrayList<>(AreaFiles.STATES);
        all.addAll(AreaFiles.METROS);
        all.addAll(AreaFiles.NONMETROS);
        OewsTable t = Oews.read(AreaFiles.write(dir, "all_data_M_2024.xlsx", all, "43-4051"));
        assertEquals("01", t.area("AL").areas().get(0).code());
        assertEquals("01", t.area("Alabama").areas().get(0).code());
        assertEquals(AreaType.METROPOLITAN, t.area("Montgomery").areas().get(0).type());
        assertEquals(10, t.areas().size());
    }

    @Test
    void primState_isInferredWhenTheFileHasNoColumn_as2019Files() {
        List<List<String>> rows = AreaFiles.rows(List.of(AreaFiles.STATES.get(0), AreaFiles.METROS.get(0),
                AreaFiles.NONMETROS.get(0)), "43-4051");
        int col = AreaFiles.HEADER.indexOf("PRIM_STATE");
        List<List<String>> without = rows.stream().map(r -> {
            List<String> copy = new ArrayList<>(r);
            copy.remove(col);
            return (List<String>) copy;
        }).toList();
        OewsTable t = Oews.read(AreaFiles.write(dir, "state_M2019_dl.xlsx", without));
        assertEquals(List.of("AL", "AL", "AL"), t.areas().stream().map(Area::primaryState).toList());
    }

    @ParameterizedTest(name = "expectedAreaType(\"{0}\") = {1}")
    @CsvSource({"AL, STATE", "1, STATE", "alabama, STATE", "PR, TERRITORY", "US, NATIONAL", "99, NATIONAL",
        "12420, METROPOLITAN", "0100001, NONMETROPOLITAN"})
    void expectedAreaType_withoutATable(String query, AreaType type) {
        assertEquals(Optional.of(type), ContextLookup.expectedAreaType(query));
    }

    @Test
    void expectedAreaType_ofATitleFragment_isUnknown() {
        assertEquals(Optional.empty(), ContextLookup.expectedAreaType("Birmingham"));
        assertEquals(Optional.of("01"), ContextLookup.stateFips("Alabama"));
    }
}
