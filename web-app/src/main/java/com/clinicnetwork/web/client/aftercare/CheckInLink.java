package com.clinicnetwork.web.client.aftercare;

import java.time.OffsetDateTime;
import com.clinicnetwork.web.directory.Specialty;
import java.util.Arrays;
import java.util.UUID;

/**
 * What an aftercare check-in link from the email is about ({@code GET /api/v1/aftercare-check-in-links/{token}}).
 *
 * @param treatedArea the treatment's specialty (e.g. {@code KNEE_REHABILITATION}), asked about as the body part it
 *                    treats ("how does your knee feel?"); null if unknown
 */
public record CheckInLink(UUID appointmentId, String treatmentName, String therapistName, OffsetDateTime startsAt,
        String treatedArea, boolean answered, Integer score) {

    /** The message key of the question: one per specialty, a general one otherwise. */
    public String questionKey() {
        boolean known = treatedArea != null && Arrays.stream(Specialty.values())
                .anyMatch(specialty -> specialty.name().equals(treatedArea));
        return known ? "checkin.question." + treatedArea : "checkin.question";
    }
}
