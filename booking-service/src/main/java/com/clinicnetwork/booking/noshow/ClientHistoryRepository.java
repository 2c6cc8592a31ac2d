package com.clinicnetwork.booking.noshow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A client's no-shows and late cancellations, at every location of the chain, counted by the appointments' starts. A
 * late cancellation may be of an appointment still to come (it was cancelled a few hours before), so the period has no
 * end; a no-show cannot be.
 */
@Repository
class ClientHistoryRepository {

    private final JdbcClient jdbc;

    ClientHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClientHistory since(UUID clientId, Instant from, int withinMonths) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'NOSHOW') AS no_shows,
                               count(*) FILTER (WHERE status = 'CANCELLED' AND late_cancellation) AS late_cancellations
                        FROM appointment
                        WHERE client_id = :clientId AND starts_at >= :from
                        """)
                .param("clientId", clientId)
                .param("from", Timestamp.from(from))
                .query((rs, row) -> new ClientHistory(rs.getInt("no_shows"), rs.getInt("late_cancellations"), withinMonths))
                .single();
    }
}
