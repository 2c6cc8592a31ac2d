package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.AppointmentAccess;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.GeoPoint;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts clients on the waitlist, at one location or across the locations near a place; who may do so for whom is as for
 * booking.
 */
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
        UUID clientId;
        WaitlistEntry entry;
        if (request.near() == null) {
            requireAtOneLocation(request);
            clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), request.locationId());
            entry = new WaitlistEntry(UUID.randomUUID(), clientId, request.locationId(), request.treatmentId(),
                    request.therapistId(), start, end, request.intakeNotes(), null);
        } else {
            Nearby nearby = nearby(request);
            clientId = clientFor(user, request.clientId(), nearby.locationId());
            entry = new WaitlistEntry(UUID.randomUUID(), clientId, null, request.treatmentId(), null, start, end,
                    request.intakeNotes(), nearby);
        }
        if (clients.find(clientId).isEmpty()) {
            throw new InvalidValueException("clientId", "no client with this id");
        }
        allowance.require(clientId, Holdings.waitlistEntry());
        waitlist.insert(entry);
        return WaitlistEntryView.of(entry, "WAITING");
    }

    private void requireAtOneLocation(JoinWaitlistRequest request) {
        if (request.specialty() != null) {
            throw new InvalidValueException("specialty", "only with near: at one location the treatment says what is wanted");
        }
        if (request.locationId() == null) {
            throw new InvalidValueException("locationId", "must not be null (or wait across nearby locations with near)");
        }
        if (request.treatmentId() == null) {
            throw new InvalidValueException("treatmentId", "must not be null (or wait across nearby locations with near)");
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
    }

    /** The area and specialty of a request to wait across nearby locations, each part checked against the directory. */
    private Nearby nearby(JoinWaitlistRequest request) {
        JoinWaitlistRequest.Near near = request.near();
        if (request.locationId() != null) {
            throw new InvalidValueException("locationId", "not with near: give the location as near.locationId");
        }
        if (request.therapistId() != null) {
            throw new InvalidValueException("therapistId", "not with near: any therapist with the specialty is offered");
        }
        if (request.specialty() == null) {
            throw new InvalidValueException("specialty", "must not be null when waiting across nearby locations");
        }
        if (!directory.anyTherapistHas(request.specialty())) {
            throw new InvalidValueException("specialty", "no therapist has this specialty");
        }
        if (request.treatmentId() != null) {
            directory.findTreatment(request.treatmentId()).filter(Treatment::active)
                    .orElseThrow(() -> new InvalidValueException("treatmentId", "no bookable treatment with this id"));
            if (!directory.requiredSpecialtyOf(request.treatmentId()).filter(request.specialty()::equals).isPresent()) {
                throw new InvalidValueException("treatmentId", "does not require the specialty");
            }
        }
        return new Nearby(request.specialty(), near.locationId(), centreOf(near), near.radiusKm());
    }

    private GeoPoint centreOf(JoinWaitlistRequest.Near near) {
        boolean coordinates = near.latitude() != null || near.longitude() != null;
        if (near.locationId() != null) {
            if (coordinates) {
                throw new InvalidValueException("near", "give either locationId or latitude and longitude, not both");
            }
            directory.findLocation(near.locationId()).filter(Location::active)
                    .orElseThrow(() -> new InvalidValueException("near.locationId", "no bookable location with this id"));
            return directory.coordinatesOf(near.locationId())
                    .orElseThrow(() -> new InvalidValueException("near.locationId", "the location's coordinates are not known"));
        }
        if (near.latitude() == null) {
            throw new InvalidValueException(coordinates ? "near.latitude" : "near",
                    coordinates ? "must not be null with longitude" : "give either locationId or latitude and longitude");
        }
        if (near.longitude() == null) {
            throw new InvalidValueException("near.longitude", "must not be null with latitude");
        }
        return new GeoPoint(near.latitude(), near.longitude());
    }

    /**
     * As for booking; front desk may put clients on the waitlist only around a location they work at, since a client's
     * own coordinates say nothing about which desk serves them.
     */
    private static UUID clientFor(ClinicUser user, UUID requestedClientId, UUID nearLocationId) {
        if (nearLocationId == null && user.hasRole(Role.FRONT_DESK) && !user.hasRole(Role.CLINIC_ADMIN)) {
            throw new NotPermittedException("Front desk staff put clients on the waitlist around the locations they work at.");
        }
        return AppointmentAccess.clientToBookFor(user, requestedClientId, nearLocationId);
    }
}
