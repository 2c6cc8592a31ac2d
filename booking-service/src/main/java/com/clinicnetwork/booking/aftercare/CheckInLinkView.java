package com.clinicnetwork.booking.aftercare;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the page behind a check-in link shows before the client answers: the session, never the client. Names come
 * from the directory read model and are null while it does not know them.
 *
 * @param treatedArea the treatment's required specialty (e.g. {@code KNEE_REHABILITATION}), which the page turns into
 *                    "your knee"; null if unknown
 * @param score       the answer, once given; null before
 */
public record CheckInLinkView(UUID appointmentId, @Nullable String treatmentName, @Nullable String therapistName,
        OffsetDateTime startsAt, @Nullable String treatedArea, boolean answered, @Nullable Integer score) {
}
