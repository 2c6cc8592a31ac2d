package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.ScheduleExceptionsRepository;
import com.clinicnetwork.therapist.schedule.TimeOff;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.schedule.WorkingHoursRepository;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TherapistRepository {

    private final JdbcClient jdbc;
    private final WorkingHoursRepository workingHours;
    private final ScheduleExceptionsRepository exceptions;

    TherapistRepository(JdbcClient jdbc, WorkingHoursRepository workingHours, ScheduleExceptionsRepository exceptions) {
        this.jdbc = jdbc;
        this.workingHours = workingHours;
        this.exceptions = exceptions;
    }

    /** Inserts the profile and its specialties, locations and treatments; working hours are written separately. */
    void insert(Therapist therapist) {
        jdbc.sql("""
                        INSERT INTO therapists (id, display_name, bio, licence_number, active, version, email)
                        VALUES (:id, :displayName, :bio, :licenceNumber, :active, :version, :email)
                        """)
                .param("id", therapist.id())
                .param("displayName", therapist.displayName())
                .param("bio", therapist.bio())
                .param("licenceNumber", therapist.licenceNumber())
                .param("active", therapist.active())
                .param("version", therapist.version())
                .param("email", therapist.email())
                .update();
        insertLinks(therapist);
    }

    /** Replaces the profile, specialties, locations and treatments; call after {@link #lockVersion}. */
    void updateProfile(Therapist therapist) {
        jdbc.sql("""
                        UPDATE therapists SET display_name = :displayName, bio = :bio, licence_number = :licenceNumber,
                            active = :active, version = :version, email = :email
                        WHERE id = :id
                        """)
                .param("id", therapist.id())
                .param("displayName", therapist.displayName())
                .param("bio", therapist.bio())
                .param("licenceNumber", therapist.licenceNumber())
                .param("active", therapist.active())
                .param("version", therapist.version())
                .param("email", therapist.email())
                .update();
        jdbc.sql("DELETE FROM therapist_specialties WHERE therapist_id = :id").param("id", therapist.id()).update();
        jdbc.sql("DELETE FROM therapist_treatments WHERE therapist_id = :id").param("id", therapist.id()).update();
        // Only locations no longer listed: deleting a kept one would cascade to its working hours.
        jdbc.sql("DELETE FROM therapist_locations WHERE therapist_id = :id AND NOT (location_id IN (:kept))")
                .param("id", therapist.id())
                .param("kept", therapist.locationIds())
                .update();
        insertLinks(therapist);
    }

    private void insertLinks(Therapist therapist) {
        for (Specialty specialty : therapist.specialties()) {
            link("therapist_specialties", "specialty", therapist.id(), specialty.name());
        }
        for (UUID locationId : therapist.locationIds()) {
            link("therapist_locations", "location_id", therapist.id(), locationId);
        }
        for (UUID treatmentId : therapist.treatmentIds()) {
            link("therapist_treatments", "treatment_id", therapist.id(), treatmentId);
        }
    }

    private void link(String table, String column, UUID therapistId, Object value) {
        // A kept location is still linked on update; inserting it again is a no-op.
        jdbc.sql("INSERT INTO " + table + " (therapist_id, " + column + ") VALUES (:therapistId, :value) ON CONFLICT DO NOTHING")
                .param("therapistId", therapistId)
                .param("value", value)
                .update();
    }

    /** The current version, read with a row lock that serialises changes of the therapist until the transaction ends. */
    OptionalLong lockVersion(UUID id) {
        return jdbc.sql("SELECT version FROM therapists WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** Sets the version of a therapist whose schedule changed; call after {@link #lockVersion}. */
    void setVersion(UUID id, long version) {
        jdbc.sql("UPDATE therapists SET version = :version WHERE id = :id").param("id", id).param("version", version).update();
    }

    Optional<Therapist> findById(UUID id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    /** @return the therapists in the order of {@code ids}, skipping ids that do not exist */
    List<Therapist> findAllById(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ProfileRow> profiles = new HashMap<>();
        jdbc.sql("SELECT id, display_name, bio, licence_number, active, version, email FROM therapists WHERE id IN (:ids)")
                .param("ids", ids)
                .query(ProfileRow.class)
                .list()
                .forEach(row -> profiles.put(row.id(), row));
        Map<UUID, Set<Specialty>> specialties = new HashMap<>();
        links("therapist_specialties", "specialty", ids).forEach(link -> specialties
                .computeIfAbsent(link.therapistId(), id -> EnumSet.noneOf(Specialty.class))
                .add(Specialty.valueOf(link.value())));
        Map<UUID, Set<UUID>> locations = uuidLinks("therapist_locations", "location_id", ids);
        Map<UUID, Set<UUID>> treatments = uuidLinks("therapist_treatments", "treatment_id", ids);
        Map<UUID, List<WorkingHoursBlock>> hours = workingHours.findByTherapists(ids);
        Map<UUID, List<TimeOff>> timeOff = exceptions.timeOffOf(ids);
        Map<UUID, List<ExtraHours>> extraHours = exceptions.extraHoursOf(ids);
        List<Therapist> therapists = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            ProfileRow profile = profiles.get(id);
            if (profile != null) {
                therapists.add(new Therapist(id, profile.displayName(), profile.bio(), profile.licenceNumber(),
                        specialties.getOrDefault(id, Set.of()), locations.getOrDefault(id, Set.of()),
                        treatments.getOrDefault(id, Set.of()), hours.getOrDefault(id, List.of()),
                        timeOff.getOrDefault(id, List.of()), extraHours.getOrDefault(id, List.of()),
                        profile.active(), profile.version(), profile.email()));
            }
        }
        return therapists;
    }

    /** Ids of one page of matching therapists, in the requested order. */
    List<UUID> search(TherapistSearch search, TherapistSort sort, PageQuery page) {
        Filter filter = filter(search);
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("SELECT t.id FROM therapists t" + filter.where() + sort.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(UUID.class)
                .list();
    }

    long count(TherapistSearch search) {
        Filter filter = filter(search);
        return jdbc.sql("SELECT count(*) FROM therapists t" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private static Filter filter(TherapistSearch search) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (search.locationId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM therapist_locations l WHERE l.therapist_id = t.id AND l.location_id = :locationId)");
            params.put("locationId", search.locationId());
        }
        if (search.specialty() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM therapist_specialties s WHERE s.therapist_id = t.id AND s.specialty = :specialty)");
            params.put("specialty", search.specialty().name());
        }
        if (search.treatmentId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM therapist_treatments o WHERE o.therapist_id = t.id AND o.treatment_id = :treatmentId)");
            params.put("treatmentId", search.treatmentId());
        }
        if (search.active() != null) {
            where.append(" AND t.active = :active");
            params.put("active", search.active());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND (t.display_name ILIKE :text OR t.bio ILIKE :text)");
            params.put("text", "%" + escapeLike(search.text().strip()) + "%");
        }
        return new Filter(where.toString(), params);
    }

    /** Makes {@code %} and {@code _} typed by a user match themselves instead of acting as wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Locations among {@code locationIds} where the therapist has weekly or extra hours. */
    Set<UUID> locationsWithHours(UUID therapistId, Collection<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT location_id FROM working_hours WHERE therapist_id = :id AND location_id IN (:locations)
                        UNION
                        SELECT location_id FROM extra_hours WHERE therapist_id = :id AND location_id IN (:locations)
                        """)
                .param("id", therapistId)
                .param("locations", locationIds)
                .query(UUID.class)
                .list());
    }

    private record ProfileRow(UUID id, String displayName, String bio, String licenceNumber, boolean active, long version,
            String email) {
    }

    private record Link(UUID therapistId, String value) {
    }

    private List<Link> links(String table, String column, Collection<UUID> ids) {
        return jdbc.sql("SELECT therapist_id, " + column + "::text AS value FROM " + table
                        + " WHERE therapist_id IN (:ids) ORDER BY " + column)
                .param("ids", ids)
                .query(TherapistRepository::mapLink)
                .list();
    }

    private Map<UUID, Set<UUID>> uuidLinks(String table, String column, Collection<UUID> ids) {
        Map<UUID, Set<UUID>> links = new HashMap<>();
        links(table, column, ids).forEach(link -> links
                .computeIfAbsent(link.therapistId(), id -> new LinkedHashSet<>())
                .add(UUID.fromString(link.value())));
        return links;
    }

    private static Link mapLink(ResultSet rs, int row) throws SQLException {
        return new Link(rs.getObject("therapist_id", UUID.class), rs.getString("value"));
    }
}
