package com.clinicnetwork.web.client.aftercare;

import java.util.UUID;

/** A client's answer to "how does it feel, 0–10?" after one session. */
public record CheckIn(UUID appointmentId, int score, String comment) {
}
