package com.clinicnetwork.booking.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/** FHIR's JSON representation of resources, written by HAPI's parser over the service's one {@link FhirContext}. */
@Component
public class FhirJson {

    /** Where this service serves FHIR R4; the gateway routes the same path here. */
    public static final String BASE_PATH = "/fhir/r4";

    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context;

    FhirJson(FhirContext context) {
        this.context = context;
    }

    /** A parser per call: HAPI's parsers are cheap and not thread-safe, the context they share is. */
    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }
}
