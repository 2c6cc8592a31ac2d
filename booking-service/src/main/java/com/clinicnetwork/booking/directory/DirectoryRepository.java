package com.clinicnetwork.booking.directory;

import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory read model. Every upsert is conditional on the incoming version being newer than the
 * stored one, so the state converges to the newest event whatever order events arrive in.
 */
@Repository
public class DirectoryRepository {

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the state was newer than the stored one and has been applied */
    boolean upsert(LocationState location) {
        return jdbc.sql("""
                        INSERT INTO directory_location (id, version, name, time_zone, active)
                        VALUES (:id, :version, :name, :timeZone, :active)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, name = EXCLUDED.name, time_zone = EXCLUDED.time_zone, active = EXCLUDED.active
                        WHERE directory_location.version < EXCLUDED.version
                        """)
                .param("id", location.id())
                .param("version", location.version())
                .param("name", location.name())
                .param("timeZone", location.timeZone())
                .param("active", location.active())
                .update() == 1;
    }

    boolean upsert(TreatmentState treatment) {
        return jdbc.sql("""
                        INSERT INTO directory_treatment (id, version, name, duration_minutes, buffer_minutes, active)
                        VALUES (:id, :version, :name, :duration, :buffer, :active)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, name = EXCLUDED.name, duration_minutes = EXCLUDED.duration_minutes,
                            buffer_minutes = EXCLUDED.buffer_minutes, active = EXCLUDED.active
                        WHERE directory_treatment.version < EXCLUDED.version
                        """)
                .param("id", treatment.id())
                .param("version", treatment.version())
                .param("name", treatment.name())
                .param("duration", treatment.durationMinutes())
                .param("buffer", treatment.bufferMinutes())
                .param("active", treatment.active())
                .update() == 1;
    }

    /** Replaces the therapist's locations, treatments and hours together with the profile, if the state is newer. */
    boolean upsert(TherapistState therapist) {
        boolean applied = jdbc.sql("""
                        INSERT INTO directory_therapist (id, version, display_name, active)
                        VALUES (:id, :version, :displayName, :active)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, display_name = EXCLUDED.display_name, active = EXCLUDED.active
                        WHERE directory_therapist.version < EXCLUDED.version
                        """)
                .param("id", therapist.id())
                .param("version", therapist.version())
                .param("displayName", therapist.displayName())
                .param("active", therapist.active())
                .update() == 1;
        if (!applied) {
            return false;
        }
        UUID id = therapist.id();
        jdbc.sql("DELETE FROM directory_therapist_location WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_therapist_treatment WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_working_hours WHERE therapist_id = :id").param("id", id).update();
        for (UUID locationId : therapist.locationIds()) {
            jdbc.sql("INSERT INTO directory_therapist_location (therapist_id, location_id) VALUES (:id, :locationId)")
                    .param("id", id).param("locationId", locationId).update();
        }
        for (UUID treatmentId : therapist.treatmentIds()) {
            jdbc.sql("INSERT INTO directory_therapist_treatment (therapist_id, treatment_id) VALUES (:id, :treatmentId)")
                    .param("id", id).param("treatmentId", treatmentId).update();
        }
        for (WeeklyWorkingHours block : therapist.workingHours()) {
            jdbc.sql("""
                            INSERT INTO directory_working_hours (therapist_id, location_id, day_of_week, starts_at, ends_at)
                            VALUES (:id, :locationId, :day, :startsAt, :endsAt)
                            """)
                    .param("id", id)
                    .param("locationId", block.locationId())
                    .param("day", block.dayOfWeek().getValue())
                    .param("startsAt", block.startsAt())
                    .param("endsAt", block.endsAt())
                    .update();
        }
        return true;
    }

    public Optional<Location> findLocation(UUID id) {
        return jdbc.sql("SELECT id, time_zone, active FROM directory_location WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Location(rs.getObject("id", UUID.class), ZoneId.of(rs.getString("time_zone")),
                        rs.getBoolean("active")))
                .optional();
    }

    public Optional<Treatment> findTreatment(UUID id) {
        return jdbc.sql("SELECT id, duration_minutes, buffer_minutes, active FROM directory_treatment WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Treatment(rs.getObject("id", UUID.class),
                        Duration.ofMinutes(rs.getInt("duration_minutes")), Duration.ofMinutes(rs.getInt("buffer_minutes")),
                        rs.getBoolean("active")))
                .optional();
    }

    public Optional<Therapist> findTherapist(UUID id) {
        Optional<Boolean> active = jdbc.sql("SELECT active FROM directory_therapist WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional();
        return active.map(isActive -> new Therapist(id, isActive,
                ids("SELECT location_id FROM directory_therapist_location WHERE therapist_id = :id", id),
                ids("SELECT treatment_id FROM directory_therapist_treatment WHERE therapist_id = :id", id),
                workingHours(id)));
    }

    private Set<UUID> ids(String sql, UUID therapistId) {
        return new HashSet<>(jdbc.sql(sql).param("id", therapistId).query(UUID.class).list());
    }

    private List<WorkingHours> workingHours(UUID therapistId) {
        return jdbc.sql("""
                        SELECT location_id, day_of_week, starts_at, ends_at FROM directory_working_hours
                        WHERE therapist_id = :id ORDER BY location_id, day_of_week, starts_at
                        """)
                .param("id", therapistId)
                .query((rs, row) -> new WorkingHours(rs.getObject("location_id", UUID.class),
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class)))
                .list();
    }
}
