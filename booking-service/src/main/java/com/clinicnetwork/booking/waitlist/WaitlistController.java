package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/waitlist")
class WaitlistController {

    private final WaitlistEntries entries;
    private final WaitlistOffers offers;

    WaitlistController(WaitlistEntries entries, WaitlistOffers offers) {
        this.entries = entries;
        this.offers = offers;
    }

    @PostMapping
    ResponseEntity<WaitlistEntryView> join(@Valid @RequestBody JoinWaitlistRequest request, ClinicUser user) {
        WaitlistEntryView entry = entries.join(user, request);
        return ResponseEntity.created(URI.create("/api/v1/waitlist/" + entry.id())).body(entry);
    }

    /**
     * A client's entries with their offers, newest first (the client, front desk at its locations, clinic admins);
     * every returned entry is audited.
     */
    @GetMapping
    WaitlistPage entries(@RequestParam UUID clientId, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, ClinicUser user, HttpServletRequest request) {
        WaitlistPage found = entries.entriesOf(user, clientId, page, size);
        AuditedRecords.returned(request, "waitlist-entry", found.items().stream().map(WaitlistEntryView::id).toList());
        return found;
    }

    @GetMapping("/{id}")
    WaitlistEntryView entry(@PathVariable UUID id, ClinicUser user) {
        return entries.view(user, id);
    }

    /** Leaves the waitlist: 200 with the entry, now LEFT; an offer it held goes to the next waiting client. */
    @DeleteMapping("/{id}")
    WaitlistEntryView leave(@PathVariable UUID id, ClinicUser user) {
        return entries.leave(user, id);
    }

    /** Books the held slot for the client; 201 with the new appointment. */
    @PostMapping("/offers/{id}/accept")
    ResponseEntity<AppointmentView> accept(@PathVariable UUID id, ClinicUser user, HttpServletRequest request) {
        AppointmentView appointment = offers.accept(user, id);
        AuditedRecords.returned(request, "appointment", List.of(appointment.id()));
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.id()))
                .eTag(ETags.of(appointment.version()))
                .body(appointment);
    }

    /** Releases the slot to the next waiting client. */
    @PostMapping("/offers/{id}/decline")
    ResponseEntity<Void> decline(@PathVariable UUID id, ClinicUser user) {
        offers.decline(user, id);
        return ResponseEntity.noContent().build();
    }
}
