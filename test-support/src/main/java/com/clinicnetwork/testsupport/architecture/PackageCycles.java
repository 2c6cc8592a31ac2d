package com.clinicnetwork.testsupport.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The platform's rule that a module's packages depend on each other in one direction only, so each can be read and
 * changed knowing only those below it. Every module's test calls it with its root package.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** Fails, naming each cycle and the dependencies that form it, if any two packages under {@code rootPackage} form one. */
    public static void assertNoneUnder(String rootPackage) {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        slices().matching(rootPackage + ".(**)").should().beFreeOfCycles().check(production);
    }
}
