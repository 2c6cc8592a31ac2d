package com.clinicnetwork.booking.aftercare;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One answered session of a course, as the course view charts it: the comment stays with the full answer. */
public record CourseCheckIn(UUID appointmentId, OffsetDateTime startsAt, int score, OffsetDateTime answeredAt) {
}
