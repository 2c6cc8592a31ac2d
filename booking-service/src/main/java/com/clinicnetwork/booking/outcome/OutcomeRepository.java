package com.clinicnetwork.booking.outcome;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answered check-ins ({@code aftercare_check_in}) read as series and as report figures. */
@Repository
class OutcomeRepository {

    private static final String ANSWERS = """
            SELECT c.appointment_id, a.starts_at, c.score
            FROM aftercare_check_in c JOIN appointment a ON a.id = c.appointment_id
            """;

    private final JdbcClient jdbc;

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the rules ask about an appointment whose series is read or whose answer was just recorded. */
    record Subject(UUID appointmentId, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, UUID seriesId) {
    }

    Optional<Subject> subject(UUID appointmentId) {
        return jdbc.sql("""
                        SELECT id, client_id, therapist_id, location_id, treatment_id, series_id
                        FROM appointment WHERE id = :id
                        """)
                .param("id", appointmentId)
                .query((rs, row) -> new Subject(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getObject("therapist_id", UUID.class), rs.getObject("location_id", UUID.class),
                        rs.getObject("treatment_id", UUID.class), rs.getObject("series_id", UUID.class)))
                .optional();
    }

    /**
     * The answers of the appointment's series in session order: its course's or, for a single appointment, those of the
     * client's single appointments of the same treatment.
     */
    ScoreSeries seriesOf(Subject subject) {
        JdbcClient.StatementSpec query = subject.seriesId() != null
                ? jdbc.sql(ANSWERS + " WHERE a.series_id = :seriesId ORDER BY a.starts_at, a.id").param("seriesId", subject.seriesId())
                : jdbc.sql(ANSWERS + """
                                 WHERE a.client_id = :clientId AND a.treatment_id = :treatmentId AND a.series_id IS NULL
                                ORDER BY a.starts_at, a.id
                                """)
                        .param("clientId", subject.clientId())
                        .param("treatmentId", subject.treatmentId());
        return new ScoreSeries(query.query((rs, row) -> new Answered(rs.getObject("appointment_id", UUID.class),
                utc(rs, "starts_at"), rs.getInt("score"))).list());
    }

    /** The client's next booked session with the therapist after {@code now}, which the alert mentions. */
    Optional<OffsetDateTime> nextSession(UUID clientId, UUID therapistId, Instant now) {
        return jdbc.sql("""
                        SELECT starts_at FROM appointment
                        WHERE client_id = :clientId AND therapist_id = :therapistId AND status = 'BOOKED' AND starts_at > :now
                        ORDER BY starts_at LIMIT 1
                        """)
                .param("clientId", clientId)
                .param("therapistId", therapistId)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> utc(rs, "starts_at"))
                .optional();
    }

    /** Every answer of sessions starting in the period, at the location and of the treatment (each optional), in session order. */
    List<OutcomeReport.Answer> reportAnswers(OutcomeFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        filter.from().ifPresent(from -> {
            conditions.add("a.starts_at >= :from");
            params.put("from", from.atOffset(ZoneOffset.UTC));
        });
        filter.to().ifPresent(to -> {
            conditions.add("a.starts_at < :to");
            params.put("to", to.atOffset(ZoneOffset.UTC));
        });
        filter.locationId().ifPresent(id -> {
            conditions.add("a.location_id = :locationId");
            params.put("locationId", id);
        });
        filter.treatmentId().ifPresent(id -> {
            conditions.add("a.treatment_id = :treatmentId");
            params.put("treatmentId", id);
        });
        return jdbc.sql("""
                        SELECT a.treatment_id, t.name AS treatment_name, a.location_id, l.name AS location_name, a.client_id, c.score
                        FROM aftercare_check_in c
                        JOIN appointment a ON a.id = c.appointment_id
                        LEFT JOIN directory_treatment t ON t.id = a.treatment_id
                        LEFT JOIN directory_location l ON l.id = a.location_id
                        """ + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY a.starts_at, a.id")
                .params(params)
                .query((rs, row) -> new OutcomeReport.Answer(rs.getObject("treatment_id", UUID.class),
                        rs.getString("treatment_name"), rs.getObject("location_id", UUID.class), rs.getString("location_name"),
                        rs.getObject("client_id", UUID.class), rs.getInt("score")))
                .list();
    }

    private static OffsetDateTime utc(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
