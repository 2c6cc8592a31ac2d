package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.AppointmentAccess;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts clients on the waitlist; who may do so for whom is as for booking. */
@Service
class JoinWaitlist {

    /** A wait longer than this is better served by booking ahead. */
    static final Duration MAX_WINDOW = Duration.ofDays(90);

    private final WaitlistRepository waitlist;
    private final DirectoryRepository directory;
    private final ClientRepository clients;
    private final ClientAllowance allowance;
    private final Clock clock;

    JoinWaitlist(WaitlistRepository waitlist, DirectoryRepository directory, ClientRepository clients,
            ClientAllowance allowance, Clock clock) {
        this.waitlist = waitlist;
        this.directory = directory;
        this.clients = clients;
        this.allowance = allowance;
        this.clock = clock;
    }

    @Transactional
    WaitlistEntryView join(ClinicUser user, JoinWaitlistRequest request) {
        Instant start = request.windowStart().toInstant();
        Instant end = request.windowEnd().toInstant();
        if (!start.isBefore(end)) {
            throw new InvalidValueException("windowEnd", "must be after windowStart");
        }
        if (!end.isAfter(clock.instant())) {
            throw new InvalidValueException("windowEnd", "must be in the future");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw new InvalidValueException("windowEnd", "must be at most " + MAX_WINDOW.toDays() + " days after windowStart");
        }
        directory.findLocation(request.locationId()).filter(Location::active)
                .orElseThrow(() -> new InvalidValueException("locationId", "no bookable location with this id"));
        directory.findTreatment(request.treatmentId()).filter(Treatment::active)
                .orElseThrow(() -> new InvalidValueException("treatmentId", "no bookable treatment with this id"));
        if (request.therapistId() != null) {
            directory.findTherapist(request.therapistId())
                    .filter(t -> t.active() && t.worksAt(request.locationId()) && t.offers(request.treatmentId()))
                    .orElseThrow(() -> new InvalidValueException("therapistId",
                            "no active therapist with this id offers the treatment at the location"));
        }
        UUID clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), request.locationId());
        if (clients.find(clientId).isEmpty()) {
            throw new InvalidValueException("clientId", "no client with this id");
        }
        allowance.require(clientId, Holdings.waitlistEntry());
        WaitlistEntry entry = new WaitlistEntry(UUID.randomUUID(), clientId, request.locationId(), request.treatmentId(),
                request.therapistId(), start, end);
        waitlist.insert(entry);
        return WaitlistEntryView.of(entry, "WAITING");
    }
}
