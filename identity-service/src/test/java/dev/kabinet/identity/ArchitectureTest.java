package dev.kabinet.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.kabinet.platform.test.ServiceArchitecture;

/** The layering of STYLE.md, enforced: package by feature, then by adapter; no cycles between features. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "dev.kabinet.identity";

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule controllersNeverTouchKeycloak = noClasses()
            .that()
            .resideInAPackage(ROOT + "..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".keycloak..", "org.keycloak..")
            .because("controllers ask the profile service; only the keycloak adapter speaks the Admin API");

    @ArchTest
    static final ArchRule onlyTheKeycloakAdapterTalksToKeycloak = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".keycloak..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.keycloak..", "org.jboss.resteasy..", "jakarta.ws.rs..");
}
