package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.booking.idempotency.IdempotencyRecords;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/appointments")
@Validated
class AppointmentController {

    private final AppointmentBooking booking;
    private final AppointmentChanges changes;
    private final AppointmentRepository appointments;
    private final AppointmentNames names;

    AppointmentController(AppointmentBooking booking, AppointmentChanges changes, AppointmentRepository appointments,
            AppointmentNames names) {
        this.booking = booking;
        this.changes = changes;
        this.appointments = appointments;
        this.names = names;
    }

    @PostMapping
    ResponseEntity<AppointmentView> book(@Valid @RequestBody BookAppointmentRequest request,
            @RequestHeader(name = IdempotencyRecords.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        AppointmentBooking.Booking result = booking.book(user, request, idempotencyKey);
        AppointmentView appointment = result.appointment();
        return ResponseEntity.status(result.status())
                .location(URI.create("/api/v1/appointments/" + appointment.id()))
                .eTag(ETags.of(appointment.version()))
                .body(appointment);
    }

    @GetMapping("/{id}")
    ResponseEntity<AppointmentView> get(@PathVariable UUID id, ClinicUser user) {
        Appointment appointment = appointments.find(id)
                .filter(found -> AppointmentAccess.canView(user, found))
                .orElseThrow(() -> ApiProblemException.notFound("Appointment", id));
        return withETag(names.named(user, appointment));
    }

    /** Appointments matching every given filter, narrowed to what the caller may see; {@code page} counts from 0. */
    @GetMapping
    AppointmentPage search(@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID therapistId,
            @RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) AppointmentStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            ClinicUser user, HttpServletRequest request) {
        Optional<Instant> start = Optional.ofNullable(from).map(OffsetDateTime::toInstant);
        Optional<Instant> end = Optional.ofNullable(to).map(OffsetDateTime::toInstant);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw ApiProblemException.invalidField("to", "must be after from");
        }
        AppointmentFilter requested = new AppointmentFilter(Optional.ofNullable(clientId), Optional.ofNullable(therapistId),
                Optional.ofNullable(locationId), Set.of(), start, end, Optional.ofNullable(status));
        AppointmentRepository.Found found = appointments.search(AppointmentAccess.narrow(user, requested), page, size);
        AuditedRecords.returned(request, "appointment", found.items().stream().map(Appointment::id).toList());
        return new AppointmentPage(names.named(user, found.items()), page, size, found.totalItems());
    }

    @PostMapping("/{id}/reschedule")
    ResponseEntity<AppointmentView> reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.reschedule(user, id, ifMatch, request));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<AppointmentView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.cancel(user, id, ifMatch, request));
    }

    @PutMapping("/{id}/intake-notes")
    ResponseEntity<AppointmentView> editIntakeNotes(@PathVariable UUID id, @Valid @RequestBody IntakeNotesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.editIntakeNotes(user, id, ifMatch, request));
    }

    @PostMapping("/{id}/check-in")
    ResponseEntity<AppointmentView> checkIn(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.checkIn(user, id, ifMatch));
    }

    @PostMapping("/{id}/fulfil")
    ResponseEntity<AppointmentView> fulfil(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.fulfil(user, id, ifMatch));
    }

    @PostMapping("/{id}/no-show")
    ResponseEntity<AppointmentView> noShow(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.noShow(user, id, ifMatch));
    }

    private static ResponseEntity<AppointmentView> withETag(AppointmentView appointment) {
        return ResponseEntity.ok().eTag(ETags.of(appointment.version())).body(appointment);
    }
}
