package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.noshow.NoShowRisk;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An appointment and the rules for changing it. Every change returns the next state with the version
 * bumped; whether the change is allowed from the current status is {@link Transition}'s decision.
 *
 * @param seriesId           the course it was booked in, or null
 * @param roomId             the room the session is booked into; null when its treatment needs none
 * @param cancellationReason set once cancelled: why, as the canceller gave it
 * @param lateCancellation   set once cancelled: inside the location's late-cancellation window
 * @param noShowRisk         whether the booking is at risk of a no-show, why, and whether the client confirmed; assessed
 *                           when it is booked ({@link AppointmentWriter#booked}) and again when it is rescheduled
 */
public record Appointment(
        UUID id,
        UUID clientId,
        UUID therapistId,
        UUID locationId,
        UUID treatmentId,
        Instant startsAt,
        Instant endsAt,
        Instant blockedUntil,
        AppointmentStatus status,
        String intakeNotes,
        long version,
        Instant createdAt,
        UUID seriesId,
        String cancellationReason,
        Boolean lateCancellation,
        UUID roomId,
        NoShowRisk noShowRisk) {

    /**
     * A new booking, created at {@code now} to the microsecond: timestamptz keeps no more, and the answer to a booking
     * must match what a later read returns.
     */
    public static Appointment booked(UUID id, UUID clientId, UUID locationId, UUID treatmentId, Slot slot, UUID roomId,
            String intakeNotes, UUID seriesId, Instant now) {
        return new Appointment(id, clientId, slot.therapistId(), locationId, treatmentId, slot.startsAt(), slot.endsAt(),
                slot.blockedUntil(), AppointmentStatus.BOOKED, intakeNotes, 1, now.truncatedTo(ChronoUnit.MICROS), seriesId,
                null, null, roomId, NoShowRisk.NONE);
    }

    Slot slot() {
        return new Slot(therapistId, startsAt, endsAt, blockedUntil);
    }

    /**
     * @param roomId the room at the new time; null when the treatment needs none
     * @param risk   the risk of the booking at its new time: a confirmation given for the old time does not carry over
     */
    Appointment rescheduledTo(Slot slot, UUID roomId, NoShowRisk risk) {
        return new Appointment(id, clientId, slot.therapistId(), locationId, treatmentId, slot.startsAt(), slot.endsAt(),
                slot.blockedUntil(), Transition.RESCHEDULE.apply(status), intakeNotes, version + 1, createdAt, seriesId,
                null, null, roomId, risk);
    }

    Appointment cancelled(String reason, boolean late) {
        return new Appointment(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, blockedUntil,
                Transition.CANCEL.apply(status), intakeNotes, version + 1, createdAt, seriesId, reason, late, roomId,
                noShowRisk);
    }

    Appointment withIntakeNotes(String notes) {
        return new Appointment(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, blockedUntil, status,
                notes, version + 1, createdAt, seriesId, cancellationReason, lateCancellation, roomId, noShowRisk);
    }

    /** Check-in, fulfilment and no-show change nothing but the status. */
    Appointment after(Transition transition) {
        return new Appointment(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, blockedUntil,
                transition.apply(status), intakeNotes, version + 1, createdAt, seriesId, cancellationReason,
                lateCancellation, roomId, noShowRisk);
    }

    /** The new booking with its assessed risk; it is still being written, so its version stays. */
    Appointment assessed(NoShowRisk risk) {
        return new Appointment(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, blockedUntil, status,
                intakeNotes, version, createdAt, seriesId, cancellationReason, lateCancellation, roomId, risk);
    }

    /** The client confirmed they will come; changes nothing else. */
    Appointment confirmed() {
        return new Appointment(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, blockedUntil, status,
                intakeNotes, version + 1, createdAt, seriesId, cancellationReason, lateCancellation, roomId,
                noShowRisk.confirmed());
    }
}
