package com.clinicnetwork.notification;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.clinicnetwork.testsupport.architecture.PackageCycles;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The service's packages depend on each other in one direction only, so each can be read (and changed) knowing only
 * those below it: directory, appointment and observability at the bottom, then message, webhook, delivery (with its
 * channels), preference, privacy, routing, reminder and booking, with history beside them.
 */
class PackageDependenciesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.clinicnetwork.notification");

    @Test
    void noTwoFeaturePackagesDependOnEachOther() {
        slices().matching("com.clinicnetwork.notification.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void noPackageCycleEvenInsideAFeature() {
        PackageCycles.assertNoneUnder("com.clinicnetwork.notification");
    }

    /** The read model's classes (each file with its nested types) do not depend on each other in a circle either. */
    @Test
    void noFileCycleInTheDirectoryReadModel() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return javaClass.getPackageName().equals("com.clinicnetwork.notification.directory")
                        ? SliceIdentifier.of(javaClass.getName().split("\\$")[0]) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the files of the directory read model";
            }
        }).should().beFreeOfCycles().check(SERVICE);
    }
}
