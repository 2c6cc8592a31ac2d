package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.booking.appointment.AppointmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** The aftercare check-in answers ({@code aftercare_check_in}) and what they need to know about their appointments. */
@Repository
class CheckInRepository {

    private static final RowMapper<CheckInView> VIEW = (rs, row) -> new CheckInView(
            rs.getObject("appointment_id", UUID.class),
            rs.getObject("series_id", UUID.class),
            utc(rs, "starts_at"),
            rs.getInt("score"),
            rs.getString("comment"),
            utc(rs, "answered_at"));

    private static final String VIEW_COLUMNS = "c.appointment_id, a.series_id, a.starts_at, c.score, c.comment, c.answered_at";

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the rules ask about an appointment whose check-in is to be answered. */
    record Subject(UUID appointmentId, UUID clientId, AppointmentStatus status, Instant endsAt, boolean answered) {
    }

    Optional<Subject> subject(UUID appointmentId) {
        return jdbc.sql("""
                        SELECT a.id, a.client_id, a.status, a.ends_at, c.appointment_id IS NOT NULL AS answered
                        FROM appointment a LEFT JOIN aftercare_check_in c ON c.appointment_id = a.id
                        WHERE a.id = :id
                        """)
                .param("id", appointmentId)
                .query((rs, row) -> new Subject(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        AppointmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getBoolean("answered")))
                .optional();
    }

    /** @return false if the appointment's check-in was already answered (the primary key allows one answer) */
    boolean insert(UUID appointmentId, int score, String comment, Instant answeredAt) {
        return jdbc.sql("""
                        INSERT INTO aftercare_check_in (appointment_id, score, comment, answered_at)
                        VALUES (:id, :score, :comment, :answeredAt)
                        ON CONFLICT (appointment_id) DO NOTHING
                        """)
                .param("id", appointmentId)
                .param("score", score)
                .param("comment", comment)
                .param("answeredAt", answeredAt.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    Optional<CheckInView> find(UUID appointmentId) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + """
                         FROM aftercare_check_in c JOIN appointment a ON a.id = c.appointment_id
                        WHERE c.appointment_id = :id
                        """)
                .param("id", appointmentId)
                .query(VIEW)
                .optional();
    }

    /**
     * What the page behind a check-in link shows: the session (names from the directory read model, null while it
     * does not know them) and whether, and how, it was answered. Nothing about the client.
     */
    Optional<CheckInLinkView> linkView(UUID appointmentId) {
        return jdbc.sql("""
                        SELECT a.id, t.name AS treatment_name, t.required_specialty, th.display_name AS therapist_name,
                               a.starts_at, c.score
                        FROM appointment a
                        LEFT JOIN directory_treatment t ON t.id = a.treatment_id
                        LEFT JOIN directory_therapist th ON th.id = a.therapist_id
                        LEFT JOIN aftercare_check_in c ON c.appointment_id = a.id
                        WHERE a.id = :id
                        """)
                .param("id", appointmentId)
                .query((rs, row) -> {
                    Integer score = rs.getObject("score", Integer.class);
                    return new CheckInLinkView(rs.getObject("id", UUID.class), rs.getString("treatment_name"),
                            rs.getString("therapist_name"), utc(rs, "starts_at"), rs.getString("required_specialty"),
                            score != null, score);
                })
                .optional();
    }

    /** The client a course was booked for, if the course exists. */
    Optional<UUID> clientOfCourse(UUID seriesId) {
        return jdbc.sql("SELECT client_id FROM appointment_series WHERE id = :id")
                .param("id", seriesId)
                .query(UUID.class)
                .optional();
    }

    /** One page of the answers matching both filters (each optional), by session start, and how many match in all. */
    record Found(List<CheckInView> items, long totalItems) {
    }

    Found search(Optional<UUID> clientId, Optional<UUID> seriesId, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        clientId.ifPresent(id -> {
            conditions.add("a.client_id = :clientId");
            params.put("clientId", id);
        });
        seriesId.ifPresent(id -> {
            conditions.add("a.series_id = :seriesId");
            params.put("seriesId", id);
        });
        String from = " FROM aftercare_check_in c JOIN appointment a ON a.id = c.appointment_id"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        List<CheckInView> items = jdbc.sql("SELECT " + VIEW_COLUMNS + from + " ORDER BY a.starts_at, a.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(VIEW)
                .list();
        return new Found(items, total);
    }

    /** Every answer given in a course, by session start: what a chart of the course needs. */
    List<CourseCheckIn> ofCourse(UUID seriesId) {
        return jdbc.sql("""
                        SELECT c.appointment_id, a.starts_at, c.score, c.answered_at
                        FROM aftercare_check_in c JOIN appointment a ON a.id = c.appointment_id
                        WHERE a.series_id = :seriesId
                        ORDER BY a.starts_at, a.id
                        """)
                .param("seriesId", seriesId)
                .query((rs, row) -> new CourseCheckIn(rs.getObject("appointment_id", UUID.class), utc(rs, "starts_at"),
                        rs.getInt("score"), utc(rs, "answered_at")))
                .list();
    }

    private static OffsetDateTime utc(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
