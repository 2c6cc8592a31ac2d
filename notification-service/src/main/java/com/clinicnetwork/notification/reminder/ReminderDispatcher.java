package com.clinicnetwork.notification.reminder;

import com.clinicnetwork.notification.appointment.AppointmentState;
import com.clinicnetwork.notification.appointment.AppointmentStateRepository;
import com.clinicnetwork.notification.delivery.Dispatcher;
import com.clinicnetwork.notification.message.Addressee;
import com.clinicnetwork.notification.message.AppointmentReminder;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.ConfirmationRequest;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.Visit;
import com.clinicnetwork.notification.routing.MessageRouter;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due reminders into messages: an ordinary reminder, or the request to confirm of a booking at risk of a no-show.
 * Each reminder is locked ({@code FOR UPDATE SKIP LOCKED}) and closed in
 * the transaction that stores its notifications, so several replicas never issue one twice and a crash
 * leaves it due for the next pass. Everything it needs is in the database, so after a restart the first pass
 * picks up whatever fell due while the service was down: still sent if the appointment has not started,
 * SKIPPED if it has.
 */
@Component
public class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);
    static final String ISSUED = "ISSUED";
    static final String SKIPPED = "SKIPPED";
    static final String CANCELLED = "CANCELLED";

    private final ReminderRepository reminders;
    private final AppointmentStateRepository appointments;
    private final MessageRouter router;
    private final Dispatcher dispatcher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderDispatcher(ReminderRepository reminders, AppointmentStateRepository appointments, MessageRouter router, Dispatcher dispatcher,
            TransactionTemplate transactions, Clock clock) {
        this.reminders = reminders;
        this.appointments = appointments;
        this.router = router;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Issues every reminder that is due; safe to run on several threads or replicas at once. */
    @Scheduled(fixedDelayString = "${clinic.reminders.poll-interval:15s}")
    public void issueDueReminders() {
        boolean issued = false;
        try {
            Boolean ledToDelivery;
            while ((ledToDelivery = transactions.execute(status -> issueNext())) != null) {
                issued |= ledToDelivery;
            }
        } catch (RuntimeException e) {
            log.warn("Reminder pass failed, the next one retries: {}", e.toString());
        }
        if (issued) {
            dispatcher.wakeUp();
        }
    }

    /** @return null when no reminder is due, else whether it led to a delivery */
    private Boolean issueNext() {
        Optional<Reminder> due = reminders.lockNextDue();
        if (due.isEmpty()) {
            return null;
        }
        Reminder reminder = due.get();
        Optional<AppointmentState> appointment = appointments.find(reminder.appointmentId())
                .filter(state -> "BOOKED".equals(state.status()));
        if (appointment.isEmpty()) {
            reminders.close(reminder.id(), CANCELLED);
            return false;
        }
        AppointmentState state = appointment.get();
        if (!state.startsAt().isAfter(clock.instant())) {
            reminders.close(reminder.id(), SKIPPED);
            log.info("Reminder {} of appointment {} skipped: it fell due at {} but the appointment has started", reminder.id(),
                    reminder.appointmentId(), reminder.dueAt());
            return false;
        }
        reminders.close(reminder.id(), ISSUED);
        Visit visit = new Visit(state.clientId(), state.locationId(), state.therapistId(), state.treatmentId(), state.startsAt(),
                state.endsAt());
        AppointmentVersion version = new AppointmentVersion(state.appointmentId(), state.version());
        MessageContent content = reminder.isConfirmationRequest()
                ? new ConfirmationRequest(version, visit)
                : new AppointmentReminder(version, visit);
        return router.route(new Message("reminder:" + reminder.id() + ":" + reminder.dueAt().getEpochSecond(), content,
                new Addressee(state.email(), state.firstName(), state.locale())));
    }
}
