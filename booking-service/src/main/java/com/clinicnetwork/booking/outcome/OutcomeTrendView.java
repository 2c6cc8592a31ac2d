package com.clinicnetwork.booking.outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a client's scores went over the series the appointment belongs to: its course or, for a single appointment, the
 * client's single appointments of the same treatment. Scores only: comments stay with the full answer.
 *
 * @param seriesId the course, or null for a single appointment
 * @param basis    {@code COURSE} or {@code TREATMENT}: which series this is
 * @param sessions answered sessions in session order; empty when none was answered
 * @param change   latest minus first score (negative: better); null with fewer than two answers
 */
public record OutcomeTrendView(UUID appointmentId, @Nullable UUID seriesId, UUID treatmentId, String basis,
        int worseningThreshold, List<Session> sessions, @Nullable Integer change) {

    /**
     * @param change   this score minus the previous answer's (negative: better); null for the first
     * @param worsened the score rose by the worsening threshold or more since the previous answer
     */
    public record Session(UUID appointmentId, OffsetDateTime startsAt, int score, @Nullable Integer change, boolean worsened) {
    }
}
