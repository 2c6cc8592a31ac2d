package com.clinicnetwork.web.therapist;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A client's answer to the aftercare check-in after one session: how it felt, 0 (no pain) to 10 (the worst), and
 * what they added.
 */
public record CheckInAnswer(UUID appointmentId, UUID seriesId, OffsetDateTime startsAt, int score, String comment,
        OffsetDateTime answeredAt) {
}
