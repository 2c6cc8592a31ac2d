package com.clinicnetwork.booking.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AppointmentRepository {

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException if the therapist is already booked then */
    void insert(Appointment appointment) {
        jdbc.sql("""
                        INSERT INTO appointment (id, client_id, therapist_id, location_id, treatment_id, starts_at, ends_at,
                                                 blocked_until, status, intake_notes, version, created_at)
                        VALUES (:id, :clientId, :therapistId, :locationId, :treatmentId, :startsAt, :endsAt,
                                :blockedUntil, :status, :intakeNotes, :version, :createdAt)
                        """)
                .param("id", appointment.id())
                .param("clientId", appointment.clientId())
                .param("therapistId", appointment.therapistId())
                .param("locationId", appointment.locationId())
                .param("treatmentId", appointment.treatmentId())
                .param("startsAt", utc(appointment.startsAt()))
                .param("endsAt", utc(appointment.endsAt()))
                .param("blockedUntil", utc(appointment.blockedUntil()))
                .param("status", appointment.status().name())
                .param("intakeNotes", appointment.intakeNotes())
                .param("version", appointment.version())
                .param("createdAt", utc(appointment.createdAt()))
                .update();
    }

    Optional<Appointment> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, client_id, therapist_id, location_id, treatment_id, starts_at, ends_at, blocked_until,
                               status, intake_notes, version, created_at
                        FROM appointment WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new Appointment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("client_id", UUID.class),
                        rs.getObject("therapist_id", UUID.class),
                        rs.getObject("location_id", UUID.class),
                        rs.getObject("treatment_id", UUID.class),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        instant(rs, "blocked_until"),
                        AppointmentStatus.valueOf(rs.getString("status")),
                        rs.getString("intake_notes"),
                        rs.getLong("version"),
                        instant(rs, "created_at")))
                .optional();
    }

    /** The earliest time the therapist is busy with a live appointment during the slot, if any. */
    Optional<Slot> findOverlapping(Slot slot) {
        return jdbc.sql("""
                        SELECT starts_at, ends_at, blocked_until FROM appointment
                        WHERE therapist_id = :therapistId AND status <> 'CANCELLED'
                          AND tstzrange(starts_at, blocked_until) && tstzrange(:startsAt, :blockedUntil)
                        ORDER BY starts_at
                        LIMIT 1
                        """)
                .param("therapistId", slot.therapistId())
                .param("startsAt", utc(slot.startsAt()))
                .param("blockedUntil", utc(slot.blockedUntil()))
                .query((rs, row) -> new Slot(slot.therapistId(), instant(rs, "starts_at"), instant(rs, "ends_at"),
                        instant(rs, "blocked_until")))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
