package io.github.wageoutlook;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.wageoutlook.datasets.violations.DatasetsLoadsOews;
import io.github.wageoutlook.display.violations.DisplayUsesMath;
import io.github.wageoutlook.distributions.OccupationDistribution;
import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.fetch.violations.FetchReadsProjections;
import io.github.wageoutlook.io.violations.IoBuildsOewsTable;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.violations.OewsUsesDistributions;
import io.github.wageoutlook.oews.violations.OewsUsesKernel;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.wages.violations.WagesUsesTablesaw;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of {@link ArchitectureTest} fails on a class that breaks it (the classes under {@code ..violations},
 * test sources only, which the architecture test does not import), and its report names that class: a rule that
 * could not fail would hold nothing.
 */
class ArchitectureRulesFailTest {
    /**
     * The violating classes and the real classes they reach (a layer or a slice is made of imported classes), with
     * a real class that depends the other way, so that one offence closes a cycle: distributions on oews.
     */
    private static final JavaClasses OFFENDERS = new ClassFileImporter().importClasses(OewsUsesDistributions.class,
            OewsUsesKernel.class, WagesUsesTablesaw.class, DisplayUsesMath.class, IoBuildsOewsTable.class,
            DatasetsLoadsOews.class, FetchReadsProjections.class,
            WageDistribution.class, OccupationDistribution.class, OccupationWages.class, OewsTable.class, Oews.class,
            ProjectionsTable.class);

    static Stream<Arguments> rules() {
        // A few classes leave most layers empty, which the full rule reports too: here only the offence counts.
        ArchRule layers = ArchitectureTest.layers.withOptionalLayers(true);
        return Stream.of(
                Arguments.of("layers", layers, OewsUsesDistributions.class),
                Arguments.of("layers", layers, IoBuildsOewsTable.class),
                Arguments.of("layers", layers, FetchReadsProjections.class),
                Arguments.of("noCycles", ArchitectureTest.noCycles, OewsUsesDistributions.class),
                Arguments.of("wagesIsTheVocabulary", ArchitectureTest.wagesIsTheVocabulary, WagesUsesTablesaw.class),
                Arguments.of("displayIsALeaf", ArchitectureTest.displayIsALeaf, DisplayUsesMath.class),
                Arguments.of("ioHoldsOnlyFormatMechanics", ArchitectureTest.ioHoldsOnlyFormatMechanics,
                        IoBuildsOewsTable.class),
                Arguments.of("datasetsIsACatalogue", ArchitectureTest.datasetsIsACatalogue, DatasetsLoadsOews.class),
                Arguments.of("fetchMovesBytes", ArchitectureTest.fetchMovesBytes, FetchReadsProjections.class),
                Arguments.of("kernelApisOnlyInNotebook", ArchitectureTest.kernelApisOnlyInNotebook,
                        OewsUsesKernel.class));
    }

    @ParameterizedTest(name = "{0} reports {2}")
    @MethodSource("rules")
    void rule_onAClassThatBreaksIt_reportsThatClass(String name, ArchRule rule, Class<?> offender) {
        EvaluationResult result = rule.evaluate(OFFENDERS);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation(), name + " found nothing");
        assertTrue(report.contains(offender.getName()), () -> name + " did not name " + offender.getName() + ":\n"
                + report);
    }
}
