package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.noshow.Confirmation;
import com.clinicnetwork.booking.noshow.RiskColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AppointmentRepository {

    private static final String COLUMNS = """
            id, client_id, therapist_id, location_id, treatment_id, starts_at, ends_at, blocked_until, status,
            intake_notes, version, created_at, series_id, cancellation_reason, late_cancellation, room_id, risk_no_shows,
            risk_late_cancellations, risk_days_ahead, risk_within_months, confirmation
            """;

    private static final RowMapper<Appointment> MAPPER = (rs, row) -> new Appointment(
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
            instant(rs, "created_at"),
            rs.getObject("series_id", UUID.class),
            rs.getString("cancellation_reason"),
            rs.getObject("late_cancellation", Boolean.class),
            rs.getObject("room_id", UUID.class),
            new RiskColumns(rs.getObject("risk_no_shows", Integer.class), rs.getObject("risk_late_cancellations", Integer.class),
                    rs.getObject("risk_days_ahead", Integer.class), rs.getObject("risk_within_months", Integer.class),
                    Confirmation.valueOf(rs.getString("confirmation"))).toRisk());

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException if the therapist or the room is already booked then */
    void insert(Appointment appointment) {
        withRisk(jdbc.sql("""
                        INSERT INTO appointment (id, client_id, therapist_id, location_id, treatment_id, starts_at, ends_at,
                                                 blocked_until, status, intake_notes, version, created_at, series_id,
                                                 room_id, risk_no_shows, risk_late_cancellations, risk_days_ahead,
                                                 risk_within_months, confirmation)
                        VALUES (:id, :clientId, :therapistId, :locationId, :treatmentId, :startsAt, :endsAt,
                                :blockedUntil, :status, :intakeNotes, :version, :createdAt, :seriesId, :roomId,
                                :riskNoShows, :riskLateCancellations, :riskDaysAhead, :riskWithinMonths, :confirmation)
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
                .param("seriesId", appointment.seriesId())
                .param("roomId", appointment.roomId()), appointment)
                .update();
    }

    /**
     * Writes the changed appointment only if the stored version is still the one it was derived from, so a
     * concurrent change can never be overwritten, even by a code path that forgot to lock the row.
     *
     * @return false if the stored version had moved on
     * @throws org.springframework.dao.DataIntegrityViolationException if a moved slot collides with another appointment
     *                                                                  of the therapist or in the room
     */
    boolean update(Appointment changed, long expectedVersion) {
        return withRisk(jdbc.sql("""
                        UPDATE appointment
                        SET therapist_id = :therapistId, starts_at = :startsAt, ends_at = :endsAt,
                            blocked_until = :blockedUntil, status = :status, version = :version,
                            cancellation_reason = :cancellationReason, late_cancellation = :lateCancellation,
                            intake_notes = :intakeNotes, room_id = :roomId, risk_no_shows = :riskNoShows,
                            risk_late_cancellations = :riskLateCancellations, risk_days_ahead = :riskDaysAhead,
                            risk_within_months = :riskWithinMonths, confirmation = :confirmation, updated_at = now()
                        WHERE id = :id AND version = :expectedVersion
                        """)
                .param("id", changed.id())
                .param("therapistId", changed.therapistId())
                .param("startsAt", utc(changed.startsAt()))
                .param("endsAt", utc(changed.endsAt()))
                .param("blockedUntil", utc(changed.blockedUntil()))
                .param("status", changed.status().name())
                .param("version", changed.version())
                .param("cancellationReason", changed.cancellationReason())
                .param("lateCancellation", changed.lateCancellation())
                .param("intakeNotes", changed.intakeNotes())
                .param("roomId", changed.roomId())
                .param("expectedVersion", expectedVersion), changed)
                .update() == 1;
    }

    Optional<Appointment> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment WHERE id = :id")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    /** Reads and row-locks the appointment until the transaction ends: changes to one appointment queue up. */
    Optional<Appointment> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    /** The sessions of a course, earliest first. */
    List<Appointment> inSeries(UUID seriesId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment WHERE series_id = :seriesId ORDER BY starts_at, id")
                .param("seriesId", seriesId)
                .query(MAPPER)
                .list();
    }

    /** Row-locks, earliest first, the course's sessions still BOOKED that start after {@code now}; returns their ids. */
    List<UUID> lockUpcomingInSeries(UUID seriesId, Instant now) {
        return jdbc.sql("""
                        SELECT id FROM appointment
                        WHERE series_id = :seriesId AND status = 'BOOKED' AND starts_at > :now
                        ORDER BY starts_at, id
                        FOR UPDATE
                        """)
                .param("seriesId", seriesId)
                .param("now", utc(now))
                .query(UUID.class)
                .list();
    }

    /** One page of the appointments matching every given filter, earliest first, and how many match in all. */
    record Found(List<Appointment> items, long totalItems) {
    }

    /** The filter's {@code from} and {@code to} select appointments whose time overlaps {@code [from, to)}. */
    Found search(AppointmentFilter filter, int page, int size) {
        return find(filter, Optional.empty(), "ends_at > :from", (long) page * size, size);
    }

    /**
     * The filter's {@code from} and {@code to} select appointments that start in {@code [from, to)}, as FHIR's
     * {@code date} parameter of an Appointment searches its start; {@code appointmentId}, if given, narrows it to that
     * appointment.
     */
    Found searchByStart(AppointmentFilter filter, Optional<UUID> appointmentId, long offset, int limit) {
        return find(filter, appointmentId, "starts_at >= :from", offset, limit);
    }

    private Found find(AppointmentFilter filter, Optional<UUID> appointmentId, String fromCondition, long offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        appointmentId.ifPresent(id -> condition(conditions, params, "id = :appointmentId", "appointmentId", id));
        filter.clientId().ifPresent(id -> condition(conditions, params, "client_id = :clientId", "clientId", id));
        filter.therapistId().ifPresent(id -> condition(conditions, params, "therapist_id = :therapistId", "therapistId", id));
        filter.locationId().ifPresent(id -> condition(conditions, params, "location_id = :locationId", "locationId", id));
        if (!filter.locationsIn().isEmpty()) {
            condition(conditions, params, "location_id IN (:locationsIn)", "locationsIn", filter.locationsIn());
        }
        filter.from().ifPresent(from -> condition(conditions, params, fromCondition, "from", utc(from)));
        filter.to().ifPresent(to -> condition(conditions, params, "starts_at < :to", "to", utc(to)));
        filter.status().ifPresent(status -> condition(conditions, params, "status = :status", "status", status.name()));
        filter.confirmation().ifPresent(confirmation -> condition(conditions, params, "confirmation = :confirmation",
                "confirmation", confirmation.name()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM appointment" + where).params(params).query(Long.class).single();
        List<Appointment> items = jdbc.sql("SELECT " + COLUMNS + " FROM appointment" + where
                        + " ORDER BY starts_at, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(MAPPER)
                .list();
        return new Found(items, total);
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
        conditions.add(sql);
        params.put(name, value);
    }

    /** Binds the no-show risk columns' parameters of an insert or update. */
    private static JdbcClient.StatementSpec withRisk(JdbcClient.StatementSpec statement, Appointment appointment) {
        RiskColumns risk = RiskColumns.of(appointment.noShowRisk());
        return statement
                .param("riskNoShows", risk.noShows(), Types.INTEGER)
                .param("riskLateCancellations", risk.lateCancellations(), Types.INTEGER)
                .param("riskDaysAhead", risk.daysAhead(), Types.INTEGER)
                .param("riskWithinMonths", risk.withinMonths(), Types.INTEGER)
                .param("confirmation", risk.confirmation().name());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
