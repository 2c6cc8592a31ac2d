package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.noshow.NoShowRiskAssessment;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes appointments in the caller's transaction, each with what goes with it: the {@code appointment.*} event in the
 * outbox and, when a cancellation or reschedule gives time back, {@link SlotFreed} for the waitlist. A write the
 * therapist's no-double-booking constraint refuses is a {@link SlotTakenException}, one the room's a
 * {@link RoomTaken} refusal. Every new booking, whichever command makes it (a single booking, a course's sessions, an
 * accepted waitlist offer), is assessed for no-show risk here.
 */
@Component
public class AppointmentWriter {

    private final AppointmentRepository appointments;
    private final ClientRepository clients;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher events;
    private final CheckInDeadline checkInDeadline;
    private final NoShowRiskAssessment noShowRisk;

    AppointmentWriter(AppointmentRepository appointments, ClientRepository clients, OutboxWriter outbox,
            ApplicationEventPublisher events, CheckInDeadline checkInDeadline, NoShowRiskAssessment noShowRisk) {
        this.appointments = appointments;
        this.clients = clients;
        this.outbox = outbox;
        this.events = events;
        this.checkInDeadline = checkInDeadline;
        this.noShowRisk = noShowRisk;
    }

    /**
     * Inserts a new booking of {@code client}, with its no-show risk as of its creation, and its {@code appointment.booked}
     * event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AppointmentView booked(Appointment booking, Client client) {
        Appointment appointment = booking.assessed(noShowRisk.of(booking.clientId(), booking.locationId(), booking.startsAt(),
                booking.createdAt()));
        try {
            appointments.insert(appointment);
        } catch (DataIntegrityViolationException e) {
            throw refused(e, appointment);
        }
        outbox.append(AppointmentEvents.of(EventTypes.APPOINTMENT_BOOKED, appointment, client, null, null));
        return AppointmentView.of(appointment);
    }

    /** Writes {@code changed}, which {@code transition} made of {@code current}, with the transition's event. */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(Transition transition, Appointment current, Appointment changed) {
        update(changed, current.version());
        Client client = clientOf(changed);
        Instant previousStart = transition == Transition.RESCHEDULE ? current.startsAt() : null;
        Instant checkInClosesAt = transition == Transition.FULFIL ? checkInDeadline.checkInClosesAt(changed.endsAt()) : null;
        outbox.append(AppointmentEvents.of(transition.eventType(), changed, client, previousStart, checkInClosesAt));
        if (transition == Transition.CANCEL || transition == Transition.RESCHEDULE) {
            events.publishEvent(new SlotFreed(current.locationId(), current.treatmentId(), current.slot()));
        }
    }

    /** Writes the client's confirmation that they will come, with its {@code appointment.confirmed} event. */
    @Transactional(propagation = Propagation.MANDATORY)
    void confirmed(Appointment current, Appointment confirmed) {
        update(confirmed, current.version());
        outbox.append(AppointmentEvents.of(EventTypes.APPOINTMENT_CONFIRMED, confirmed, clientOf(confirmed), null, null));
    }

    /** Writes {@code changed} if the stored version is still {@code expectedVersion}; no event. */
    @Transactional(propagation = Propagation.MANDATORY)
    void update(Appointment changed, long expectedVersion) {
        boolean written;
        try {
            written = appointments.update(changed, expectedVersion);
        } catch (DataIntegrityViolationException e) {
            throw refused(e, changed);
        }
        if (!written) {
            // Cannot happen while the row is locked; kept so that no path can ever overwrite a newer version.
            throw new StaleVersionException();
        }
    }

    private Client clientOf(Appointment appointment) {
        return clients.find(appointment.clientId())
                .orElseThrow(() -> new IllegalStateException("Appointment " + appointment.id() + " refers to a missing client"));
    }

    private static RuntimeException refused(DataIntegrityViolationException e, Appointment appointment) {
        if (RoomTaken.isRoomConstraintViolation(e)) {
            return RoomTaken.refusedByDatabase(appointment.slot());
        }
        return SlotTakenException.isExclusionViolation(e) ? SlotTakenException.refusedByDatabase(appointment) : e;
    }
}
