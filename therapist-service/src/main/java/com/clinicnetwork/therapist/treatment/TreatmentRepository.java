package com.clinicnetwork.therapist.treatment;

import com.clinicnetwork.therapist.location.RoomKind;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TreatmentRepository {

    private static final String COLUMNS =
            "id, name, duration_minutes, buffer_minutes, required_specialty, aftercare_plan, price, active, version, room_kind";

    private final JdbcClient jdbc;

    TreatmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Treatment treatment) {
        withColumns(jdbc.sql("INSERT INTO treatments (" + COLUMNS + ") VALUES (:id, :name, :durationMinutes, :bufferMinutes,"
                + " :requiredSpecialty, :aftercarePlan, :price, :active, :version, :roomKind)"), treatment).update();
    }

    /** Replaces the row; call after {@link #lockVersion}, which makes this the only writer. */
    void update(Treatment treatment) {
        withColumns(jdbc.sql("""
                        UPDATE treatments SET name = :name, duration_minutes = :durationMinutes, buffer_minutes = :bufferMinutes,
                            required_specialty = :requiredSpecialty, aftercare_plan = :aftercarePlan, price = :price,
                            active = :active, version = :version, room_kind = :roomKind
                        WHERE id = :id
                        """), treatment).update();
    }

    private static JdbcClient.StatementSpec withColumns(JdbcClient.StatementSpec statement, Treatment treatment) {
        return statement
                .param("id", treatment.id())
                .param("name", treatment.name())
                .param("durationMinutes", treatment.durationMinutes())
                .param("bufferMinutes", treatment.bufferMinutes())
                .param("requiredSpecialty", treatment.requiredSpecialty().name())
                .param("aftercarePlan", treatment.aftercarePlan())
                .param("price", treatment.price())
                .param("active", treatment.active())
                .param("version", treatment.version())
                .param("roomKind", treatment.roomKind() == null ? null : treatment.roomKind().name());
    }

    /** The current version, read with a row lock that serialises changes of the treatment until the transaction ends. */
    OptionalLong lockVersion(UUID id) {
        return jdbc.sql("SELECT version FROM treatments WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** Therapists offering the treatment who lack {@code specialty}, which it would then require. */
    List<UUID> offeredWithout(UUID treatmentId, Specialty specialty) {
        return jdbc.sql("""
                        SELECT o.therapist_id FROM therapist_treatments o
                        WHERE o.treatment_id = :treatmentId
                          AND NOT EXISTS (SELECT 1 FROM therapist_specialties s
                                          WHERE s.therapist_id = o.therapist_id AND s.specialty = :specialty)
                        ORDER BY o.therapist_id
                        """)
                .param("treatmentId", treatmentId)
                .param("specialty", specialty.name())
                .query(UUID.class)
                .list();
    }

    public Optional<Treatment> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM treatments WHERE id = :id")
                .param("id", id)
                .query(TreatmentRepository::map)
                .optional();
    }

    public List<Treatment> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM treatments WHERE id IN (:ids) ORDER BY name, id")
                .param("ids", ids)
                .query(TreatmentRepository::map)
                .list();
    }

    List<Treatment> findPage(PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM treatments ORDER BY name, id LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(TreatmentRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM treatments").query(Long.class).single();
    }

    private static Treatment map(ResultSet rs, int row) throws SQLException {
        return new Treatment(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getInt("duration_minutes"),
                rs.getInt("buffer_minutes"),
                Specialty.valueOf(rs.getString("required_specialty")),
                rs.getString("aftercare_plan"),
                rs.getBigDecimal("price"),
                rs.getBoolean("active"),
                rs.getLong("version"),
                rs.getString("room_kind") == null ? null : RoomKind.valueOf(rs.getString("room_kind")));
    }
}
