package dev.fourfold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The module contract: each top-level package is a module that uses only the public API of the modules its
 * {@code package-info.java} names in {@code allowedDependencies}, with no cycles.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FourfoldApplication.class);

    @Test
    void modulesUseOnlyTheApiOfTheModulesTheyDeclareAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(modules.stream()).allSatisfy(module -> {
            ApplicationModule declared = module.getBasePackage().getAnnotation(ApplicationModule.class)
                    .orElseThrow(() -> new AssertionError(module.getIdentifier() + " has no @ApplicationModule"));
            assertThat(declared.allowedDependencies())
                    .as("allowed dependencies of %s", module.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void everyPackageOfTheApplicationIsNullMarked() {
        List<String> packages = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.fourfold").stream()
                .map(JavaClass::getPackageName)
                .filter(name -> !name.equals("dev.fourfold"))
                .distinct().sorted().toList();
        assertThat(packages).isNotEmpty().allSatisfy(name -> assertThat(
                Class.forName(name + ".package-info").isAnnotationPresent(NullMarked.class))
                .as("%s is @NullMarked in its package-info.java", name).isTrue());
    }

    @Test
    void acceptsAModuleThatUsesAnotherItDeclares() {
        ApplicationModules fixture = fixture("declared");

        assertThat(fixture.stream()).hasSize(2);
        assertThatCode(fixture::verify).doesNotThrowAnyException();
    }

    @Test
    void rejectsAModuleThatUsesAnotherItDidNotDeclare() {
        ApplicationModules fixture = fixture("undeclared");

        assertThat(fixture.stream()).hasSize(2);
        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'report' depends on module 'ledger'");
    }

    /** The fixtures live in test sources, which Spring Modulith leaves out unless told to import them. */
    private static ApplicationModules fixture(String name) {
        return ApplicationModules.of("dev.fourfold.modularity." + name, location -> true);
    }
}
