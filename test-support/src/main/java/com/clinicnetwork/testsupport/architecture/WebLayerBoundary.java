package com.clinicnetwork.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's rule that HTTP is the web layer's business: application services say why they refuse something in
 * the domain's words (the refusal exceptions of service-defaults, or their own) and only controllers, their advice
 * and {@code web} packages choose status codes and problem responses.
 */
public final class WebLayerBoundary {

    private static final Set<String> WEB_ANNOTATIONS = Set.of(
            "org.springframework.web.bind.annotation.RestController",
            "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestControllerAdvice",
            "org.springframework.web.bind.annotation.ControllerAdvice");

    private static final Set<String> HTTP_ANSWERS = Set.of(
            "com.clinicnetwork.servicedefaults.web.ApiProblemException",
            "org.springframework.http.HttpStatus",
            "org.springframework.http.ProblemDetail");

    private WebLayerBoundary() {
    }

    /** Fails, naming each class and the HTTP type it uses, if a class outside the web layer picks an HTTP answer. */
    public static void assertHttpOnlyInWebLayerUnder(String rootPackage) {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        noClasses().that(outsideTheWebLayer())
                .should().dependOnClassesThat(httpAnswers())
                .because("application services refuse in the domain's words and the web layer maps them to HTTP")
                .check(production);
    }

    private static DescribedPredicate<JavaClass> httpAnswers() {
        return DescribedPredicate.describe("HTTP status codes or problem responses",
                javaClass -> HTTP_ANSWERS.contains(javaClass.getName()));
    }

    private static DescribedPredicate<JavaClass> outsideTheWebLayer() {
        return DescribedPredicate.describe("are outside the web layer", javaClass -> !inWebLayer(javaClass));
    }

    private static boolean inWebLayer(JavaClass javaClass) {
        if (javaClass.getPackageName().contains(".web")) {
            return true;
        }
        for (Optional<JavaClass> current = Optional.of(javaClass); current.isPresent(); current = current.get().getEnclosingClass()) {
            if (current.get().getAnnotations().stream().anyMatch(a -> WEB_ANNOTATIONS.contains(a.getRawType().getName()))) {
                return true;
            }
        }
        return false;
    }
}
