package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.aftercare.CourseCheckIn;
import com.clinicnetwork.booking.appointment.AppointmentView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A course as booked, with the sessions the caller may see, earliest first.
 *
 * @param therapistId       the therapist the course was booked with; a session's own {@code therapistId} may differ after
 *                          a reschedule
 * @param aftercareCheckIns the answers to the check-in after each of those sessions that has one, earliest first, for
 *                          a chart of the course; empty for callers who may not read the client's answers (front desk)
 */
public record CourseView(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, int intervalWeeks,
        int occurrences, OffsetDateTime createdAt, List<AppointmentView> appointments, List<CourseCheckIn> aftercareCheckIns) {

    static CourseView of(CourseRepository.Course course, List<AppointmentView> sessions, List<CourseCheckIn> checkIns) {
        return new CourseView(course.id(), course.clientId(), course.therapistId(), course.locationId(), course.treatmentId(),
                course.intervalWeeks(), course.occurrences(), course.createdAt().withOffsetSameInstant(ZoneOffset.UTC), sessions,
                checkIns);
    }
}
