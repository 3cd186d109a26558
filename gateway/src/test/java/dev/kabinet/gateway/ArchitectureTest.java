package dev.kabinet.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's layering: features ({@code login}, {@code routing}, {@code limits}, {@code webclient}) stand on
 * {@code system} and never on each other; {@code system} knows no feature; everything stays reactive (no servlet
 * API, no servlet-based {@code platform} module) and no service's Java types are on the classpath.
 */
@AnalyzeClasses(packages = "dev.kabinet.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreIndependent = slices().matching("dev.kabinet.gateway.(*)..")
            .namingSlices("$1")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.kabinet.gateway.system.."));

    @ArchTest
    static final ArchRule systemKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("dev.kabinet.gateway.system..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.kabinet.gateway.login..",
                    "dev.kabinet.gateway.routing..",
                    "dev.kabinet.gateway.limits..",
                    "dev.kabinet.gateway.webclient..");

    @ArchTest
    static final ArchRule staysReactive = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.servlet..",
                    "org.springframework.web.servlet..",
                    "org.springframework.security.web.servlet..")
            .because("the gateway runs on Netty with WebFlux; a servlet class would pull in the wrong stack");

    @ArchTest
    static final ArchRule noPlatformOrServiceTypes = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.kabinet.platform..",
                    "dev.kabinet.identity..",
                    "dev.kabinet.account..",
                    "dev.kabinet.metering..",
                    "dev.kabinet.billing..",
                    "dev.kabinet.payment..",
                    "dev.kabinet.notification..");

    @ArchTest
    static final ArchRule controllersOnlyInLogin = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("dev.kabinet.gateway.login..")
            .because("the BFF's own endpoints are about the session; everything else is routed");

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
