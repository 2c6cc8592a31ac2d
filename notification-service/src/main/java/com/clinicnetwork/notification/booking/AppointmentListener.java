package com.clinicnetwork.notification.booking;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.messaging.inbox.EventReader;
import com.clinicnetwork.notification.delivery.Dispatcher;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns appointment and waitlist events into notifications and reminders. */
@Component
class AppointmentListener {

    static final String CONSUMER = "notification-service.appointments";

    private static final Logger log = LoggerFactory.getLogger(AppointmentListener.class);
    private static final Set<String> APPOINTMENT_TYPES = Set.of(EventTypes.APPOINTMENT_BOOKED, EventTypes.APPOINTMENT_RESCHEDULED,
            EventTypes.APPOINTMENT_CANCELLED, EventTypes.APPOINTMENT_CHECKED_IN, EventTypes.APPOINTMENT_FULFILLED,
            EventTypes.APPOINTMENT_NO_SHOW);

    private final EventReader reader;
    private final AppointmentMessages messages;
    private final Dispatcher dispatcher;

    AppointmentListener(EventReader reader, AppointmentMessages messages, Dispatcher dispatcher) {
        this.reader = reader;
        this.messages = messages;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = Topics.APPOINTMENTS)
    public void onAppointmentEvent(ConsumerRecord<String, String> record) {
        String type = reader.type(record);
        boolean pending;
        if (APPOINTMENT_TYPES.contains(type)) {
            pending = messages.onAppointmentEvent(CONSUMER, reader.read(record, AppointmentEvent.class));
        } else if (EventTypes.WAITLIST_OFFER_MADE.equals(type)) {
            pending = messages.onOfferMade(CONSUMER, reader.read(record, WaitlistOfferMade.class));
        } else {
            log.debug("Skipping event type {}", type);
            return;
        }
        if (pending) {
            // The transaction has committed: deliver now instead of waiting for the next poll.
            dispatcher.wakeUp();
        }
    }
}
