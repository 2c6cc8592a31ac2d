package com.clinicnetwork.web.client.aftercare;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What an aftercare check-in link from the email is about ({@code GET /api/v1/aftercare-check-in-links/{token}}). */
public record CheckInLink(UUID appointmentId, String treatmentName, String therapistName, OffsetDateTime startsAt,
        String treatedArea, boolean answered, Integer score) {
}
