package dev.flock.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module's boundaries, checked on every build. */
@AnalyzeClasses(packages = "dev.flock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideDoesNotReachIntoTheQuerySide = noClasses()
            .that().resideInAPackage("dev.flock.command..")
            .should().dependOnClassesThat().resideInAPackage("dev.flock.query..");

    @ArchTest
    static final ArchRule sharedEventsDependOnNeitherSpringNorJpaNorAxon = noClasses()
            .that().resideInAPackage("dev.flock.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..", "org.axonframework..",
                    "com.fasterxml.jackson..", "dev.flock.command..", "dev.flock.query..");

    @ArchTest
    static final ArchRule theDomainDoesNotKnowTheWebLayer = noClasses()
            .that().resideInAPackage("dev.flock.command.user..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.flock.command.web..", "dev.flock.command.config..", "org.springframework.web..");

    @ArchTest
    static final ArchRule noXStreamAnywhere = noClasses()
            .that().resideInAPackage("dev.flock..")
            .should().dependOnClassesThat().resideInAPackage("com.thoughtworks.xstream..");
}
