package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only FHIR R4 API: search and read of the exported types, and the server's CapabilityStatement. Left out of
 * the OpenAPI document: FHIR clients learn this API from {@code /fhir/r4/metadata}, and its errors are
 * OperationOutcomes ({@link OperationOutcomeFilter}), not the problems the OpenAPI document promises. Other methods
 * than GET are answered 405.
 */
@Hidden
@RestController
@RequestMapping(FhirJson.BASE_PATH)
class FhirController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirJson.MEDIA_TYPE + ";charset=UTF-8");

    private final FhirJson fhirJson;
    private final FhirProperties properties;
    private final SearchBundles bundles;
    private final DirectoryExport directory;
    private final SlotExport slots;
    private final AppointmentExport appointments;
    private final CapabilityStatement capabilities;

    FhirController(FhirJson fhirJson, FhirProperties properties, SearchBundles bundles, DirectoryExport directory,
            SlotExport slots, AppointmentExport appointments, Clock clock) {
        this.fhirJson = fhirJson;
        this.properties = properties;
        this.bundles = bundles;
        this.directory = directory;
        this.slots = slots;
        this.appointments = appointments;
        this.capabilities = Capabilities.statement(properties.baseUrl(), clock.instant());
    }

    @GetMapping("/metadata")
    ResponseEntity<String> metadata() {
        return ok(capabilities);
    }

    @GetMapping("/Practitioner")
    ResponseEntity<String> practitioners(HttpServletRequest request) {
        SearchParameters search = search(request, ExportedType.PRACTITIONER);
        return searchset(ExportedType.PRACTITIONER, search,
                directory.practitioners(search, search.count(properties), search.offset()));
    }

    @GetMapping("/Practitioner/{id}")
    ResponseEntity<String> practitioner(@PathVariable String id) {
        return read(ExportedType.PRACTITIONER, id, directory.practitioner(id));
    }

    @GetMapping("/Location")
    ResponseEntity<String> locations(HttpServletRequest request) {
        SearchParameters search = search(request, ExportedType.LOCATION);
        return searchset(ExportedType.LOCATION, search, directory.locations(search, search.count(properties), search.offset()));
    }

    @GetMapping("/Location/{id}")
    ResponseEntity<String> location(@PathVariable String id) {
        return read(ExportedType.LOCATION, id, directory.location(id));
    }

    @GetMapping("/HealthcareService")
    ResponseEntity<String> healthcareServices(HttpServletRequest request) {
        SearchParameters search = search(request, ExportedType.HEALTHCARE_SERVICE);
        return searchset(ExportedType.HEALTHCARE_SERVICE, search,
                directory.healthcareServices(search, search.count(properties), search.offset()));
    }

    @GetMapping("/HealthcareService/{id}")
    ResponseEntity<String> healthcareService(@PathVariable String id) {
        return read(ExportedType.HEALTHCARE_SERVICE, id, directory.healthcareService(id));
    }

    @GetMapping("/Schedule")
    ResponseEntity<String> schedules(HttpServletRequest request) {
        SearchParameters search = search(request, ExportedType.SCHEDULE);
        return searchset(ExportedType.SCHEDULE, search, directory.schedules(search, search.count(properties), search.offset()));
    }

    @GetMapping("/Schedule/{id}")
    ResponseEntity<String> schedule(@PathVariable String id) {
        return read(ExportedType.SCHEDULE, id, directory.schedule(id));
    }

    @GetMapping("/Slot")
    ResponseEntity<String> slots(HttpServletRequest request) {
        SearchParameters search = search(request, ExportedType.SLOT);
        return searchset(ExportedType.SLOT, search, slots.search(search, search.count(properties), search.offset()));
    }

    @GetMapping("/Slot/{id}")
    ResponseEntity<String> slot(@PathVariable String id) {
        return read(ExportedType.SLOT, id, slots.read(id));
    }

    /** Audited like the JSON API's list: one audit row per appointment shown (clinic.audit.records covers the path). */
    @GetMapping("/Appointment")
    ResponseEntity<String> appointments(ClinicUser user, HttpServletRequest request) {
        SearchParameters search = search(request, ExportedType.APPOINTMENT);
        Found found = appointments.search(user, search, search.count(properties), search.offset());
        AuditedRecords.returned(request, "appointment", found.resources().stream()
                .map(resource -> resource.getIdElement().getIdPart()).toList());
        return searchset(ExportedType.APPOINTMENT, search, found);
    }

    /** Audited by its path like {@code GET /api/v1/appointments/{id}}; someone else's appointment is not found. */
    @GetMapping("/Appointment/{id}")
    ResponseEntity<String> appointment(@PathVariable String id, ClinicUser user) {
        return read(ExportedType.APPOINTMENT, id, appointments.read(user, id));
    }

    private static SearchParameters search(HttpServletRequest request, ExportedType type) {
        return SearchParameters.of(request.getParameterMap(), type.parameterNames());
    }

    private ResponseEntity<String> searchset(ExportedType type, SearchParameters search, Found found) {
        return ok(bundles.searchset(type, search, search.count(properties), search.offset(), found));
    }

    private ResponseEntity<String> read(ExportedType type, String id, Optional<? extends Resource> resource) {
        return resource.map(found -> ok(found))
                .orElseThrow(() -> new NotFoundException(type.resourceName(), id));
    }

    private ResponseEntity<String> ok(IBaseResource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(fhirJson.encode(resource));
    }
}
