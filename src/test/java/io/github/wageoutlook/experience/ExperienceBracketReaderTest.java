package io.github.wageoutlook.experience;

import io.github.wageoutlook.io.FileFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wageoutlook.wages.Wage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperienceBracketReaderTest {

    private static final String HEADER = "occ_code,occ_title,lower_years,upper_years,pay,basis,currency_year,"
            + "sample_count,source\n";

    private static ExperienceBrackets read(String text) {
        return ExperienceBracketReader.read("test.csv", new StringReader(text));
    }

    @Test
    void read_yearColumns_withOpenTopBracketQuotedDollarsAndComments() {
        ExperienceBrackets b = read("# my survey\n" + HEADER
                + "43-4051,Customer service representatives,0,5,\"$28,000\",annual,2019,120,\n"
                + "43-4051,Customer service representatives,5,10,30000,annual,2019,,mine\n"
                + "\n"
                + "43-4051,Customer service representatives,10,open,32000,annual,2019,,\n");
        assertEquals(3, b.size());
        assertEquals(Wage.annual(28_000), b.bracket(0).pay());
        assertEquals(OptionalInt.of(120), b.bracket(0).sampleCount());
        assertEquals("test.csv", b.bracket(0).source());
        assertEquals("mine", b.bracket(1).source());
        assertTrue(b.bracket(2).isOpen());
        assertEquals("test.csv", b.name());
    }

    @Test
    void read_careerStageLayout_inAnyColumnOrderAndCase() {
        ExperienceBrackets b = read("PAY,Career_Stage,OCC_CODE,occ_title,basis,currency_year\n"
                + "70000,< 1,15-1252,Software developers,annual,2024\n"
                + "82000,1-4,15-1252,Software developers,annual,2024\n"
                + "101000,5-9,15-1252,Software developers,annual,2024\n"
                + "118000,10-19,15-1252,Software developers,annual,2024\n"
                + "127000,20+,15-1252,Software developers,annual,2024\n");
        assertEquals(5, b.size());
        assertEquals(1, b.bracket(1).lowerYears());
        assertEquals(5, b.bracket(1).upperYears());
        assertTrue(b.bracket(4).isOpen());
        ExperienceCurve.fit(b);
    }

    @Test
    void read_theShippedFileFromDisk_equalsTheEmbeddedTable(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("experience_brackets.csv");
        try (var in = io.github.wageoutlook.datasets.Datasets.open(ExperienceBrackets.EMBEDDED)) {
            Files.copy(in, copy);
        }
        ExperienceBrackets file = ExperienceBracketReader.read(copy);
        assertEquals(ExperienceBrackets.embedded().rows(), file.rows());
    }

    static Stream<Arguments> badFiles() {
        String csr = "43-4051,CSR,";
        return Stream.of(
                Arguments.of("pay not a number", HEADER + csr + "0,5,abc,annual,2019,,\n",
                        3, "pay", "abc", "not a number"),
                Arguments.of("pay zero", HEADER + csr + "0,5,0,annual,2019,,\n",
                        2, "pay", "0", "valid values > 0"),
                Arguments.of("negative years", HEADER + csr + "0,5,28000,annual,2019,,\n" + csr
                        + "-5,10,30000,annual,2019,,\n", 3, "lower_years", "-5", "valid values 0 - 60"),
                Arguments.of("upper below lower", HEADER + csr + "5,2,28000,annual,2019,,\n",
                        2, "upper_years", "2", "valid values above lowerYears 5"),
                Arguments.of("overlapping", HEADER + csr + "0,5,28000,annual,2019,,\n" + csr
                        + "3,10,30000,annual,2019,,\n", 3, "lower_years", "3", "overlaps the previous bracket 0–5"),
                Arguments.of("unordered", HEADER + csr + "5,10,30000,annual,2019,,\n" + csr
                        + "0,5,28000,annual,2019,,\n", 3, "lower_years", "0", "out of order"),
                Arguments.of("open not last", HEADER + csr + "0,,28000,annual,2019,,\n" + csr
                        + "5,10,30000,annual,2019,,\n", 2, "upper_years", "", "only the last bracket"),
                Arguments.of("mixed bases", HEADER + csr + "0,5,28000,annual,2019,,\n" + csr
                        + "5,10,14.50,hourly,2019,,\n", 3, "basis", "hourly", "differs from the first bracket's"),
                Arguments.of("unknown basis", HEADER + csr + "0,5,28000,weekly,2019,,\n",
                        2, "basis", "weekly", "valid values hourly, annual"),
                Arguments.of("unknown stage", "occ_code,occ_title,career_stage,pay,basis,currency_year\n"
                        + "43-4051,CSR,2-3,28000,annual,2019\n", 2, "career_stage", "2-3", "valid values < 1"),
                Arguments.of("missing pay", HEADER + csr + "0,5,,annual,2019,,\n",
                        2, "pay", "", "a value is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void read_badFile_namesFileRowColumnAndRawValue(String what, String text, int row, String column, String raw,
                                                     String problem) {
        String fixed = what.equals("pay not a number") ? "# comment line\n" + text : text;
        FileFormatException e = assertThrows(FileFormatException.class, () -> read(fixed));
        assertEquals("test.csv", e.source());
        assertEquals(row, e.row().orElseThrow(), e.getMessage());
        assertEquals(column, e.column().orElseThrow(), e.getMessage());
        assertEquals(raw, e.rawValue().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void read_withoutAYearLayout_namesTheMissingColumns() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> read("occ_code,occ_title,pay,basis,currency_year\n43-4051,CSR,1,annual,2019\n"));
        assertTrue(e.getMessage().contains("lower_years and upper_years, or career_stage"), e.getMessage());
        assertEquals(1, e.row().orElseThrow());
    }

    @Test
    void read_emptyOrHeaderOnly_isRefused() {
        assertTrue(assertThrows(FileFormatException.class, () -> read("")).getMessage().contains("empty"));
        assertTrue(assertThrows(FileFormatException.class, () -> read(HEADER)).getMessage().contains("no brackets"));
    }

    @Test
    void read_aMissingFile_namesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        FileFormatException e = assertThrows(FileFormatException.class, () -> ExperienceBracketReader.read(missing));
        assertTrue(e.getMessage().contains("nope.csv") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void read_aFileOnDisk_usesItsNameAsTheSource(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, HEADER + "43-4051,CSR,0,5,28000,annual,2019,,\n43-4051,CSR,5,10,30000,annual,2019,,\n");
        ExperienceBrackets b = ExperienceBrackets.read(f);
        assertEquals("mine.csv", b.name());
        ExperienceBracket first = b.bracket(0);
        assertEquals("mine.csv", first.source());
    }
}
