package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.AvailabilityService;
import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.booking.policy.BookingPolicies;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books appointments: the rows and their {@code appointment.booked} outbox events commit together (with the caller's
 * idempotency record, when the web layer has one) or not at all. Every booking takes the therapist's calendar lock and
 * checks appointments and held waitlist offers under it; the exclusion constraint stays the last line of defence.
 */
@Service
public class AppointmentBooking {

    private final DirectoryRepository directory;
    private final ClientRepository clients;
    private final AppointmentRepository appointments;
    private final TherapistCalendar calendar;
    private final BookingPolicies policies;
    private final AvailabilityService availability;
    private final OutboxWriter outbox;
    private final ClientAllowance allowance;
    private final Clock clock;

    AppointmentBooking(DirectoryRepository directory, ClientRepository clients, AppointmentRepository appointments,
            TherapistCalendar calendar, BookingPolicies policies, AvailabilityService availability, OutboxWriter outbox,
            ClientAllowance allowance, Clock clock) {
        this.directory = directory;
        this.clients = clients;
        this.appointments = appointments;
        this.calendar = calendar;
        this.policies = policies;
        this.availability = availability;
        this.outbox = outbox;
        this.allowance = allowance;
        this.clock = clock;
    }

    /**
     * Books one appointment in a transaction of its own or the caller's.
     *
     * @throws SlotTakenException if the therapist is booked then; the transaction rolls back, and what the slot
     *                            collides with is for the caller to read after that (a failed insert aborts it)
     */
    @Transactional
    public AppointmentView book(ClinicUser user, BookAppointmentRequest request) {
        Client client = clientFor(user, request.clientId(), request.locationId());
        allowance.require(client.id(), Holdings.appointments(1));
        Slot slot = ruledSlot(request.locationId(), request.treatmentId(), request.therapistId(), request.startsAt().toInstant());
        calendar.lock(Set.of(slot.therapistId()));
        if (calendar.conflicting(slot).isPresent()) {
            throw new SlotTakenException(slot);
        }
        return AppointmentView.of(insertBooked(Appointment.booked(UUID.randomUUID(), client.id(), request.locationId(),
                request.treatmentId(), slot, request.intakeNotes(), null, now()), client));
    }

