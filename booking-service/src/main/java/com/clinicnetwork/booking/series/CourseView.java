package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.AppointmentView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A course as booked, with the sessions the caller may see, earliest first.
 *
 * @param therapistId the therapist the course was booked with; a session's own {@code therapistId} may differ after a reschedule
 */
public record CourseView(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, int intervalWeeks,
        int occurrences, OffsetDateTime createdAt, List<AppointmentView> appointments) {

    static CourseView of(Courses.Course course, List<AppointmentView> sessions) {
        return new CourseView(course.id(), course.clientId(), course.therapistId(), course.locationId(), course.treatmentId(),
                course.intervalWeeks(), course.occurrences(), course.createdAt().withOffsetSameInstant(ZoneOffset.UTC), sessions);
    }
}
