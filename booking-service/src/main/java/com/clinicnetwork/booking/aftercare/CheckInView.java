package com.clinicnetwork.booking.aftercare;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client's answer to the aftercare check-in of one session; times in UTC.
 *
 * @param seriesId the course the session belongs to, or null
 * @param startsAt when the session started, what a chart of answers is drawn against
 * @param score    how it felt, 0 (no pain) to 10 (the worst imaginable)
 * @param comment  what the client added, or null
 */
public record CheckInView(UUID appointmentId, @Nullable UUID seriesId, OffsetDateTime startsAt, int score, @Nullable String comment,
        OffsetDateTime answeredAt) {
}
