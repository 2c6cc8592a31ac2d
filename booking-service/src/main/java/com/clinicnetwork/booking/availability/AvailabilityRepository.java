package com.clinicnetwork.booking.availability;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /**
     * The versions of the directory entries a search reads and the sum of the schedule counters of its therapists and
     * rooms over the UTC days of {@code range} (table {@code schedule_version}, raised by triggers on every change to an
     * appointment or held offer; the sum only grows), in one round trip: the stamp {@link AvailabilityCache} compares.
     * Candidates are the active therapists who offer the treatment at the location (only {@code therapistId}, if
     * given); rooms the active ones of the kind the treatment needs there.
     *
     * @return the directory part (empty where there is nothing) and the sum of the counters
     */
    StampParts stampParts(UUID locationId, UUID treatmentId, @Nullable UUID therapistId, Interval range) {
        return jdbc.sql("""
                        WITH candidate AS (
                            SELECT t.id, t.version FROM directory_therapist t
                            JOIN directory_therapist_location l ON l.therapist_id = t.id AND l.location_id = :locationId
                            JOIN directory_therapist_treatment o ON o.therapist_id = t.id AND o.treatment_id = :treatmentId
                            WHERE t.active AND (CAST(:therapistId AS UUID) IS NULL OR t.id = CAST(:therapistId AS UUID))
                        ), room AS (
                            SELECT r.id FROM directory_room r JOIN directory_treatment tr ON tr.id = :treatmentId
                            WHERE r.location_id = :locationId AND r.kind = tr.room_kind AND r.active
                        )
                        SELECT concat_ws('/', (SELECT version FROM directory_location WHERE id = :locationId),
                                              (SELECT version FROM directory_treatment WHERE id = :treatmentId),
                                              (SELECT string_agg(id::text || ':' || version, ',' ORDER BY id) FROM candidate)) AS directory,
                               (SELECT coalesce(sum(version), 0) FROM (
                                    SELECT version FROM schedule_version
                                    WHERE owner_kind = 't' AND owner_id IN (SELECT id FROM candidate) AND day BETWEEN :fromDay AND :toDay
                                    UNION ALL
                                    SELECT version FROM schedule_version
                                    WHERE owner_kind = 'r' AND owner_id IN (SELECT id FROM room) AND day BETWEEN :fromDay AND :toDay
                                ) AS counted)::text AS taken
                        """)
                .param("locationId", locationId)
                .param("treatmentId", treatmentId)
                .param("therapistId", therapistId, Types.OTHER)
                .param("fromDay", utcDay(range.start()))
                .param("toDay", utcDay(range.end()))
                .query((rs, row) -> new StampParts(rs.getString("directory"), rs.getString("taken")))
                .single();
    }

    record StampParts(String directory, String taken) {
    }

    private static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
