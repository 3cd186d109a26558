package dev.kabinet.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The layering of STYLE.md, enforced: package by feature, adapters at the edge, no cycles between features. */
@DisplayName("identity-service architecture")
class ArchitectureTest {

    private static final String ROOT = "dev.kabinet.identity";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void controllersNeverTouchStorageOrKeycloak() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..", ROOT + ".keycloak..")
                .check(CLASSES);
    }

    @Test
    void controllersNeverReturnEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveRawReturnType(DescribedPredicate.describe(
                        "an @Entity", (JavaClass type) -> type.isAnnotatedWith("jakarta.persistence.Entity")))
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage(ROOT + "..web..")
                .check(CLASSES);
    }

    @Test
    void domainNeverDependsOnAdapters() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..")
                .and()
                .resideOutsideOfPackages(
                        ROOT + "..web..", ROOT + "..messaging..", ROOT + ".keycloak..", ROOT + ".system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..", ROOT + ".keycloak..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheKeycloakAdapterTalksToKeycloak() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".keycloak..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.keycloak..", "org.jboss.resteasy..", "jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
