package com.clinicnetwork.notification.booking;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.ClientContact;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.messaging.inbox.ProcessedEvents;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import com.clinicnetwork.notification.appointment.AppointmentStateRepository;
import com.clinicnetwork.notification.message.Addressee;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.BookingConfirmation;
import com.clinicnetwork.notification.message.CancellationNotice;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.NoShowFollowUp;
import com.clinicnetwork.notification.message.RescheduleNotice;
import com.clinicnetwork.notification.message.SessionAftercare;
import com.clinicnetwork.notification.message.Visit;
import com.clinicnetwork.notification.message.WaitlistOffer;
import com.clinicnetwork.notification.privacy.ClientPrivacy;
import com.clinicnetwork.notification.reminder.ReminderRepository;
import com.clinicnetwork.notification.routing.MessageRouter;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
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
    private final MessageRouter router;
    private final ClientPrivacy privacy;
    private final Clock clock;

    AppointmentMessages(ProcessedEvents processedEvents, AppointmentStateRepository states, ReminderRepository reminders, MessageRouter router,
            ClientPrivacy privacy, Clock clock) {
        this.processedEvents = processedEvents;
        this.privacy = privacy;
        this.states = states;
        this.reminders = reminders;
        this.router = router;
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
        AppointmentVersion version = new AppointmentVersion(appointment.appointmentId(), appointment.version());
        Visit visit = new Visit(appointment.clientId(), appointment.locationId(), appointment.therapistId(), appointment.treatmentId(),
                appointment.startsAt().toInstant(), appointment.endsAt().toInstant());
        return switch (event.type()) {
            case EventTypes.APPOINTMENT_BOOKED -> {
                reminders.schedule(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
                yield router.route(message(appointment, new BookingConfirmation(version, visit)));
            }
            case EventTypes.APPOINTMENT_RESCHEDULED -> {
                reminders.schedule(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
                yield router.route(message(appointment,
                        new RescheduleNotice(version, visit, instant(appointment.previousStartsAt()))));
            }
            case EventTypes.APPOINTMENT_CANCELLED -> {
                reminders.cancel(appointment.appointmentId());
                yield router.route(message(appointment,
                        new CancellationNotice(version, visit, Boolean.TRUE.equals(appointment.lateCancellation()))));
            }
            case EventTypes.APPOINTMENT_NO_SHOW -> {
                reminders.cancel(appointment.appointmentId());
                yield router.route(message(appointment, new NoShowFollowUp(version, visit)));
            }
            case EventTypes.APPOINTMENT_FULFILLED -> {
                reminders.cancel(appointment.appointmentId());
                yield router.route(message(appointment,
                        SessionAftercare.of(version, visit, instant(appointment.checkInClosesAt()))));
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
        Visit visit = new Visit(offer.clientId(), offer.locationId(), offer.therapistId(), offer.treatmentId(),
                offer.startsAt().toInstant(), offer.endsAt().toInstant());
        return router.route(new Message("offer:" + offer.offerId(), new WaitlistOffer(offer.offerId(), visit,
                offer.holdUntil().toInstant()), addressee(offer.client())));
    }

    /** One message per appointment version and message type, whichever event id announced it. */
    private static Message message(AppointmentEvent appointment, MessageContent content) {
        return new Message(appointment.appointmentId() + ":" + appointment.version() + ":" + content.type().template(), content,
                addressee(appointment.client()));
    }

    private static Addressee addressee(ClientContact client) {
        return new Addressee(client.email(), client.firstName(), client.locale());
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