    /**
     * Books every session of a course in the caller's transaction, or none: if any start is ruled out or
     * taken, nothing is written and the exception lists each such start with the reason.
     *
     * @throws CourseUnavailableException listing the starts that cannot be booked
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AppointmentView> bookCourse(ClinicUser user, Course course) {
        Client client = clientFor(user, course.clientId(), course.locationId());
        allowance.require(client.id(), Holdings.course(course.starts().size()));
        calendar.lock(Set.of(course.therapistId()));
        List<Slot> slots = new ArrayList<>();
        List<CourseUnavailableException.Occurrence> unavailable = new ArrayList<>();
        for (Instant start : course.starts()) {
            try {
                Slot slot = ruledSlot(course.locationId(), course.treatmentId(), course.therapistId(), start);
                Optional<Slot> taken = calendar.conflicting(slot)
                        .or(() -> slots.stream().filter(other -> overlaps(other, slot)).findFirst());
                if (taken.isPresent()) {
                    unavailable.add(new CourseUnavailableException.Occurrence(start, "slot-taken",
                            "The therapist is already booked then."));
                } else {
                    slots.add(slot);
                }
            } catch (ApiProblemException e) {
                unavailable.add(new CourseUnavailableException.Occurrence(start, "not-bookable", e.getMessage()));
            }
        }
        if (!unavailable.isEmpty()) {
            throw new CourseUnavailableException(course, unavailable);
        }
        Instant now = now();
        return slots.stream()
                .map(slot -> insertBooked(Appointment.booked(UUID.randomUUID(), client.id(), course.locationId(),
                        course.treatmentId(), slot, course.intakeNotes(), course.seriesId(), now), client))
                .map(AppointmentView::of)
                .toList();
    }

    /**
     * Books a slot that a waitlist offer held for this client, in the caller's transaction, which has already
     * released the hold and recorded {@code appointmentId} on the offer. The directory may have changed during
     * the hold (time off, changed hours, a deactivated therapist), so the slot is judged again, except for the
     * booking window, which the offer already honoured.
     *
     * @throws ApiProblemException 409 if the slot has been taken after all; 400 or 422 as a booking if the
     *                             directory no longer allows it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AppointmentView bookHeldSlot(UUID appointmentId, UUID clientId, UUID locationId, UUID treatmentId, Slot held) {
        Client client = clients.find(clientId).orElseThrow(() -> new IllegalStateException("Waitlisted client is gone"));
        allowance.require(clientId, Holdings.appointments(1));
        Slot slot = ruled(() -> BookingRules.heldSlotFor(locationId, directory.findLocation(locationId), treatmentId,
                directory.findTreatment(treatmentId), held.therapistId(), directory.findTherapist(held.therapistId()),
                held.startsAt(), clock.instant(), availability::scheduleAround));
        calendar.lock(Set.of(slot.therapistId()));
        Optional<Slot> conflicting = calendar.conflicting(slot);
        if (conflicting.isPresent()) {
            throw new SlotTakenException(slot).toProblem(conflicting);
        }
        try {
            return AppointmentView.of(insertBooked(Appointment.booked(appointmentId, clientId, locationId, treatmentId, slot,
                    null, null, now()), client));
        } catch (SlotTakenException e) {
            throw e.toProblem(Optional.empty());
        }
    }

    private Appointment insertBooked(Appointment appointment, Client client) {
        try {
            appointments.insert(appointment);
        } catch (DataIntegrityViolationException e) {
            if (SlotTakenException.isExclusionViolation(e)) {
                throw new SlotTakenException(appointment.slot());
            }
            throw e;
        }
        outbox.append(AppointmentEvents.of(EventTypes.APPOINTMENT_BOOKED, appointment, client, null, null));
        return appointment;
    }

    private Client clientFor(ClinicUser user, UUID requestedClientId, UUID locationId) {
        UUID clientId = AppointmentAccess.clientToBookFor(user, requestedClientId, locationId);
        return clients.find(clientId).orElseThrow(() -> ApiProblemException.invalidField("clientId", "no client with this id"));
    }

    /**
     * The slot a booking at {@code startsAt} would take, if the directory, the therapist's schedule (as
     * availability computes it) and the location's policy allow it. Every path that takes a therapist's time
     * (booking, reschedule, series, waitlist offers) comes through here.
     */
    public Slot ruledSlot(UUID locationId, UUID treatmentId, UUID therapistId, Instant startsAt) {
        return ruled(() -> BookingRules.slotFor(locationId, directory.findLocation(locationId), treatmentId,
                directory.findTreatment(treatmentId), therapistId, directory.findTherapist(therapistId), startsAt,
                policies.policyAt(locationId), clock.instant(), availability::scheduleAround));
    }

    /** Turns a rejection by the booking rules into the problem the API answers with. */
    private static Slot ruled(Supplier<Slot> rules) {
        try {
            return rules.get();
        } catch (BookingRejectedException e) {
            throw switch (e.reason()) {
                case OUTSIDE_WORKING_HOURS -> unprocessable("outside-working-hours", "Outside working hours", e);
                case THERAPIST_UNAVAILABLE -> unprocessable("therapist-unavailable", "Therapist unavailable", e);
                case OUTSIDE_BOOKING_WINDOW -> unprocessable("outside-booking-window", "Outside the booking window", e);
                case NOT_BOOKABLE, NOT_OFFERED, IN_THE_PAST -> ApiProblemException.invalidField(e.field(), e.getMessage());
            };
        }
    }

    private static ApiProblemException unprocessable(String slug, String title, BookingRejectedException e) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, e.getMessage())
                .with("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    /** timestamptz keeps microseconds; a creation response must match what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean overlaps(Slot a, Slot b) {
        return a.startsAt().isBefore(b.blockedUntil()) && b.startsAt().isBefore(a.blockedUntil());
    }
}
