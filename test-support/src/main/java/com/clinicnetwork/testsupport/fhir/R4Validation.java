package com.clinicnetwork.testsupport.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's {@link FhirValidator} over the FHIR R4 XML schemas and Schematron rules (hapi-fhir-validation-resources-r4):
 * structure, cardinalities, value formats, required codes and the specification's invariants. Built once per test JVM:
 * compiling the rules takes the better part of a minute. A user of this class declares, with test scope,
 * {@code hapi-fhir-structures-r4}, {@code hapi-fhir-validation-resources-r4}, {@code ph-schematron-xslt} and
 * {@code jaxb-runtime} (the Schematron engine reads its reports through JAXB, which the JDK no longer ships).
 */
public final class R4Validation {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = validator();

    private R4Validation() {
    }

    /** The errors of a resource as it was served, each with where it is; empty for a valid one. */
    public static synchronized List<String> errors(String json) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(message -> message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    /** Parses as a strict client would: an unknown element or an invalid value fails. */
    public static <T extends IBaseResource> T parse(String json, Class<T> type) {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(type, json);
    }

    private static FhirValidator validator() {
        FhirValidator validator = CONTEXT.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(true);
        return validator;
    }
}
