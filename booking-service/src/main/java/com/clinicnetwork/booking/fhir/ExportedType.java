package com.clinicnetwork.booking.fhir;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.jspecify.annotations.Nullable;

/**
 * The resource types the export serves and the search parameters each supports: what searches accept and what the
 * CapabilityStatement ({@code /fhir/r4/metadata}) lists, from this one place. Every type is read by id and searched;
 * results page with {@code _count} and {@code _offset}.
 */
enum ExportedType {

    PRACTITIONER("Practitioner", "Therapists of the chain; qualifications are their specialties.",
            standard("_id", SearchParamType.TOKEN, "Resource-id", "the therapist's id")),
    LOCATION("Location", "Clinic locations, with their opening hours and time zone.",
            standard("_id", SearchParamType.TOKEN, "Resource-id", "the location's id")),
    HEALTHCARE_SERVICE("HealthcareService", "Treatments, each at the locations where an active therapist offers it.",
            standard("_id", SearchParamType.TOKEN, "Resource-id", "the treatment's id"),
            standard("location", SearchParamType.REFERENCE, "HealthcareService-location", "offered at this Location")),
    SCHEDULE("Schedule", "One per therapist and location they work at; the planning horizon is the location's booking window.",
            standard("_id", SearchParamType.TOKEN, "Resource-id", "the schedule's id"),
            standard("actor", SearchParamType.REFERENCE, "Schedule-actor",
                    "Practitioner/<id> or Location/<id>; repeat it for both")),
    SLOT("Slot", "Free slots as the availability search offers them (status free only). A search needs schedule, or "
            + "service-type with practitioner or location, and start bounded on both sides, at most 31 days apart.",
            standard("schedule", SearchParamType.REFERENCE, "Slot-schedule", "Schedule/<id>"),
            own("practitioner", SearchParamType.REFERENCE, "Practitioner/<id>: slots of this therapist"),
            own("location", SearchParamType.REFERENCE, "Location/<id>: slots at this location"),
            standard("service-type", SearchParamType.TOKEN, "Slot-service-type",
                    "treatment ids (HealthcareService ids) of the system " + R4Resources.TREATMENT_SYSTEM
                            + ", comma-separated for any of them"),
            standard("start", SearchParamType.DATE, "Slot-start", "with ge, gt, le, lt or eq; both a lower and an upper bound"),
            standard("status", SearchParamType.TOKEN, "Slot-status", "free (the only status served)")),
    APPOINTMENT("Appointment", "Appointments the caller may see, as in the JSON API; the patient only for callers "
            + "who may read the client.",
            standard("_id", SearchParamType.TOKEN, "Resource-id", "the appointment's id"),
            standard("date", SearchParamType.DATE, "Appointment-date", "the start, with ge, gt, le, lt or eq"),
            standard("practitioner", SearchParamType.REFERENCE, "Appointment-practitioner", "Practitioner/<id>"),
            standard("location", SearchParamType.REFERENCE, "Appointment-location", "Location/<id>"),
            standard("patient", SearchParamType.REFERENCE, "Appointment-patient", "Patient/<client id>"),
            standard("status", SearchParamType.TOKEN, "Appointment-status", "one status"));

    /** A search parameter; {@code definition} is HL7's, or null for one of this server's own. */
    record Parameter(String name, SearchParamType type, @Nullable String definition, String documentation) {
    }

    private final String resourceName;
    private final String documentation;
    private final List<Parameter> parameters;

    ExportedType(String resourceName, String documentation, Parameter... parameters) {
        this.resourceName = resourceName;
        this.documentation = documentation;
        this.parameters = List.of(parameters);
    }

    String resourceName() {
        return resourceName;
    }

    String documentation() {
        return documentation;
    }

    List<Parameter> parameters() {
        return parameters;
    }

    Set<String> parameterNames() {
        return parameters.stream().map(Parameter::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Parameter standard(String name, SearchParamType type, String definition, String documentation) {
        return new Parameter(name, type, "http://hl7.org/fhir/SearchParameter/" + definition, documentation);
    }

    private static Parameter own(String name, SearchParamType type, String documentation) {
        return new Parameter(name, type, null, documentation);
    }
}
