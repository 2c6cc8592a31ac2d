package com.clinicnetwork.notification.appointment;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.messaging.inbox.EventReader;
import com.clinicnetwork.notification.dispatch.Dispatcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns appointment events into notifications. */
@Component
class AppointmentListener {

    static final String CONSUMER = "notification-service.appointments";

    private static final Logger log = LoggerFactory.getLogger(AppointmentListener.class);

    private final EventReader reader;
    private final BookingConfirmations confirmations;
    private final Dispatcher dispatcher;

    AppointmentListener(EventReader reader, BookingConfirmations confirmations, Dispatcher dispatcher) {
        this.reader = reader;
        this.confirmations = confirmations;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = Topics.APPOINTMENTS)
    public void onAppointmentEvent(ConsumerRecord<String, String> record) {
        String type = reader.type(record);
        if (!EventTypes.APPOINTMENT_BOOKED.equals(type)) {
            log.debug("Skipping appointment event type {}", type);
            return;
        }
        if (confirmations.onBooked(CONSUMER, reader.read(record, AppointmentEvent.class))) {
            // The transaction has committed: deliver now instead of waiting for the next poll.
            dispatcher.wakeUp();
        }
    }
}
