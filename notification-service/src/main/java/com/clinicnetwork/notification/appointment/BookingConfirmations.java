package com.clinicnetwork.notification.appointment;

import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.messaging.inbox.ProcessedEvents;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import com.clinicnetwork.notification.notification.Channel;
import com.clinicnetwork.notification.notification.Notification;
import com.clinicnetwork.notification.notification.NotificationRepository;
import com.clinicnetwork.notification.notification.NotificationStatus;
import com.clinicnetwork.notification.notification.Templates;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the confirmation a booked appointment calls for; the dispatcher delivers it. */
@Service
class BookingConfirmations {

    private final ProcessedEvents processedEvents;
    private final NotificationRepository notifications;

    BookingConfirmations(ProcessedEvents processedEvents, NotificationRepository notifications) {
        this.processedEvents = processedEvents;
        this.notifications = notifications;
    }

    /**
     * Marks the event processed and stores the pending confirmation in one transaction, so a redelivered
     * event finds it processed and never leads to a second message.
     *
     * @return whether a new notification is waiting to be sent
     */
    @Transactional
    public boolean onBooked(String consumer, ReceivedEvent<AppointmentEvent> event) {
        if (!processedEvents.firstDelivery(consumer, event.id())) {
            return false;
        }
        AppointmentEvent appointment = event.payload();
        return notifications.insertPending(new Notification(
                UUID.randomUUID(),
                appointment.appointmentId(),
                appointment.version(),
                appointment.clientId(),
                appointment.locationId(),
                appointment.therapistId(),
                appointment.treatmentId(),
                appointment.startsAt().toInstant(),
                appointment.endsAt().toInstant(),
                Channel.EMAIL,
                Templates.APPOINTMENT_CONFIRMATION,
                appointment.client().email(),
                appointment.client().firstName(),
                appointment.client().locale(),
                NotificationStatus.PENDING,
                0,
                null,
                null,
                null));
    }
}
