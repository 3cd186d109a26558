package dev.kabinet.metering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The layering of STYLE.md, enforced: package by feature, then by adapter. */
@DisplayName("metering-service keeps its layering")
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kabinet.metering");
    }

    @Test
    void controllersNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("dev.kabinet.metering..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void controllersLiveInWebAdapters() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("dev.kabinet.metering.*.web..")
                .check(classes);
    }

    @Test
    void domainNeverDependsOnAdapters() {
        noClasses()
                .that()
                .resideInAPackage("dev.kabinet.metering..")
                .and()
                .resideOutsideOfPackages("dev.kabinet.metering..web..", "dev.kabinet.metering..messaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.kabinet.metering..web..", "dev.kabinet.metering..messaging..")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("dev.kabinet.metering.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void meterKnowsNothingOfReadings() {
        noClasses()
                .that()
                .resideInAPackage("dev.kabinet.metering.meters..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.kabinet.metering.readings..")
                .check(classes);
    }

    @Test
    void entitiesHaveNoPublicSetters() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class)
                .and()
                .arePublic()
                .should()
                .haveNameMatching("set[A-Z].*")
                .check(classes);
    }

    @Test
    void applicationServicesAreNamedForTheirCapability() {
        noClasses().should().haveSimpleNameEndingWith("ServiceImpl").check(classes);
    }
}
