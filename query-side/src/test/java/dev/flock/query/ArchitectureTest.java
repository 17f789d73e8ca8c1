package dev.flock.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The query side's boundaries, checked on every build: {@code projection} (how views are written and rebuilt)
 * knows no view and no HTTP; each package under {@code views} is one view and knows no other view and no HTTP;
 * {@code web} composes views into the read API; no package cycle anywhere.
 */
@AnalyzeClasses(packages = "dev.flock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String VIEWS = "dev.flock.query.views..";
    private static final String WEB = "dev.flock.query.web..";
    private static final String HTTP = "org.springframework.web..";

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.flock.query.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsDoNotDependOnEachOther = slices().matching("dev.flock.query.views.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule projectionKnowsNeitherViewsNorWeb = noClasses()
            .that().resideInAPackage("dev.flock.query.projection..")
            .should().dependOnClassesThat().resideInAnyPackage(VIEWS, WEB, "dev.flock.query.admin..", HTTP);

    @ArchTest
    static final ArchRule viewsKnowNoWeb = noClasses()
            .that().resideInAPackage(VIEWS)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, "dev.flock.query.admin..", HTTP);

    @ArchTest
    static final ArchRule querySideDoesNotReachIntoTheCommandSide = noClasses()
            .that().resideInAPackage("dev.flock.query..")
            .should().dependOnClassesThat().resideInAPackage("dev.flock.command..");

    @ArchTest
    static final ArchRule projectorsAreNobodyElsesBusiness = classes()
            .that().haveSimpleNameEndingWith("Projector")
            .should().notBePublic();

    @ArchTest
    static final ArchRule noJpaOnTheQuerySide = noClasses()
            .that().resideInAPackage("dev.flock.query..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..");
}
