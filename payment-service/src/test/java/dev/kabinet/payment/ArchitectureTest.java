package dev.kabinet.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The layering of STYLE.md, enforced: package by feature, adapters at the edge, no cycles between features. */
@DisplayName("payment-service architecture")
class ArchitectureTest {

    private static final String ROOT = "dev.kabinet.payment";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void controllersNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
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
                        "an @Entity", (JavaClass type) -> type.isAnnotatedWith(Entity.class)))
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
                .resideOutsideOfPackages(ROOT + "..web..", ROOT + "..messaging..", ROOT + ".system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
