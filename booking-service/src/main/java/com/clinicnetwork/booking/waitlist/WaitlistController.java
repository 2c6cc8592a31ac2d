package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
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
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/waitlist")
@Tag(name = "Waitlist", description = "Waiting for a time that is taken: a freed slot is offered and held for the first waiting client, who accepts or declines it.")
class WaitlistController {

    private final JoinWaitlist joining;
    private final LeaveWaitlist leaving;
    private final WaitlistReads entries;
    private final AcceptWaitlistOffer accepting;
    private final DeclineWaitlistOffer declining;
    private final IdempotentRequests idempotency;

    WaitlistController(JoinWaitlist joining, LeaveWaitlist leaving, WaitlistReads entries, AcceptWaitlistOffer accepting,
            DeclineWaitlistOffer declining, IdempotentRequests idempotency) {
        this.joining = joining;
        this.leaving = leaving;
        this.entries = entries;
        this.accepting = accepting;
        this.declining = declining;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "joinWaitlist", summary = "Wait for a slot in a window")
    @ApiResponse(responseCode = "201", description = "Waiting, with `Location`.")
    @ApiResponse(responseCode = "409", description = "`client-limit-reached` (`limit`, `maximum`) or `client-erased`.")
    ResponseEntity<WaitlistEntryView> join(@Valid @RequestBody JoinWaitlistRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        WaitlistEntryView entry = idempotency.once(idempotencyKey, user.subject(), request, WaitlistEntryView.class,
                () -> joining.join(user, request));
        return ResponseEntity.created(URI.create("/api/v1/waitlist/" + entry.id())).body(entry);
    }

    /**
     * A client's entries with their offers, newest first (the client, front desk at its locations, clinic admins);
     * every returned entry is audited.
     */
    @GetMapping
    @Operation(operationId = "listWaitlistEntries", summary = "List a client's waitlist entries with their offers, newest first")
    PageOf<WaitlistEntryView> entries(@RequestParam UUID clientId, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, ClinicUser user, HttpServletRequest request) {
        PageOf<WaitlistEntryView> found = entries.entriesOf(user, clientId, page, size);
        AuditedRecords.returned(request, "waitlist-entry", found.items().stream().map(WaitlistEntryView::id).toList());
        return found;
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWaitlistEntry", summary = "Read a waitlist entry with its current (or last) offer")
    WaitlistEntryView entry(@PathVariable UUID id, ClinicUser user) {
        return entries.view(user, id);
    }

    /** Leaves the waitlist: 200 with the entry, now LEFT; an offer it held goes to the next waiting client. */
    @DeleteMapping("/{id}")
    @Operation(operationId = "leaveWaitlist", summary = "Leave the waitlist")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: the entry was booked; cancel the appointment instead.")
    WaitlistEntryView leave(@PathVariable UUID id, ClinicUser user) {
        return leaving.leave(user, id);
    }

    /**
     * Books the held slot for the client; 201 with the new appointment. A repeat with the same {@code Idempotency-Key}
     * gets that answer again instead of a 409 for an offer already accepted.
     */
    @PostMapping("/offers/{id}/accept")
    @Operation(operationId = "acceptWaitlistOffer", summary = "Accept an offer: book the held slot")
    @ApiResponse(responseCode = "201", description = "Booked: the new appointment, with `Location` and `ETag`.")
    @ApiResponse(responseCode = "409", description = "`offer-expired`, `illegal-transition` (already answered, `currentStatus`), `slot-taken`, `room-taken`, `client-limit-reached` or `client-erased`.")
    @ApiResponse(responseCode = "422", description = "The booking rules refuse the time (`outside-working-hours`, `therapist-unavailable`, `outside-booking-window`, with `errors` naming `startsAt`).")
    ResponseEntity<AppointmentView> accept(@PathVariable UUID id,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user,
            HttpServletRequest request) {
        AppointmentView appointment = idempotency.once(idempotencyKey, user.subject(), null, AppointmentView.class,
                () -> accepting.accept(user, id));
        AuditedRecords.returned(request, "appointment", List.of(appointment.id()));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.id()))
                .eTag(ETags.of(appointment.version()))
                .body(appointment);
    }

    /** Releases the slot to the next waiting client. */
    @PostMapping("/offers/{id}/decline")
    @Operation(operationId = "declineWaitlistOffer", summary = "Decline an offer: the slot goes to the next waiting client")
    @ApiResponse(responseCode = "204", description = "Declined.")
    @ApiResponse(responseCode = "409", description = "`illegal-transition`: already answered or expired (`currentStatus`).")
    ResponseEntity<Void> decline(@PathVariable UUID id, ClinicUser user) {
        declining.decline(user, id);
        return ResponseEntity.noContent().build();
    }
}
