package com.clinicnetwork.booking.availability;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is already taken, of therapists and rooms: the input of availability that the directory read model does not hold. */
@Repository
class AvailabilityRepository {

    private final JdbcClient jdbc;

    AvailabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What blocks each therapist during the range: live appointments and held waitlist offers, each from
     * its start until the end of its buffer.
     */
    Map<UUID, List<Interval>> busy(Collection<UUID> therapistIds, Interval range) {
        Map<UUID, List<Interval>> busy = new HashMap<>();
        if (therapistIds.isEmpty()) {
            return busy;
        }
        jdbc.sql("""
                        SELECT therapist_id, starts_at, blocked_until FROM appointment
                        WHERE therapist_id IN (:ids) AND status <> 'CANCELLED' AND starts_at < :to AND blocked_until > :from
                        UNION ALL
                        SELECT therapist_id, starts_at, blocked_until FROM waitlist_offer
                        WHERE therapist_id IN (:ids) AND status = 'OFFERED' AND starts_at < :to AND blocked_until > :from
                        """)
                .param("ids", therapistIds)
                .param("from", utc(range.start()))
                .param("to", utc(range.end()))
                .query((rs, row) -> {
                    UUID therapistId = rs.getObject("therapist_id", UUID.class);
                    Interval taken = new Interval(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("blocked_until", OffsetDateTime.class).toInstant());
                    busy.computeIfAbsent(therapistId, id -> new ArrayList<>()).add(taken);
                    return taken;
                })
                .list();
        return busy;
    }

    /**
     * What takes each of the rooms during the range: live appointments booked into it and live waitlist offers holding
     * it, each from its start until the end of its buffer, leaving out {@code movedAppointmentId} (null: none).
     */
    Map<UUID, List<Interval>> roomsTaken(Collection<UUID> roomIds, Interval range, UUID movedAppointmentId) {
        Map<UUID, List<Interval>> taken = new HashMap<>();
        if (roomIds.isEmpty()) {
            return taken;
        }
        jdbc.sql("""
                        SELECT room_id, starts_at, blocked_until FROM appointment
                        WHERE room_id IN (:ids) AND status <> 'CANCELLED' AND starts_at < :to AND blocked_until > :from
                          AND id IS DISTINCT FROM CAST(:moved AS UUID)
                        UNION ALL
                        SELECT room_id, starts_at, blocked_until FROM waitlist_offer
                        WHERE room_id IN (:ids) AND status = 'OFFERED' AND starts_at < :to AND blocked_until > :from
                        """)
                .param("ids", roomIds)
                .param("from", utc(range.start()))
                .param("to", utc(range.end()))
                .param("moved", movedAppointmentId, Types.OTHER)
                .query((RowCallbackHandler) rs -> taken.computeIfAbsent(rs.getObject("room_id", UUID.class),
                        id -> new ArrayList<>()).add(new Interval(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("blocked_until", OffsetDateTime.class).toInstant())));
        return taken;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
