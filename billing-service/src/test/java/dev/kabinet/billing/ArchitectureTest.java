package dev.kabinet.billing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.kabinet.platform.test.ServiceArchitecture;

/** The layering of STYLE.md, enforced: package by feature, then by adapter; no cycles between features. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "dev.kabinet.billing";

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);
}
