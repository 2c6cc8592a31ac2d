package com.clinicnetwork.web.therapist;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How the client's check-in scores went over the appointment's course (or, outside courses, their sessions of the
 * treatment), as {@code GET /api/v1/appointments/{id}/outcome-trend} gives it. Scores rate pain, 0 = none and 10 = the
 * worst: a rise is a worsening.
 *
 * @param change latest minus first score; null with fewer than two answers
 */
public record OutcomeTrend(UUID appointmentId, UUID seriesId, String basis, int worseningThreshold, List<Session> sessions,
        Integer change) {

    public OutcomeTrend {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** @param change this score minus the previous answer's; null for the first */
    public record Session(UUID appointmentId, OffsetDateTime startsAt, int score, Integer change, boolean worsened) {

        /** {@code up} (worse), {@code down} (better), {@code same}, or {@code first}: which arrow the screen shows. */
        public String direction() {
            return OutcomeTrend.direction(change);
        }

        /** How many points it changed by, whichever way; 0 for the first answer. */
        public int amount() {
            return change == null ? 0 : Math.abs(change);
        }
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** The direction of the whole series, first answer to latest. */
    public String overall() {
        return direction(change);
    }

    /** How many points the whole series changed by, whichever way; 0 with fewer than two answers. */
    public int amount() {
        return change == null ? 0 : Math.abs(change);
    }

    /** Whether the latest answer rose by the worsening threshold since the one before: the therapist's cue to ask. */
    public boolean latestWorsened() {
        return !sessions.isEmpty() && sessions.get(sessions.size() - 1).worsened();
    }

    private static String direction(Integer change) {
        if (change == null) {
            return "first";
        }
        return change > 0 ? "up" : change < 0 ? "down" : "same";
    }
}
