package com.clinicnetwork.notification.appointment;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.messaging.inbox.ProcessedEvents;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import com.clinicnetwork.notification.history.MessageRequest;
import com.clinicnetwork.notification.history.Messages;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.notification.privacy.ClientPrivacy;
import com.clinicnetwork.notification.reminder.ReminderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each appointment event means for messages and reminders. Each event is applied in one transaction
 * with its processed-event record, so a redelivered event changes nothing; an event of a version older than
 * (or equal to) the latest one seen for the appointment is recorded and otherwise ignored.
 */
@Service
class AppointmentMessages {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMessages.class);

    private final ProcessedEvents processedEvents;
    private final AppointmentStateRepository states;
    private final ReminderRepository reminders;
    private final Messages messages;
    private final ClientPrivacy privacy;
    private final Clock clock;

    AppointmentMessages(ProcessedEvents processedEvents, AppointmentStateRepository states, ReminderRepository reminders, Messages messages,
            ClientPrivacy privacy, Clock clock) {
        this.processedEvents = processedEvents;
        this.privacy = privacy;
        this.states = states;
        this.reminders = reminders;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return whether a new delivery is waiting for the dispatcher */
    @Transactional
    public boolean onAppointmentEvent(String consumer, ReceivedEvent<AppointmentEvent> event) {
        if (!processedEvents.firstDelivery(consumer, event.id())) {
            return false;
        }
        AppointmentEvent appointment = privacy.withoutErasedContact(event.payload());
        if (!states.advance(appointment)) {
            log.debug("Event {} carries version {} of appointment {}, not newer than the one seen; ignored", event.id(),
                    appointment.version(), appointment.appointmentId());
            return false;
        }
        return switch (event.type()) {
            case EventTypes.APPOINTMENT_BOOKED -> {
                reminders.schedule(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
                yield messages.issue(message(MessageType.CONFIRMATION, appointment));
            }
            case EventTypes.APPOINTMENT_RESCHEDULED -> {
                reminders.schedule(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
                yield messages.issue(message(MessageType.RESCHEDULE, appointment));
            }
            case EventTypes.APPOINTMENT_CANCELLED -> {
                reminders.cancel(appointment.appointmentId());
                yield messages.issue(message(MessageType.CANCELLATION, appointment));
            }
            case EventTypes.APPOINTMENT_NO_SHOW -> {
                reminders.cancel(appointment.appointmentId());
                yield messages.issue(message(MessageType.NO_SHOW, appointment));
            }
            case EventTypes.APPOINTMENT_FULFILLED -> {
                reminders.cancel(appointment.appointmentId());
                yield messages.issue(message(MessageType.AFTERCARE, appointment));
            }
            default -> {
                // Checked in: the client is here, so reminders still to come would only confuse.
                reminders.cancel(appointment.appointmentId());
                yield false;
            }
        };
    }

    /** An offer whose hold has already run out is not worth a message: the slot has gone to the next person. */
    @Transactional
    public boolean onOfferMade(String consumer, ReceivedEvent<WaitlistOfferMade> event) {
        if (!processedEvents.firstDelivery(consumer, event.id())) {
            return false;
        }
        WaitlistOfferMade offer = event.payload();
        if (!offer.holdUntil().toInstant().isAfter(clock.instant())) {
            log.info("Waitlist offer {} expired before it could be announced; no message", offer.offerId());
            return false;
        }
        return messages.issue(new MessageRequest(MessageType.WAITLIST_OFFER, "offer:" + offer.offerId(), null, null,
                offer.offerId(), offer.clientId(), offer.locationId(), offer.therapistId(), offer.treatmentId(),
                offer.startsAt().toInstant(), offer.endsAt().toInstant(), null, offer.holdUntil().toInstant(), null, false,
                offer.client().email(), offer.client().firstName(), offer.client().locale(), offer.holdUntil().toInstant()));
    }

    private static MessageRequest message(MessageType type, AppointmentEvent appointment) {
        return new MessageRequest(type,
                appointment.appointmentId() + ":" + appointment.version() + ":" + type.template(),
                appointment.appointmentId(), appointment.version(), null, appointment.clientId(), appointment.locationId(),
                appointment.therapistId(), appointment.treatmentId(), appointment.startsAt().toInstant(),
                appointment.endsAt().toInstant(), instant(appointment.previousStartsAt()), null,
                instant(appointment.checkInClosesAt()), Boolean.TRUE.equals(appointment.lateCancellation()), appointment.client().email(), appointment.client().firstName(),
                appointment.client().locale(), null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
