package com.clinicnetwork.notification.booking;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.aftercare.CheckInWorsened;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.CourseBooked;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.messaging.inbox.EventConsumer;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns booking-service's appointment, course, waitlist and check-in events into messages and reminders (reliable-messaging's event
 * consumer: each event applied once, in the transaction that records it; other event types and tombstones skipped,
 * unreadable records dead-lettered). A new group reads the topic from its earliest offset, as the listener it
 * replaced did.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentConsumer {

    static final String NAME = "notification-service.appointments";

    @Bean
    EventConsumer appointmentEvents(AppointmentMessages messages, WorseningAlerts alerts) {
        return EventConsumer.builder(NAME, Topics.APPOINTMENTS, OffsetReset.EARLIEST)
                .on(EventTypes.APPOINTMENT_BOOKED, AppointmentEvent.class, messages::booked)
                .on(EventTypes.COURSE_BOOKED, CourseBooked.class, messages::courseBooked)
                .on(EventTypes.APPOINTMENT_RESCHEDULED, AppointmentEvent.class, messages::rescheduled)
                .on(EventTypes.APPOINTMENT_CANCELLED, AppointmentEvent.class, messages::cancelled)
                .on(EventTypes.APPOINTMENT_CHECKED_IN, AppointmentEvent.class, messages::checkedIn)
                .on(EventTypes.APPOINTMENT_NO_SHOW, AppointmentEvent.class, messages::noShow)
                .on(EventTypes.APPOINTMENT_FULFILLED, AppointmentEvent.class, messages::fulfilled)
                .on(EventTypes.APPOINTMENT_CONFIRMED, AppointmentEvent.class, messages::confirmed)
                .on(EventTypes.WAITLIST_OFFER_MADE, WaitlistOfferMade.class, messages::offerMade)
                .on(EventTypes.CHECK_IN_WORSENED, CheckInWorsened.class, alerts::worsened)
                .build();
    }
}
