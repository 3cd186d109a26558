package dev.kabinet.metering;

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

    static final String ROOT = "dev.kabinet.metering";

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule meterKnowsNothingOfReadings = noClasses()
            .that()
            .resideInAPackage(ROOT + ".meters..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".readings..")
            .because("readings refer to meters; meters learn of their last reading through LastReadings");
}
