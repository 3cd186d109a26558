package dev.kabinet.notification;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;

/** The layering of STYLE.md: package by feature, then by adapter. */
@AnalyzeClasses(packages = "dev.kabinet.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersNeverUseRepositories = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("controllers talk to the application services, never to repositories");

    @ArchTest
    static final ArchRule domainNeverDependsOnAdapters = noClasses()
            .that()
            .resideInAPackage("dev.kabinet.notification..")
            .and()
            .resideOutsideOfPackages("..web..", "..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.kabinet.notification..web..", "dev.kabinet.notification..messaging..")
            .because("adapters depend on the domain, not the other way round");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures =
            slices().matching("dev.kabinet.notification.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersReturnNoEntities = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .should()
            .haveRawReturnType(annotatedWith(Table.class))
            .because("controllers answer with views (records), never with aggregates");
}
