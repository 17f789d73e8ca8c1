package dev.flock.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The query side's boundaries, checked on every build. */
@AnalyzeClasses(packages = "dev.flock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule querySideDoesNotReachIntoTheCommandSide = noClasses()
            .that().resideInAPackage("dev.flock.query..")
            .should().dependOnClassesThat().resideInAPackage("dev.flock.command..");

    @ArchTest
    static final ArchRule projectorsAreNobodyElsesBusiness = classes()
            .that().haveSimpleNameEndingWith("Projector")
            .should().notBePublic();

    @ArchTest
    static final ArchRule viewsDoNotReachIntoEachOther = noClasses()
            .that().resideInAnyPackage("dev.flock.query.follows..", "dev.flock.query.timeline..",
                    "dev.flock.query.admin..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.flock.query.config..");

    @ArchTest
    static final ArchRule noJpaOnTheQuerySide = noClasses()
            .that().resideInAPackage("dev.flock.query..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..");
}
