package com.clinicnetwork.booking.limits;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a client holds (appointments to come, waitlist entries, open offers, courses), counted in one query. */
@Repository
class HoldingsRepository {

    private final JdbcClient jdbc;

    HoldingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Row-locks the client unless another transaction holds the lock or the client was erased; never waits.
     *
     * @return whether the lock was taken
     */
    boolean lockUnlessBusyOrErased(UUID clientId) {
        return jdbc.sql("SELECT id FROM client WHERE id = :id AND erased_at IS NULL FOR UPDATE SKIP LOCKED")
                .param("id", clientId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /** What the client holds at {@code now}. */
    Holdings of(UUID clientId, Instant now) {
        return jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM appointment
                           WHERE client_id = :clientId AND status = 'BOOKED' AND starts_at > :now) AS future_appointments,
                          (SELECT count(*) FROM waitlist_entry WHERE client_id = :clientId AND status = 'WAITING') AS waitlist_entries,
                          (SELECT count(*) FROM waitlist_offer o JOIN waitlist_entry e ON e.id = o.entry_id
                           WHERE e.client_id = :clientId AND o.status = 'OFFERED') AS open_offers,
                          (SELECT count(DISTINCT series_id) FROM appointment
                           WHERE client_id = :clientId AND series_id IS NOT NULL AND status = 'BOOKED'
                             AND starts_at > :now) AS active_courses
                        """)
                .param("clientId", clientId)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Holdings(rs.getInt("future_appointments"), rs.getInt("waitlist_entries"),
                        rs.getInt("open_offers"), rs.getInt("active_courses")))
                .single();
    }
}
