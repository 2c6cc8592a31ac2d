package com.clinicnetwork.contracts.aftercare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code check-in.worsened}, published on {@code clinic.appointments.v1} keyed by the appointment whose
 * check-in was answered: the client's score (0 = no pain, 10 = worst) rose by the alerting threshold or more since
 * their previous answer, so the treating therapist is told before the next session. Scores are health data: only the
 * treating therapist is written to, and the event carries no free text.
 *
 * @param seriesId            the course the session belongs to; null for a single appointment
 * @param previousScore       the client's previous answer (by session order) in the same course or, for a session outside
 *                            courses, among their single sessions of the same treatment
 * @param score               this session's answer: at least the threshold above {@code previousScore}
 * @param nextSessionStartsAt the client's next booked session with this therapist; null when none is booked
 */
public record CheckInWorsened(
        @NotNull UUID appointmentId,
        UUID seriesId,
        @NotNull UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID locationId,
        @NotNull UUID treatmentId,
        @Min(0) @Max(10) int previousScore,
        @Min(0) @Max(10) int score,
        @NotNull OffsetDateTime answeredAt,
        OffsetDateTime nextSessionStartsAt) {
}
