package com.clinicnetwork.notification.booking;

import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.ClientContact;
import com.clinicnetwork.contracts.appointment.CourseBooked;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.messaging.AfterCommit;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import com.clinicnetwork.notification.appointment.AppointmentStateRepository;
import com.clinicnetwork.notification.delivery.Dispatcher;
import com.clinicnetwork.notification.message.Addressee;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.BookingConfirmation;
import com.clinicnetwork.notification.message.CancellationNotice;
import com.clinicnetwork.notification.message.CourseConfirmation;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What each appointment, course and waitlist event means for messages and reminders: one handler per event type of
 * {@link AppointmentConsumer}, called once per event in the transaction that records it as processed, so a redelivered
 * event changes nothing. An appointment event of a version older than (or equal to) the latest one seen for the
 * appointment changes nothing either. A new delivery wakes the dispatcher once that transaction has committed.
 *
 * <p>A course is confirmed once, with all its sessions ({@code course.booked}); the {@code appointment.booked} of each
 * of its sessions (which names the course) records the session and schedules its reminders but sends nothing, whichever
 * of the events arrives first.
 */
@Service
class AppointmentMessages {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMessages.class);

    private final AppointmentStateRepository states;
    private final ReminderRepository reminders;
    private final MessageRouter router;
    private final ClientPrivacy privacy;
    private final Dispatcher dispatcher;
    private final Clock clock;

    AppointmentMessages(AppointmentStateRepository states, ReminderRepository reminders, MessageRouter router, ClientPrivacy privacy,
            Dispatcher dispatcher, Clock clock) {
        this.states = states;
        this.reminders = reminders;
        this.router = router;
        this.privacy = privacy;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    void booked(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> {
            reminders.schedule(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
            planConfirmationRequest(appointment, event);
            if (appointment.seriesId() == null) {
                send(appointment, new BookingConfirmation(version(appointment), visit(appointment)));
            }
        });
    }

    /** One confirmation per course (its occasion), listing every session; a redelivery under another event id adds none. */
    void courseBooked(ReceivedEvent<CourseBooked> event) {
        CourseBooked course = event.payload();
        List<CourseConfirmation.Session> sessions = course.sessions().stream()
                .map(session -> new CourseConfirmation.Session(session.appointmentId(), session.startsAt().toInstant(),
                        session.endsAt().toInstant()))
                .sorted(Comparator.comparing(CourseConfirmation.Session::startsAt))
                .toList();
        CourseConfirmation.Session first = sessions.get(0);
        Visit visit = new Visit(course.clientId(), course.locationId(), course.therapistId(), course.treatmentId(),
                first.startsAt(), first.endsAt());
        CourseConfirmation confirmation = new CourseConfirmation(course.seriesId(), visit, sessions);
        send(new Message("course:" + course.seriesId() + ":" + confirmation.type().template(), confirmation,
                addressee(course.client())));
    }

    void rescheduled(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> {
            reminders.schedule(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
            planConfirmationRequest(appointment, event);
            send(appointment, new RescheduleNotice(version(appointment), visit(appointment), instant(appointment.previousStartsAt())));
        });
    }

    /** The client said they will come: no need to ask any more; no message (the client confirmed on the page). */
    void confirmed(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> reminders.cancelConfirmationRequest(appointment.appointmentId()));
    }

    void cancelled(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> {
            reminders.cancel(appointment.appointmentId());
            send(appointment, new CancellationNotice(version(appointment), visit(appointment),
                    Boolean.TRUE.equals(appointment.lateCancellation())));
        });
    }

    /** The client is here, so reminders still to come would only confuse; no message. */
    void checkedIn(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> reminders.cancel(appointment.appointmentId()));
    }

    void noShow(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> {
            reminders.cancel(appointment.appointmentId());
            send(appointment, new NoShowFollowUp(version(appointment), visit(appointment)));
        });
    }

    void fulfilled(ReceivedEvent<AppointmentEvent> event) {
        ifNewer(event, appointment -> {
            reminders.cancel(appointment.appointmentId());
            send(appointment, SessionAftercare.of(version(appointment), visit(appointment), instant(appointment.checkInClosesAt())));
        });
    }

    /** An offer whose hold has already run out is not worth a message: the slot has gone to the next person. */
    void offerMade(ReceivedEvent<WaitlistOfferMade> event) {
        WaitlistOfferMade offer = event.payload();
        if (!offer.holdUntil().toInstant().isAfter(clock.instant())) {
            log.info("Waitlist offer {} expired before it could be announced; no message", offer.offerId());
            return;
        }
        Visit visit = new Visit(offer.clientId(), offer.locationId(), offer.therapistId(), offer.treatmentId(),
                offer.startsAt().toInstant(), offer.endsAt().toInstant());
        send(new Message("offer:" + offer.offerId(), new WaitlistOffer(offer.offerId(), visit, offer.holdUntil().toInstant()),
                addressee(offer.client())));
    }

    /**
     * A booking at risk of a no-show asks its client to confirm, planned anew for a new time; one that is not (any
     * more, or from a producer older than the flag) asks nothing.
     */
    private void planConfirmationRequest(AppointmentEvent appointment, ReceivedEvent<AppointmentEvent> event) {
        if (Boolean.TRUE.equals(appointment.confirmationRequested())) {
            reminders.scheduleConfirmationRequest(appointment.appointmentId(), appointment.startsAt().toInstant(), event.time());
        } else {
            reminders.cancelConfirmationRequest(appointment.appointmentId());
        }
    }

    /**
     * Applies {@code effect} to the appointment as this service may keep it (without an erased client's contact data),
     * if the event is newer than the latest version seen, which it then becomes.
     */
    private void ifNewer(ReceivedEvent<AppointmentEvent> event, Consumer<AppointmentEvent> effect) {
        AppointmentEvent appointment = privacy.withoutErasedContact(event.payload());
        if (states.advance(appointment)) {
            effect.accept(appointment);
        } else {
            log.debug("Event {} carries version {} of appointment {}, not newer than the one seen; ignored", event.id(),
                    appointment.version(), appointment.appointmentId());
        }
    }

    private void send(AppointmentEvent appointment, MessageContent content) {
        send(message(appointment, content));
    }

    /** Routes the message; a new delivery wakes the dispatcher once committed, instead of waiting for its next poll. */
    private void send(Message message) {
        if (router.route(message)) {
            AfterCommit.run(dispatcher::wakeUp);
        }
    }

    private static AppointmentVersion version(AppointmentEvent appointment) {
        return new AppointmentVersion(appointment.appointmentId(), appointment.version());
    }

    private static Visit visit(AppointmentEvent appointment) {
        return new Visit(appointment.clientId(), appointment.locationId(), appointment.therapistId(), appointment.treatmentId(),
                appointment.startsAt().toInstant(), appointment.endsAt().toInstant());
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
