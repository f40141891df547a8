package io.github.wageoutlook;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Holds the package dependency direction the README's Architecture section draws, with no exception: cli and notebook
 * on top (nothing depends on either); charts; careers, which combines OEWS wages, projections and experience into
 * comparisons of occupations; the four analyses experience, projections, inflation and distributions,
 * which know nothing of each other; oews, the OEWS model with its readers; soc; fetch, which moves bytes from BLS into
 * the cache and hands back files; datasets, the catalogue of the files in the jar; io, the format mechanics every
 * reader shares; and at the bottom wages, the value vocabulary, and display, the text and HTML layout, each on the
 * JDK alone.
 *
 * <p>Each domain package owns its model and the readers of its own formats, so an entry point such as
 * {@code Oews.fetch} asks {@code fetch} for a file and reads it with {@code oews}'s own reader: no call goes up.
 * {@link ArchitectureRulesFailTest} shows every rule here failing on a class that breaks it, and
 * {@link PackageCyclesTest} checks the same with the JDK's {@code jdeps}.
 */
@AnalyzeClasses(packages = "io.github.wageoutlook", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
    private static final String ROOT = "io.github.wageoutlook.";

    /** The README's Architecture section draws this direction, and it has no exception. */
    @ArchTest
    public static final LayeredArchitecture layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy(ROOT + "cli..")
            .layer("notebook").definedBy(ROOT + "notebook..")
            .layer("charts").definedBy(ROOT + "charts..")
            .layer("careers").definedBy(ROOT + "careers..")
            .layer("experience").definedBy(ROOT + "experience..")
            .layer("projections").definedBy(ROOT + "projections..")
            .layer("inflation").definedBy(ROOT + "inflation..")
            .layer("distributions").definedBy(ROOT + "distributions..")
            .layer("oews").definedBy(ROOT + "oews..")
            .layer("soc").definedBy(ROOT + "soc..")
            .layer("fetch").definedBy(ROOT + "fetch..")
            .layer("datasets").definedBy(ROOT + "datasets..")
            .layer("io").definedBy(ROOT + "io..")
            .layer("wages").definedBy(ROOT + "wages..")
            .layer("display").definedBy(ROOT + "display..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("notebook").mayNotBeAccessedByAnyLayer()
            .whereLayer("charts").mayOnlyBeAccessedByLayers("cli", "notebook")
            .whereLayer("careers").mayOnlyBeAccessedByLayers("cli", "notebook", "charts")
            .whereLayer("experience").mayOnlyBeAccessedByLayers("cli", "notebook", "charts", "careers")
            .whereLayer("projections").mayOnlyBeAccessedByLayers("cli", "notebook", "charts", "careers")
            .whereLayer("inflation").mayOnlyBeAccessedByLayers("cli", "notebook", "charts", "careers")
            .whereLayer("distributions").mayOnlyBeAccessedByLayers("cli", "notebook", "charts", "careers")
            .whereLayer("oews").mayOnlyBeAccessedByLayers(
                    "cli", "notebook", "charts", "careers", "experience", "projections", "inflation", "distributions")
            .whereLayer("soc").mayOnlyBeAccessedByLayers(
                    "cli", "notebook", "charts", "careers", "experience", "projections", "inflation", "distributions",
                    "oews")
            .whereLayer("fetch").mayOnlyBeAccessedByLayers(
                    "cli", "notebook", "charts", "careers", "experience", "projections", "inflation", "distributions",
                    "oews", "soc")
            .whereLayer("datasets").mayOnlyBeAccessedByLayers(
                    "cli", "notebook", "charts", "careers", "experience", "projections", "inflation", "distributions",
                    "oews", "soc", "fetch")
            .whereLayer("io").mayOnlyBeAccessedByLayers(
                    "cli", "notebook", "charts", "careers", "experience", "projections", "inflation", "distributions",
                    "oews", "soc", "fetch", "datasets");

    @ArchTest
    public static final ArchRule noCycles = slices().matching(ROOT + "(*)..")
            .should().beFreeOfCycles()
            .because("no two packages depend on each other, directly or through others");

    @ArchTest
    public static final ArchRule wagesIsTheVocabulary = noClasses()
            .that().resideInAPackage(ROOT + "wages..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", ROOT + "wages..")
            .because("wages holds the value types every other package speaks, with nothing but the JDK under them");

    @ArchTest
    public static final ArchRule displayIsALeaf = noClasses()
            .that().resideInAPackage(ROOT + "display..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", ROOT + "display..")
            .because("every package lays its tables out with display, so display stands on the JDK alone");

    @ArchTest
    public static final ArchRule ioHoldsOnlyFormatMechanics = noClasses()
            .that().resideInAPackage(ROOT + "io..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "wages..", ROOT + "soc..", ROOT + "oews..",
                    ROOT + "distributions..", ROOT + "experience..", ROOT + "projections..", ROOT + "inflation..",
                    ROOT + "datasets..", ROOT + "fetch..", ROOT + "charts..", ROOT + "careers..", ROOT + "cli..",
                    ROOT + "notebook..")
            .because("io holds what every reader shares (xlsx, CSV, cells, FileFormatException); each domain package"
                    + " reads its own formats");

    @ArchTest
    public static final ArchRule datasetsIsACatalogue = noClasses()
            .that().resideInAPackage(ROOT + "datasets..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "wages..", ROOT + "soc..", ROOT + "oews..",
                    ROOT + "distributions..", ROOT + "experience..", ROOT + "projections..", ROOT + "inflation..",
                    ROOT + "fetch..", ROOT + "charts..", ROOT + "careers..", ROOT + "cli..", ROOT + "notebook..")
            .because("datasets names and opens the files in the jar; the domain packages read them");

    @ArchTest
    public static final ArchRule fetchMovesBytes = noClasses()
            .that().resideInAPackage(ROOT + "fetch..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "soc..", ROOT + "oews..",
                    ROOT + "distributions..", ROOT + "experience..", ROOT + "projections..", ROOT + "inflation..",
                    ROOT + "charts..", ROOT + "careers..", ROOT + "cli..", ROOT + "notebook..")
            .because("getting data from BLS returns files (and the API's answers as published), never domain tables");

    @ArchTest
    public static final ArchRule kernelApisOnlyInNotebook = noClasses()
            .that().resideOutsideOfPackage(ROOT + "notebook..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dflib.jjava..", "io.github.spencerpark..")
            .because("the kernels' APIs are provided by a running kernel only, and only the notebook glue may touch"
                    + " them");
}
