package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code appointment.*} events: the state after the change, what notifications need to reach the
 * client, the course a session belongs to, and deliberately never the intake notes. Keyed by appointment id, so one
 * appointment's events stay in order on one partition. {@code confirmationRequested} says whether the booking is at risk
 * of a no-show, so its client is asked to confirm; on {@code appointment.confirmed} it stays true.
 */
final class AppointmentEvents {

    private AppointmentEvents() {
    }

    /**
     * @param previousStartsAt on a reschedule: the start before it; otherwise null
     * @param checkInClosesAt  on a fulfilment: until when the aftercare check-in can be answered; otherwise null
     */
    static OutgoingEvent of(String type, Appointment appointment, Client client, Instant previousStartsAt,
            Instant checkInClosesAt) {
        AppointmentEvent payload = new AppointmentEvent(appointment.id(), appointment.version(), appointment.status().name(),
                appointment.clientId(), appointment.therapistId(), appointment.locationId(), appointment.treatmentId(),
                utc(appointment.startsAt()), utc(appointment.endsAt()), client.contact(),
                previousStartsAt == null ? null : utc(previousStartsAt), appointment.cancellationReason(),
                // false rather than absent on every other event, as in the contract's examples
                Boolean.TRUE.equals(appointment.lateCancellation()),
                checkInClosesAt == null ? null : utc(checkInClosesAt),
                // the course, so a session's booking is confirmed once with the whole course (course.booked)
                appointment.seriesId(), appointment.roomId(), appointment.noShowRisk().atRisk());
        return OutgoingEvent.about(Topics.APPOINTMENTS, type, appointment.id(), payload);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
