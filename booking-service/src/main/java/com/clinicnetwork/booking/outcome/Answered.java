package com.clinicnetwork.booking.outcome;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One answered check-in of a series: the session and its score (0 = no pain, 10 = worst). */
record Answered(UUID appointmentId, OffsetDateTime startsAt, int score) {
}
