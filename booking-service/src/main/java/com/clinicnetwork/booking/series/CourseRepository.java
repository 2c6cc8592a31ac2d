package com.clinicnetwork.booking.series;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Booked courses ({@code appointment_series}); their sessions are appointments. */
@Repository
class CourseRepository {

    /** A course as booked: the therapist is the one booked for, sessions may since have moved to another. */
    record Course(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, int intervalWeeks,
            int occurrences, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The course's row, booked for {@code clientId} as {@code request} asks; its sessions are written on their own. */
    void insert(UUID id, UUID clientId, SeriesRequest request) {
        jdbc.sql("""
                        INSERT INTO appointment_series (id, client_id, therapist_id, location_id, treatment_id, interval_weeks, occurrences)
                        VALUES (:id, :clientId, :therapistId, :locationId, :treatmentId, :intervalWeeks, :occurrences)
                        """)
                .param("id", id)
                .param("clientId", clientId)
                .param("therapistId", request.therapistId())
                .param("locationId", request.locationId())
                .param("treatmentId", request.treatmentId())
                .param("intervalWeeks", request.intervalWeeks())
                .param("occurrences", request.occurrences())
                .update();
    }

    Optional<Course> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, client_id, therapist_id, location_id, treatment_id, interval_weeks, occurrences, created_at
                        FROM appointment_series WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new Course(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getObject("therapist_id", UUID.class), rs.getObject("location_id", UUID.class),
                        rs.getObject("treatment_id", UUID.class), rs.getInt("interval_weeks"), rs.getInt("occurrences"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }
}
