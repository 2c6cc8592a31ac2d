package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.Interval;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What takes a therapist's time: live appointments and held waitlist offers.
 *
 * <p>Appointments cannot overlap each other (an exclusion constraint), nor can holds (another one), but
 * PostgreSQL cannot constrain across the two tables. So everything that creates or moves either takes
 * the therapist's transaction-scoped advisory lock first and then checks the other table: with the lock,
 * check-then-write is atomic across replicas. Lock order everywhere: the appointment or offer row
 * (if any), then therapist locks in id order, so two transactions never wait on each other in a cycle.
 */
@Repository
public class TherapistCalendarRepository {

    private final JdbcClient jdbc;

    TherapistCalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the therapists' calendars until the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<UUID> therapistIds) {
        therapistIds.stream().distinct().sorted().forEach(id -> jdbc
                .sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "therapist-calendar:" + id)
                .query((rs, row) -> row)
                .single());
    }

    /** The earliest live appointment or held offer overlapping the slot including buffers, if any. */
    public Optional<Slot> conflicting(Slot slot) {
        return conflictingExcept(slot, null);
    }

    /** Same as {@link #conflicting}, ignoring the appointment being moved (null: ignore none). */
    Optional<Slot> conflictingExcept(Slot slot, UUID movedAppointmentId) {
        return taken(slot.therapistId(), new Interval(slot.startsAt(), slot.blockedUntil()), movedAppointmentId).stream()
                .findFirst();
    }

    /** The therapist's live appointments and held offers overlapping {@code span}, including buffers, earliest first. */
    public List<Slot> taken(UUID therapistId, Interval span) {
        return taken(therapistId, span, null);
    }

    private List<Slot> taken(UUID therapistId, Interval span, UUID movedAppointmentId) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at, blocked_until FROM (
                            SELECT starts_at, ends_at, blocked_until FROM appointment
                            WHERE therapist_id = :therapistId AND status <> 'CANCELLED'
                              AND id IS DISTINCT FROM CAST(:moved AS UUID)
                              AND tstzrange(starts_at, blocked_until) && tstzrange(:from, :to)
                            UNION ALL
                            SELECT starts_at, ends_at, blocked_until FROM waitlist_offer
                            WHERE therapist_id = :therapistId AND status = 'OFFERED'
                              AND tstzrange(starts_at, blocked_until) && tstzrange(:from, :to)
                        ) taken
                        ORDER BY starts_at
                        """)
                .param("therapistId", therapistId)
                .param("moved", movedAppointmentId, Types.OTHER)
                .param("from", utc(span.start()))
                .param("to", utc(span.end()))
                .query((rs, row) -> new Slot(therapistId, rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("blocked_until", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
