package dev.kabinet.platform.test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layering STYLE.md asks of every service, as ArchUnit rules: package by feature ({@code dev.kabinet.<service>.<feature>}),
 * then by adapter ({@code web}, {@code messaging}); controllers talk to application services and answer with views;
 * the domain never reaches into its adapters (the platform's shared plumbing is not one); features do not form cycles. A service's {@code ArchitectureTest} imports
 * only its own classes and applies them all with {@code @ArchTest ArchTests layering = ArchTests.in(ServiceArchitecture.class)},
 * then adds its own rules.
 */
public final class ServiceArchitecture {

    private static final Set<String> PERSISTENT_TYPE_ANNOTATIONS =
            Set.of("jakarta.persistence.Entity", "org.springframework.data.relational.core.mapping.Table");

    private ServiceArchitecture() {}

    @ArchTest
    static final ArchRule controllersNeverUseRepositories = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo("org.springframework.data.repository.Repository")
            .because("controllers talk to the application services, never to repositories");

    @ArchTest
    static final ArchRule controllersLiveInWebAdapters = classes()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .resideInAPackage("..web..")
            .because("HTTP is an adapter of a feature: <feature>/web");

    @ArchTest
    static final ArchRule controllersReturnNoAggregates = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .should()
            .haveRawReturnType(DescribedPredicate.describe(
                    "a persistent aggregate",
                    (JavaClass type) -> PERSISTENT_TYPE_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)))
            .because("controllers answer with views (records), never with aggregates");

    @ArchTest
    static final ArchRule domainNeverDependsOnAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..messaging..", "..system..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("dev.kabinet..web..", "dev.kabinet..messaging..")
                    .and(not(resideInAPackage("dev.kabinet.platform.."))))
            .allowEmptyShould(true)
            .because("adapters depend on the domain, not the other way round");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("dev.kabinet.*.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noServiceImplPairs = noClasses()
            .should()
            .haveSimpleNameEndingWith("ServiceImpl")
            .because("application services are named for their capability, without interface/impl pairs");
}
