package io.github.wageoutlook;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wageoutlook.careers.OccupationComparison;
import io.github.wageoutlook.careers.OnetLink;
import io.github.wageoutlook.careers.Relatedness;
import io.github.wageoutlook.experience.CareerStage;
import io.github.wageoutlook.fetch.OewsDataType;
import io.github.wageoutlook.fetch.OewsSeriesId;
import io.github.wageoutlook.fetch.Period;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.IndustryLevel;
import io.github.wageoutlook.oews.TopCode;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.Education;
import io.github.wageoutlook.projections.OccupationType;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.Training;
import io.github.wageoutlook.projections.WorkExperience;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code parse} reads what {@code toString} writes, for every value type that has both (java.time's rule):
 * {@code X.parse(x.toString()).equals(x)}, over every constant of an enum and over edge and generated values of the
 * others (unrounded wages of both bases, cycles at both ends of their range, every BLS period). The last test finds
 * every public type of the library with a one-argument {@code parse}, so that a new one cannot go without a case here.
 */
class ParseRoundTripTest {

    /** One value and the parse of its type; an {@code Optional} result is unwrapped. */
    record Case(Class<?> type, Object value, Function<String, ?> parse) {
        Object parsed() {
            Object back = parse.apply(value.toString());
            return back instanceof Optional<?> o ? o.orElseThrow() : back;
        }

        @Override
        public String toString() {
            return type.getSimpleName() + " " + value;
        }
    }

    static Stream<Case> values() {
        List<Case> cases = new ArrayList<>();
        List<Wage> wages = new ArrayList<>(List.of(Wage.annual(33_750), Wage.hourly(16.23), Wage.annual(33_758.4),
                Wage.hourly(0), Wage.annual(0), Wage.annual(33_750).toHourly(), Wage.hourly(16.23).toAnnual(),
                Wage.annual(32_890).multipliedBy(321.943 / 245.120), Wage.hourly(0.005), Wage.annual(1e20),
                Wage.hourly(Double.MIN_VALUE), Wage.annual(Double.MAX_VALUE)));
        Random random = new Random(20_240_501);
        for (int i = 0; i < 400; i++) {
            double amount = random.nextDouble() * Math.pow(10, random.nextInt(9));
            wages.add(Wage.of(amount, i % 2 == 0 ? WageBasis.HOURLY : WageBasis.ANNUAL));
        }
        wages.forEach(w -> cases.add(new Case(Wage.class, w, Wage::parse)));
        Stream.of("43-4051", "00-0000", "99-9999", "43-0000").map(SocCode::parse)
                .forEach(c -> cases.add(new Case(SocCode.class, c, SocCode::parse)));
        List<Cycle> cycles = new ArrayList<>(Projections.cycles());
        cycles.addAll(List.of(Cycle.of(1900, 1901), Cycle.of(1999, 2000), Cycle.of(1999, 2099), Cycle.of(2000, 2100),
                Cycle.of(2150, 2250), Cycle.of(2200, 2201), Cycle.of(2200, 2300)));
        cycles.forEach(c -> cases.add(new Case(Cycle.class, c, Cycle::parse)));
        for (char type : new char[] {'M', 'Q', 'S', 'A'}) {
            int max = switch (type) {
                case 'M' -> 13;
                case 'Q' -> 5;
                case 'S' -> 3;
                default -> 1;
            };
            for (int n = 1; n <= max; n++) {
                cases.add(new Case(Period.class, new Period(type, n), Period::parse));
            }
        }
        Stream.of(OewsSeriesId.national("43-4051", OewsDataType.ANNUAL_MEDIAN),
                OewsSeriesId.state("6", "15-1252", OewsDataType.EMPLOYMENT).withIndustry("561400"),
                OewsSeriesId.metro("4800003", "00-0000", OewsDataType.LOCATION_QUOTIENT).withIndustry("31-330"))
                .forEach(id -> cases.add(new Case(OewsSeriesId.class, id, OewsSeriesId::parse)));
        for (int year = TopCode.FIRST_KNOWN_YEAR; year <= 2025; year++) {
            cases.add(new Case(TopCode.class, TopCode.of(year), TopCode::parse));
        }
        cases.add(new Case(TopCode.class, TopCode.of(Wage.annual(239_200)), TopCode::parse));
        cases.add(new Case(TopCode.class, new TopCode(Wage.hourly(100), Wage.annual(208_000.3)), TopCode::parse));
        enumCases(cases, WageBasis.class, WageBasis::parse);
        enumCases(cases, FigureStatus.class, FigureStatus::parse);
        enumCases(cases, GroupLevel.class, GroupLevel::parse);
        enumCases(cases, AreaType.class, AreaType::parse);
        enumCases(cases, IndustryLevel.class, IndustryLevel::parse);
        enumCases(cases, OccupationType.class, OccupationType::parse);
        enumCases(cases, Education.class, Education::parse);
        enumCases(cases, Training.class, Training::parse);
        enumCases(cases, WorkExperience.class, WorkExperience::parse);
        enumCases(cases, CareerStage.class, CareerStage::parse);
        enumCases(cases, Relatedness.class, Relatedness::parse);
        enumCases(cases, OnetLink.Linkage.class, OnetLink.Linkage::parse);
        enumCases(cases, OccupationComparison.Order.class, OccupationComparison.Order::parse);
        return cases.stream();
    }

    private static <E extends Enum<E>> void enumCases(List<Case> cases, Class<E> type, Function<String, ?> parse) {
        Arrays.stream(type.getEnumConstants()).forEach(e -> cases.add(new Case(type, e, parse)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void parse_readsBackWhatToStringWrites(Case c) {
        Object back = c.parsed();
        assertEquals(c.value(), back, c.value() + " printed as '" + c.value() + "' reads back as " + back);
        assertEquals(c.value().toString(), back.toString());
    }

    @Test
    void everyPublicTypeWithParse_hasRoundTripCases() {
        Set<String> withParse = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.wageoutlook").stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> c.getMethods().stream().anyMatch(m -> m.getName().equals("parse")
                        && m.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC))
                        && m.getRawParameterTypes().size() == 1
                        && (m.getRawParameterTypes().get(0).isEquivalentTo(String.class)
                        || m.getRawParameterTypes().get(0).isEquivalentTo(CharSequence.class))))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = values().map(c -> c.type().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(withParse, covered, "a type with toString and parse needs round-trip cases here");
    }
}
