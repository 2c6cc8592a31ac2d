package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.CourseBooked;
import com.clinicnetwork.contracts.appointment.CourseSession;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import java.util.List;
import java.util.UUID;

/**
 * {@code course.booked}: every session of a course booked in one go, so the client is sent one confirmation for the
 * whole course instead of one per session. Keyed by the course id; each session's own {@code appointment.booked}
 * names the course too. Like every appointment event it never carries the intake notes.
 */
final class CourseEvents {

    private CourseEvents() {
    }

    /** @param sessions the course's appointments as booked, earliest first */
    static OutgoingEvent booked(UUID seriesId, Client client, SeriesRequest request, List<AppointmentView> sessions) {
        CourseBooked payload = new CourseBooked(seriesId, client.id(), request.therapistId(), request.locationId(),
                request.treatmentId(),
                sessions.stream().map(session -> new CourseSession(session.id(), session.startsAt(), session.endsAt())).toList(),
                client.contact());
        return OutgoingEvent.about(Topics.APPOINTMENTS, EventTypes.COURSE_BOOKED, seriesId, payload);
    }
}
