package com.clinicnetwork.notification.booking;

import com.clinicnetwork.contracts.aftercare.CheckInWorsened;
import com.clinicnetwork.messaging.AfterCommit;
import com.clinicnetwork.messaging.inbox.InvalidEventException;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import com.clinicnetwork.notification.appointment.AppointmentState;
import com.clinicnetwork.notification.appointment.AppointmentStateRepository;
import com.clinicnetwork.notification.delivery.Dispatcher;
import com.clinicnetwork.notification.delivery.NotificationRepository;
import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.directory.DirectoryRepository;
import com.clinicnetwork.notification.directory.Therapist;
import com.clinicnetwork.notification.message.Addressee;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.CheckInWorseningAlert;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.Visit;
import com.clinicnetwork.notification.privacy.ClientPrivacy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@code check-in.worsened}: emails the treating therapist, once per answered session (the occasion names the session,
 * so a redelivery under another event id adds nothing). The alert goes to staff, so the client's channels, opt-outs and
 * quiet hours do not apply and no copy goes to webhooks; an erased client's alert is dropped like every message about
 * them. A therapist without an email address, or a session this service never saw, is dead-lettered: nobody could be
 * told and retrying changes nothing.
 */
@Service
class WorseningAlerts {

    private static final Logger log = LoggerFactory.getLogger(WorseningAlerts.class);

    private final DirectoryRepository directory;
    private final AppointmentStateRepository states;
    private final NotificationRepository notifications;
    private final ClientPrivacy privacy;
    private final Dispatcher dispatcher;
    private final Clock clock;

    WorseningAlerts(DirectoryRepository directory, AppointmentStateRepository states, NotificationRepository notifications,
            ClientPrivacy privacy, Dispatcher dispatcher, Clock clock) {
        this.directory = directory;
        this.states = states;
        this.notifications = notifications;
        this.privacy = privacy;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    void worsened(ReceivedEvent<CheckInWorsened> event) {
        CheckInWorsened worsened = event.payload();
        Therapist therapist = directory.therapist(worsened.therapistId())
                .filter(known -> known.email() != null && !known.email().isBlank())
                .orElseThrow(() -> new TherapistWithoutEmailException(worsened.therapistId()));
        // The session's own events come first on its partition (same key), so its state is known unless they were lost.
        AppointmentState session = states.find(worsened.appointmentId())
                .orElseThrow(() -> new InvalidEventException("Appointment " + worsened.appointmentId()
                        + " of a check-in worsening alert was never seen"));
        CheckInWorseningAlert alert = new CheckInWorseningAlert(
                new AppointmentVersion(session.appointmentId(), session.version()),
                new Visit(worsened.clientId(), worsened.locationId(), worsened.therapistId(), worsened.treatmentId(),
                        session.startsAt(), session.endsAt()),
                session.firstName(), worsened.previousScore(), worsened.score(),
                Optional.ofNullable(worsened.nextSessionStartsAt()).map(OffsetDateTime::toInstant).orElse(null));
        Message message = new Message("check-in-worsened:" + worsened.appointmentId(), alert,
                new Addressee(therapist.email(), therapist.displayName(), null));
        if (privacy.suppression(message).filter(ClientPrivacy.Suppression.ERASED::equals).isPresent()) {
            log.info("Check-in worsening alert of appointment {} dropped: its client was erased", worsened.appointmentId());
            return;
        }
        if (notifications.insert(message, Channel.EMAIL, null, therapist.email(), NotificationStatus.PENDING, clock.instant())) {
            AfterCommit.run(dispatcher::wakeUp);
        }
    }
}
