package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.booking.noshow.Confirmation;
import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Appointments", description = "Single appointments: book, read, find, reschedule, cancel, confirm (when at risk of a no-show), and the visit itself (check-in, fulfil, no-show). Changes take `If-Match`.")
@Validated
class AppointmentController {

    private final BookAppointment booking;
    private final RescheduleAppointment rescheduling;
    private final AppointmentChanges changes;
    private final ConfirmAppointment confirming;
    private final AppointmentRepository appointments;
    private final AppointmentNames names;
    private final IdempotentRequests idempotency;

    AppointmentController(BookAppointment booking, RescheduleAppointment rescheduling, AppointmentChanges changes,
            ConfirmAppointment confirming, AppointmentRepository appointments, AppointmentNames names,
            IdempotentRequests idempotency) {
        this.booking = booking;
        this.rescheduling = rescheduling;
        this.changes = changes;
        this.confirming = confirming;
        this.appointments = appointments;
        this.names = names;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "bookAppointment", summary = "Book an appointment",
            description = "A client books for themselves (`clientId` may be left out); front desk for clients at its locations; admins for anyone. The time must be one a search of free slots could offer.")
    @ApiResponse(responseCode = "201", description = "Booked, with `Location` and `ETag`.")
    @ApiResponse(responseCode = "409", description = "`slot-taken`: the therapist is booked then (`requestedSlot`, `conflictingSlot`); `room-taken`: no room of the kind the treatment needs is free then (`requestedSlot`, `roomKind`); `client-limit-reached`: the client holds as much as allowed (`limit`, `maximum`); `client-erased`: the client's data was erased.")
    @ApiResponse(responseCode = "422", description = "The booking rules refuse the time (`outside-working-hours`, `therapist-unavailable`, `outside-booking-window`, with `errors` naming `startsAt`).")
    ResponseEntity<AppointmentView> book(@Valid @RequestBody BookAppointmentRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        AppointmentView appointment = idempotency.once(idempotencyKey, user.subject(), request, AppointmentView.class,
                () -> booking.book(user, request));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.id()))
                .eTag(ETags.of(appointment.version()))
                .body(appointment);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAppointment", summary = "Read an appointment", description = "With its `ETag` (the version) for a following change.")
    ResponseEntity<AppointmentView> get(@PathVariable UUID id, ClinicUser user) {
        Appointment appointment = appointments.find(id)
                .filter(found -> AppointmentAccess.canView(user, found))
                .orElseThrow(() -> new NotFoundException("Appointment", id));
        return withETag(names.named(user, appointment));
    }

    /** Appointments matching every given filter, narrowed to what the caller may see; {@code page} counts from 0. */
    @GetMapping
    @Operation(operationId = "listAppointments", summary = "Find appointments",
            description = "Appointments matching every given filter, narrowed to those the caller may see (left out, not refused), earliest first. `to` must be after `from`. `status=BOOKED&confirmation=REQUESTED` finds the bookings still to come that were flagged at risk of a no-show and whose clients have not confirmed (a cancelled or missed booking keeps its flag and its confirmation state).")
    PageOf<AppointmentView> search(@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID therapistId,
            @RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) AppointmentStatus status,
            @RequestParam(required = false) Confirmation confirmation,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            ClinicUser user, HttpServletRequest request) {
        Optional<Instant> start = Optional.ofNullable(from).map(OffsetDateTime::toInstant);
        Optional<Instant> end = Optional.ofNullable(to).map(OffsetDateTime::toInstant);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw ApiProblemException.invalidField("to", "must be after from");
        }
        AppointmentFilter requested = new AppointmentFilter(Optional.ofNullable(clientId), Optional.ofNullable(therapistId),
                Optional.ofNullable(locationId), Set.of(), start, end, Optional.ofNullable(status),
                Optional.ofNullable(confirmation));
        AppointmentRepository.Found found = appointments.search(AppointmentAccess.narrow(user, requested), page, size);
        AuditedRecords.returned(request, "appointment", found.items().stream().map(Appointment::id).toList());
        return PageOf.of(names.named(user, found.items()), page, size, found.totalItems());
    }

    @PostMapping("/{id}/reschedule")
    @Operation(operationId = "rescheduleAppointment", summary = "Move an appointment to another time (or therapist at the same location)")
    @ApiResponse(responseCode = "409", description = "`slot-taken`, `room-taken`, or `illegal-transition` when the appointment is no longer booked (`currentStatus`).")
    @ApiResponse(responseCode = "422", description = "The booking rules refuse the time (`outside-working-hours`, `therapist-unavailable`, `outside-booking-window`, with `errors` naming `startsAt`).")
    ResponseEntity<AppointmentView> reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(rescheduling.reschedule(user, id, ETags.expectedVersion(ifMatch), request));
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment",
            description = "Inside the location's late-cancellation window the answer has `lateCancellation` true.")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: the appointment is not booked any more (`currentStatus`).")
    ResponseEntity<AppointmentView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.cancel(user, id, ETags.expectedVersion(ifMatch), request));
    }

    @PostMapping("/{id}/confirm")
    @Operation(operationId = "confirmAppointment", summary = "Confirm the client will come (the client, or the front desk recording a call)",
            description = "For a booking flagged at risk of a no-show (`noShowRisk.confirmation` `REQUESTED`): ends the requests to confirm. Confirming again answers the appointment as it is.")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: the appointment is not booked any more (`currentStatus`); `confirmation-not-requested`: it was not flagged at risk.")
    ResponseEntity<AppointmentView> confirm(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(confirming.confirm(user, id, ETags.expectedVersion(ifMatch)));
    }

    @PutMapping("/{id}/intake-notes")
    @Operation(operationId = "editIntakeNotes", summary = "Correct the intake notes (the client, while booked and not started)")
    @ApiResponse(responseCode = "409", description = "`intake-notes-closed`: the appointment is not booked or has started (`currentStatus`).")
    ResponseEntity<AppointmentView> editIntakeNotes(@PathVariable UUID id, @Valid @RequestBody IntakeNotesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.editIntakeNotes(user, id, ETags.expectedVersion(ifMatch), request));
    }

    @PostMapping("/{id}/check-in")
    @Operation(operationId = "checkInAppointment", summary = "Check the client in (therapist, front desk, admin)")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: not possible in the appointment's status (`currentStatus`, `transition`); `check-in-too-early`: check-in opens 30 minutes before the start (`notBefore`); `check-in-too-late`: the session has ended (`closedAt`).")
    ResponseEntity<AppointmentView> checkIn(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.checkIn(user, id, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/fulfil")
    @Operation(operationId = "fulfilAppointment", summary = "Record that the session took place")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: the client is not checked in (`currentStatus`, `transition`); `session-not-started`: the session starts at `notBefore`.")
    ResponseEntity<AppointmentView> fulfil(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.fulfil(user, id, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/no-show")
    @Operation(operationId = "recordNoShow", summary = "Record that the client did not come")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: not booked (`currentStatus`); `session-not-started`: the session starts at `notBefore`.")
    ResponseEntity<AppointmentView> noShow(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, ClinicUser user) {
        return withETag(changes.noShow(user, id, ETags.expectedVersion(ifMatch)));
    }

    private static ResponseEntity<AppointmentView> withETag(AppointmentView appointment) {
        return ResponseEntity.ok().eTag(ETags.of(appointment.version())).body(appointment);
    }
}
