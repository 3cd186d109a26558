package dev.kabinet.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layering STYLE.md asks of every service, as ArchUnit rules over the service's root package: package by
 * feature, then by adapter ({@code web}, {@code messaging}); controllers talk to application services and answer with
 * views; the domain never reaches into adapters; features do not form cycles. Each service's
 * {@code ArchitectureTest} applies them and adds its own.
 */
public final class ServiceArchitecture {

    private static final Set<String> PERSISTENT_TYPE_ANNOTATIONS =
            Set.of("jakarta.persistence.Entity", "org.springframework.data.relational.core.mapping.Table");

    private ServiceArchitecture() {}

    public static ArchRule controllersNeverUseRepositories(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo("org.springframework.data.repository.Repository")
                .because("controllers talk to the application services, never to repositories");
    }

    public static ArchRule controllersLiveInWebAdapters(String root) {
        return classes()
                .that()
                .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should()
                .resideInAPackage(root + "..web..")
                .because("HTTP is an adapter of a feature: <feature>/web");
    }

    public static ArchRule controllersReturnNoAggregates(String root) {
        return noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(root + "..web..")
                .should()
                .haveRawReturnType(DescribedPredicate.describe(
                        "a persistent aggregate",
                        (JavaClass type) -> PERSISTENT_TYPE_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)))
                .because("controllers answer with views (records), never with aggregates");
    }

    public static ArchRule domainNeverDependsOnAdapters(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(root + "..web..", root + "..messaging..", root + ".system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + "..web..", root + "..messaging..")
                .allowEmptyShould(true)
                .because("adapters depend on the domain, not the other way round");
    }

    public static ArchRule featuresAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    public static ArchRule noServiceImplPairs(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .haveSimpleNameEndingWith("ServiceImpl")
                .because("application services are named for their capability, without interface/impl pairs");
    }
}
