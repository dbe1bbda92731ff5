package dev.fourfold.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class NoSpringInScoringTests {

    /** Metadata in package-info.java only: the declared module contract and nullness, with no behaviour at run time. */
    private static final String MODULE_ANNOTATIONS = "org.springframework.modulith";
    private static final String NULLNESS_ANNOTATIONS = "org.jspecify.annotations";

    private final JavaClasses imported = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fourfold");

    @Test
    void scoringUsesOnlyTheJdkSharedValueTypesAndCommonsMath() {
        classes().that().resideInAPackage("dev.fourfold.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.fourfold.scoring..", "dev.fourfold.shared..", "org.apache.commons.math3..",
                        MODULE_ANNOTATIONS, NULLNESS_ANNOTATIONS)
                .because("the scoring engine is plain Java: no Spring, Jakarta or JDBC, testable without a server")
                .allowEmptyShould(true)
                .check(imported);
    }

    @Test
    void sharedValueTypesArePlainJava() {
        classes().that().resideInAPackage("dev.fourfold.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.fourfold.shared..", MODULE_ANNOTATIONS, NULLNESS_ANNOTATIONS)
                .because("shared value types are used by the plain-Java scoring engine")
                .check(imported);
    }
}
