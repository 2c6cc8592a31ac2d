package com.clinicnetwork.notification.directory;

import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory read model: this service's copy of the directory entries messages mention. Writes are version-checked: an event
 * older than the stored entry (a replay, or out-of-order delivery) changes nothing.
 */
@Repository
public class DirectoryRepository {

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the copy changed */
    boolean apply(LocationState location) {
        return jdbc.sql("""
                        INSERT INTO directory_location (id, version, name, address, time_zone)
                        VALUES (:id, :version, :name, :address, :timeZone)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, name = EXCLUDED.name, address = EXCLUDED.address,
                            time_zone = EXCLUDED.time_zone, updated_at = now()
                        WHERE directory_location.version < EXCLUDED.version
                        """)
                .param("id", location.id())
                .param("version", location.version())
                .param("name", location.name())
                .param("address", location.address())
                .param("timeZone", location.timeZone())
                .update() == 1;
    }

    boolean apply(TherapistState therapist) {
        return jdbc.sql("""
                        INSERT INTO directory_therapist (id, version, display_name, email)
                        VALUES (:id, :version, :displayName, :email)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, display_name = EXCLUDED.display_name, email = EXCLUDED.email,
                            updated_at = now()
                        WHERE directory_therapist.version < EXCLUDED.version
                        """)
                .param("id", therapist.id())
                .param("version", therapist.version())
                .param("displayName", therapist.displayName())
                .param("email", therapist.email())
                .update() == 1;
    }

    boolean apply(TreatmentState treatment) {
        return jdbc.sql("""
                        INSERT INTO directory_treatment (id, version, name, aftercare_plan, required_specialty)
                        VALUES (:id, :version, :name, :aftercarePlan, :requiredSpecialty)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, name = EXCLUDED.name, aftercare_plan = EXCLUDED.aftercare_plan,
                            required_specialty = EXCLUDED.required_specialty, updated_at = now()
                        WHERE directory_treatment.version < EXCLUDED.version
                        """)
                .param("id", treatment.id())
                .param("version", treatment.version())
                .param("name", treatment.name())
                .param("aftercarePlan", treatment.aftercarePlan())
                .param("requiredSpecialty", treatment.requiredSpecialty())
                .update() == 1;
    }

    /** The entries a message about this location, therapist and treatment mentions, as far as they are known. */
    public DirectoryEntries entries(UUID locationId, UUID therapistId, UUID treatmentId) {
        return new DirectoryEntries(location(locationId), therapist(therapistId), treatment(treatmentId));
    }

    public Optional<Location> location(UUID id) {
        return jdbc.sql("SELECT id, version, name, address, time_zone FROM directory_location WHERE id = :id")
                .param("id", id)
                .query(Location.class)
                .optional();
    }

    public Optional<Therapist> therapist(UUID id) {
        return jdbc.sql("SELECT id, version, display_name, email FROM directory_therapist WHERE id = :id")
                .param("id", id)
                .query(Therapist.class)
                .optional();
    }

    public Optional<Treatment> treatment(UUID id) {
        return jdbc.sql("SELECT id, version, name, aftercare_plan, required_specialty FROM directory_treatment WHERE id = :id")
                .param("id", id)
                .query(Treatment.class)
                .optional();
    }
}
