package com.clinicnetwork.booking.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.testsupport.fhir.R4Validation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The FHIR R4 export against the real database and broker: every type searched and read, each answer checked by HAPI's
 * validator against the R4 schemas and Schematron rules; paging; who sees which appointments and patients; the
 * OperationOutcomes of refused and wrong requests; the audit trail of appointment reads.
 */
class FhirExportIT extends IntegrationTestBase {

    /** Where the Bundles say the FHIR base is (clinic.fhir.base-url: the gateway's address in tests too). */
    private static final String PUBLIC_BASE = "http://127.0.0.1:8080/fhir/r4";
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    @LocalServerPort
    int port;

    @Test
    void everyExportedTypeIsSearchedAndReadAsValidR4() {
        BookableTherapist setup = bookableTherapist();
        UUID farah = createClient("Farah");
        Map<String, Object> booking = setup.booking(null, nextWeekAt(10, 0));
        booking.put("intakeNotes", "Left knee aches after long runs");
        AppointmentView appointment = booked(client(farah), booking);
        String scheduleId = hex(setup.therapistId()) + hex(setup.locationId());
        LocalDate day = nextWeekAt(10, 0).toLocalDate();

        Practitioner practitioner = onlyEntry(searchValid("/Practitioner?_id=" + setup.therapistId(), admin()), Practitioner.class);
        assertThat(practitioner.getNameFirstRep().getText()).isEqualTo("Test Therapist");
        assertThat(practitioner.getActive()).isTrue();
        assertThat(practitioner.getQualificationFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("KNEE_REHABILITATION");

        Location location = onlyEntry(searchValid("/Location?_id=" + setup.locationId(), admin()), Location.class);
        assertThat(location.getName()).isEqualTo("Test clinic");
        assertThat(location.getAddress().getText()).isEqualTo("1 Test Street, Manchester");
        assertThat(location.getStatus()).isEqualTo(Location.LocationStatus.ACTIVE);
        assertThat(location.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/timezone").getValue().primitiveValue())
                .isEqualTo("Europe/London");

        Bundle services = searchValid("/HealthcareService?location=Location/" + setup.locationId(), admin());
        HealthcareService service = entries(services, HealthcareService.class).stream()
                .filter(found -> found.getIdPart().equals(setup.treatmentId().toString())).findFirst().orElseThrow();
        assertThat(service.getName()).isEqualTo("Knee pain relief massage");
        assertThat(service.getLocation()).extracting(Reference::getReference).contains("Location/" + setup.locationId());

        Schedule schedule = onlyEntry(searchValid("/Schedule?actor=Practitioner/" + setup.therapistId()
                + "&actor=Location/" + setup.locationId(), admin()), Schedule.class);
        assertThat(schedule.getIdPart()).isEqualTo(scheduleId);
        assertThat(schedule.getActor()).extracting(Reference::getReference)
                .containsExactly("Practitioner/" + setup.therapistId(), "Location/" + setup.locationId());
        assertThat(schedule.getPlanningHorizon().getEnd()).isAfter(schedule.getPlanningHorizon().getStart());

        Bundle freeSlots = searchValid("/Slot?schedule=Schedule/" + scheduleId + "&start=ge" + day + "&start=lt"
                + day.plusDays(1), client(farah));
        List<Slot> slots = entries(freeSlots, Slot.class);
        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.getStatus()).isEqualTo(Slot.SlotStatus.FREE);
            assertThat(slot.getSchedule().getReference()).isEqualTo("Schedule/" + scheduleId);
            assertThat(slot.getServiceTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo(setup.treatmentId().toString());
            // Nothing is offered while the booked session runs.
            assertThat(slot.getEnd().toInstant().isAfter(appointment.startsAt().toInstant())
                    && slot.getStart().toInstant().isBefore(appointment.endsAt().toInstant())).isFalse();
        });

        Bundle found = searchValid("/Appointment?practitioner=Practitioner/" + setup.therapistId(), admin());
        Appointment served = onlyEntry(found, Appointment.class);
        assertThat(served.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(served.getStart().toInstant()).isEqualTo(appointment.startsAt().toInstant());
        assertThat(served.getParticipant()).extracting(participant -> participant.getActor().getReference())
                .containsExactlyInAnyOrder("Patient/" + farah, "Practitioner/" + setup.therapistId(),
                        "Location/" + setup.locationId(), "HealthcareService/" + setup.treatmentId());
        assertThat(served.getParticipant()).extracting(participant -> participant.getActor().getDisplay())
                .contains("Farah Tester");
        assertThat(fhir("/Appointment?practitioner=Practitioner/" + setup.therapistId(), admin()))
                .doesNotContain("knee aches", "farah@example.com");

        // Every entry of every search reads the same by id, and valid.
        for (Bundle bundle : List.of(services, freeSlots, found)) {
            for (BundleEntryComponent entry : bundle.getEntry().subList(0, Math.min(3, bundle.getEntry().size()))) {
                assertThat(entry.getFullUrl()).startsWith(PUBLIC_BASE + "/" + entry.getResource().fhirType() + "/");
                String read = fhir(entry.getFullUrl().substring(PUBLIC_BASE.length()), admin());
                assertThat(R4Validation.errors(read)).as(entry.getFullUrl()).isEmpty();
                assertThat(R4Validation.parse(read, entry.getResource().getClass()).getIdPart())
                        .isEqualTo(entry.getResource().getIdPart());
            }
        }
        for (String read : List.of("/Practitioner/" + setup.therapistId(), "/Location/" + setup.locationId(),
                "/Schedule/" + scheduleId)) {
            assertThat(R4Validation.errors(fhir(read, admin()))).as(read).isEmpty();
        }
    }

    @Test
    void theCapabilityStatementListsExactlyWhatIsServed() {
        String metadata = fhir("/metadata", client(SAM));

        assertThat(R4Validation.errors(metadata)).isEmpty();
        CapabilityStatement statement = R4Validation.parse(metadata, CapabilityStatement.class);
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        List<CapabilityStatementRestResourceComponent> resources = statement.getRestFirstRep().getResource();
        assertThat(resources).extracting(CapabilityStatementRestResourceComponent::getType).containsExactly(
                "Practitioner", "Location", "HealthcareService", "Schedule", "Slot", "Appointment");
        assertThat(resources).allSatisfy(resource -> assertThat(resource.getInteraction())
                .extracting(interaction -> interaction.getCode().toCode()).containsExactly("read", "search-type"));
        assertThat(resources.get(5).getSearchParam()).extracting(parameter -> parameter.getName())
                .containsExactlyInAnyOrder("_id", "date", "practitioner", "location", "patient", "status");
    }

    @Test
    void pagesFollowTheirNextLinksWithoutOverlapUntilTheLast() {
        BookableTherapist setup = bookableTherapist();
        List<String> bookedIds = new ArrayList<>();
        // An hour's session and its quarter-hour buffer every hour and a half.
        for (int session = 0; session < 5; session++) {
            bookedIds.add(booked(client(SAM), setup.booking(null, nextWeekAt(9, 0).plusMinutes(90L * session))).id().toString());
        }

        List<String> seen = new ArrayList<>();
        Bundle page = searchValid("/Appointment?practitioner=Practitioner/" + setup.therapistId() + "&_count=2", admin());
        List<Integer> pageSizes = new ArrayList<>();
        while (true) {
            assertThat(page.getTotal()).isEqualTo(5);
            pageSizes.add(page.getEntry().size());
            entries(page, Appointment.class).forEach(appointment -> seen.add(appointment.getIdPart()));
            if (page.getLink("next") == null) {
                break;
            }
            Bundle next = searchValid(page.getLink("next").getUrl().substring(PUBLIC_BASE.length()), admin());
            assertThat(next.getLink("previous").getUrl()).isEqualTo(page.getLink("self").getUrl());
            page = next;
        }

        assertThat(pageSizes).containsExactly(2, 2, 1);
        // Earliest first, each appointment once.
        assertThat(seen).containsExactlyElementsOf(bookedIds);
    }

    @Test
    void appointmentsAndTheirPatientsShowOnlyToThoseWhoMaySeeThem() {
        BookableTherapist setup = bookableTherapist();
        UUID ines = createClient("Ines");
        UUID otto = createClient("Otto");
        AppointmentView inesAppointment = booked(client(ines), setup.booking(null, nextWeekAt(9, 0)));
        AppointmentView ottoAppointment = booked(client(otto), setup.booking(null, nextWeekAt(12, 0)));
        String byTherapist = "/Appointment?practitioner=Practitioner/" + setup.therapistId();

        // A client: only their own, with themselves as the patient.
        Appointment own = onlyEntry(searchValid(byTherapist, client(ines)), Appointment.class);
        assertThat(own.getIdPart()).isEqualTo(inesAppointment.id().toString());
        assertThat(patients(own)).containsExactly("Patient/" + ines);
        outcome(get("/Appointment?patient=Patient/" + otto, client(ines)), HttpStatus.FORBIDDEN, "forbidden");
        outcome(get("/Appointment/" + ottoAppointment.id(), client(ines)), HttpStatus.NOT_FOUND, "not-found");

        // The treating therapist and the location's front desk: both, with their patients.
        for (String staff : List.of(therapist(setup.therapistId(), setup.locationId()), frontDesk(setup.locationId()))) {
            assertThat(entries(searchValid(byTherapist, staff), Appointment.class)).extracting(FhirExportIT::patients)
                    .containsExactly(List.of("Patient/" + ines), List.of("Patient/" + otto));
        }
        outcome(get("/Appointment?location=Location/" + setup.locationId(), frontDesk(UUID.randomUUID())),
                HttpStatus.FORBIDDEN, "forbidden");

        // Operators run the platform: the directory yes, appointments no.
        outcome(get(byTherapist, operator()), HttpStatus.FORBIDDEN, "forbidden");
        outcome(get("/Appointment/" + inesAppointment.id(), operator()), HttpStatus.NOT_FOUND, "not-found");
        searchValid("/Practitioner?_id=" + setup.therapistId(), operator());

        // A cancelled appointment is the therapist's to see, but gives them no relation to its client.
        BookableTherapist other = bookableTherapist();
        UUID cleo = createClient("Cleo");
        AppointmentView cancelled = booked(client(cleo), other.booking(null, nextWeekAt(15, 0)));
        post("/api/v1/appointments/" + cancelled.id() + "/cancel", client(cleo), Map.of("reason", "Moving away"), null)
                .expectStatus().isOk();
        String read = fhir("/Appointment/" + cancelled.id(), therapist(other.therapistId(), other.locationId()));
        assertThat(R4Validation.errors(read)).isEmpty();
        Appointment withoutPatient = R4Validation.parse(read, Appointment.class);
        assertThat(withoutPatient.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(patients(withoutPatient)).isEmpty();
        assertThat(read).doesNotContain(cleo.toString(), "Cleo", "Moving away");

        // Nobody signed in: nothing, as an OperationOutcome.
        http.get().uri("/fhir/r4/Appointment").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentTypeCompatibleWith(FHIR_JSON);
        outcome(http.get().uri("/fhir/r4/metadata").exchange(), HttpStatus.UNAUTHORIZED, "login");
    }

    @Test
    void wrongRequestsAreOperationOutcomesNamingTheParameter() {
        BookableTherapist setup = bookableTherapist();
        String scheduleId = hex(setup.therapistId()) + hex(setup.locationId());
        LocalDate day = nextWeekAt(10, 0).toLocalDate();

        OperationOutcome badPrefix = outcome(http.get().uri("/fhir/r4/Appointment?date=xx2026-03-01")
                .header(HttpHeaders.AUTHORIZATION, admin()).accept(FHIR_JSON).exchange(), HttpStatus.BAD_REQUEST, "invalid");
        assertThat(badPrefix.getIssueFirstRep().getLocation()).extracting(Object::toString).containsExactly("http.date");
        assertThat(badPrefix.getIssueFirstRep().getDiagnostics()).contains("'xx'");
        assertThat(outcome(get("/Appointment?date=ne2026-03-01", admin()), HttpStatus.BAD_REQUEST, "invalid")
                .getIssueFirstRep().getDiagnostics()).contains("'ne'");
        assertThat(outcome(get("/Appointment?practioner=Practitioner/" + setup.therapistId(), admin()), HttpStatus.BAD_REQUEST,
                "invalid").getIssueFirstRep().getLocation()).extracting(Object::toString).containsExactly("http.practioner");
        assertThat(outcome(get("/Slot?schedule=Schedule/" + scheduleId, admin()), HttpStatus.BAD_REQUEST, "invalid")
                .getIssueFirstRep().getLocation()).extracting(Object::toString).containsExactly("http.start");
        assertThat(outcome(get("/Slot?schedule=Schedule/" + scheduleId + "&start=ge" + day + "&start=lt" + day.plusDays(40),
                admin()), HttpStatus.BAD_REQUEST, "invalid").getIssueFirstRep().getLocation())
                .extracting(Object::toString).containsExactly("http.start");
        assertThat(outcome(get("/Slot?location=Location/" + setup.locationId() + "&start=ge" + day + "&start=lt"
                + day.plusDays(1), admin()), HttpStatus.BAD_REQUEST, "invalid").getIssueFirstRep().getLocation())
                .extracting(Object::toString).containsExactly("http.schedule");
        outcome(get("/Practitioner/" + UUID.randomUUID(), admin()), HttpStatus.NOT_FOUND, "not-found");
        outcome(get("/Patient/" + UUID.randomUUID(), admin()), HttpStatus.NOT_FOUND, "not-found");

        // Read-only.
        outcome(http.post().uri("/fhir/r4/Appointment").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(FHIR_JSON).body("{\"resourceType\":\"Appointment\"}").exchange()
                .expectHeader().valueEquals(HttpHeaders.ALLOW, "GET"), HttpStatus.METHOD_NOT_ALLOWED, "not-supported");
    }

    @Test
    void appointmentReadsAreAuditedLikeTheApisWithEveryAppointmentShown() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView appointment = booked(client(SAM), setup.booking(null, nextWeekAt(16, 0)));

        fhir("/Appointment/" + appointment.id(), frontDesk(setup.locationId()));
        fhir("/Appointment?practitioner=Practitioner/" + setup.therapistId(), admin());

        assertThat(auditEvents(appointment.id())).extracting(event -> event.get("method").asString() + " "
                        + event.get("path").asString() + " " + event.get("status").asInt())
                .contains("GET /fhir/r4/Appointment/" + appointment.id() + " 200", "GET /fhir/r4/Appointment 200");
    }

    /** The link's query is sent as it is, already encoded: a URI, not a template. */
    private RestTestClient.ResponseSpec get(String pathAndQuery, String token) {
        return http.get().uri(URI.create("http://127.0.0.1:" + port + "/fhir/r4" + pathAndQuery))
                .header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    /** The body of a successful FHIR answer. */
    private String fhir(String pathAndQuery, String token) {
        return get(pathAndQuery, token)
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(FHIR_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private Bundle searchValid(String pathAndQuery, String token) {
        String body = fhir(pathAndQuery, token);
        assertThat(R4Validation.errors(body)).as(pathAndQuery).isEmpty();
        Bundle bundle = R4Validation.parse(body, Bundle.class);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        return bundle;
    }

    private static OperationOutcome outcome(RestTestClient.ResponseSpec response, HttpStatus status, String issueType) {
        String body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(FHIR_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(R4Validation.errors(body)).isEmpty();
        OperationOutcome outcome = R4Validation.parse(body, OperationOutcome.class);
        assertThat(outcome.getIssue()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getCode().toCode()).isEqualTo(issueType);
        });
        return outcome;
    }

    private List<JsonNode> auditEvents(UUID appointmentId) {
        return http.get().uri("/api/v1/audit-events?recordType=appointment&recordId={id}", appointmentId)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("items").valueStream().toList();
    }

    private static List<String> patients(Appointment appointment) {
        return appointment.getParticipant().stream().map(participant -> participant.getActor().getReference())
                .filter(reference -> reference.startsWith("Patient/")).toList();
    }

    private static <T extends Resource> List<T> entries(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(BundleEntryComponent::getResource).map(type::cast).toList();
    }

    private static <T extends Resource> T onlyEntry(Bundle bundle, Class<T> type) {
        assertThat(bundle.getTotal()).isEqualTo(1);
        assertThat(bundle.getEntry()).hasSize(1);
        return type.cast(bundle.getEntryFirstRep().getResource());
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }
}
