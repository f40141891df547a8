package io.github.wageoutlook;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Holds the package dependency direction the README's Architecture section draws: cli and notebook on top (nothing
 * depends on either: the notebook kernels' glue is reached only by the kernels); charts over experience,
 * projections, inflation and distributions; those over oews; oews over soc and wages; io reads files into the domain
 * types; datasets use io; fetch (getting files from BLS) uses io to read what it downloads. display, which lays
 * tables out as text and HTML, sits under every package and depends on nothing but the JDK.
 *
 * <p>The one accepted cycle, as in Tablesaw ({@code Table.read()} calls its io package, which builds tables): each
 * domain package's <em>entry point</em> ({@code Oews}, {@code Projections}, {@code Scenario}, {@code Cpi},
 * {@code ExperienceBrackets}, {@code SocCrosswalk}) calls the readers, the embedded datasets and the BLS fetcher
 * ({@code Oews.fetch}, {@code Projections.fetchLatest}, {@code Cpi.fetchLatest}), which build that package's types. Only
 * those classes may do so, and the rules below ignore exactly those dependencies.
 */
@AnalyzeClasses(packages = "io.github.wageoutlook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain entry points that read files or the embedded data; see the class documentation. */
    static final Set<String> ENTRY_POINTS = Set.of(
            "io.github.wageoutlook.oews.Oews",
            "io.github.wageoutlook.projections.Projections",
            "io.github.wageoutlook.projections.Scenario",
            "io.github.wageoutlook.inflation.Cpi",
            "io.github.wageoutlook.experience.ExperienceBrackets",
            "io.github.wageoutlook.soc.SocCrosswalk");

    private static final DescribedPredicate<JavaClass> ENTRY_POINT =
            describe("a domain entry point " + ENTRY_POINTS, c -> ENTRY_POINTS.contains(c.getName()));

    private static final DescribedPredicate<JavaClass> READERS_DATASETS_AND_FETCH = resideInAnyPackage(
            "io.github.wageoutlook.io..", "io.github.wageoutlook.datasets..", "io.github.wageoutlook.fetch..");

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("io.github.wageoutlook.cli..")
            .layer("notebook").definedBy("io.github.wageoutlook.notebook..")
            .layer("charts").definedBy("io.github.wageoutlook.charts..")
            .layer("experience").definedBy("io.github.wageoutlook.experience..")
            .layer("projections").definedBy("io.github.wageoutlook.projections..")
            .layer("inflation").definedBy("io.github.wageoutlook.inflation..")
            .layer("distributions").definedBy("io.github.wageoutlook.distributions..")
            .layer("oews").definedBy("io.github.wageoutlook.oews..")
            .layer("soc").definedBy("io.github.wageoutlook.soc..")
            .layer("wages").definedBy("io.github.wageoutlook.wages..")
            .layer("fetch").definedBy("io.github.wageoutlook.fetch..")
            .layer("io").definedBy("io.github.wageoutlook.io..")
            .layer("datasets").definedBy("io.github.wageoutlook.datasets..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("notebook").mayNotBeAccessedByAnyLayer()
            .whereLayer("charts").mayOnlyBeAccessedByLayers("cli", "notebook")
            .whereLayer("experience").mayOnlyBeAccessedByLayers("cli", "charts", "io")
            .whereLayer("projections").mayOnlyBeAccessedByLayers("cli", "charts", "io", "fetch")
            .whereLayer("inflation").mayOnlyBeAccessedByLayers("cli", "charts", "io", "fetch")
            .whereLayer("distributions").mayOnlyBeAccessedByLayers(
                    "cli", "charts", "experience", "projections", "inflation")
            .whereLayer("oews").mayOnlyBeAccessedByLayers(
                    "cli", "charts", "experience", "projections", "inflation", "distributions", "io", "datasets",
                    "fetch")
            .whereLayer("soc").mayOnlyBeAccessedByLayers(
                    "cli", "charts", "experience", "projections", "inflation", "distributions", "oews", "io",
                    "datasets", "fetch")
            .whereLayer("fetch").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "datasets", "fetch")
            .whereLayer("datasets").mayOnlyBeAccessedByLayers("cli")
            .ignoreDependency(ENTRY_POINT, READERS_DATASETS_AND_FETCH)
            .because("the README's Architecture section draws this direction; entry points are the one exception");

    @ArchTest
    static final ArchRule wagesIsTheVocabulary = noClasses()
            .that().resideInAPackage("io.github.wageoutlook.wages..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.github.wageoutlook.wages..")
            .because("wages holds the value types every other package speaks, with nothing but the JDK under them");

    @ArchTest
    static final ArchRule fetchStaysUnderTheFront = noClasses()
            .that().resideInAPackage("io.github.wageoutlook.fetch..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.wageoutlook.cli..",
                    "io.github.wageoutlook.charts..")
            .because("getting data from BLS serves the library and the command line alike");
    static final ArchRule displayIsALeaf = noClasses()
            .that().resideInAPackage("io.github.wageoutlook.display..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.github.wageoutlook.display..")
            .because("every package lays its tables out with display, so display stands on the JDK alone");

    @ArchTest
    static final ArchRule kernelApisOnlyInNotebook = noClasses()
            .that().resideOutsideOfPackage("io.github.wageoutlook.notebook..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dflib.jjava..", "io.github.spencerpark..")
            .because("the kernels' APIs are provided by a running kernel only, and only the notebook glue may touch them");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.github.wageoutlook.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(ENTRY_POINT, READERS_DATASETS_AND_FETCH);
}
