package com.clinicnetwork.booking.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ClientRepository {

    private static final String COLUMNS = "id, first_name, last_name, email, phone, time_zone, locale, registered_location_id, version";

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if a client with this id already exists (the existing one is kept) */
    public boolean insertIfAbsent(Client client) {
        return jdbc.sql("INSERT INTO client (" + COLUMNS + """
                        ) VALUES (:id, :firstName, :lastName, :email, :phone, :timeZone, :locale, :registeredLocationId, :version)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .paramSource(client)
                .update() == 1;
    }

    public Optional<Client> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client WHERE id = :id")
                .param("id", id)
                .query(Client.class)
                .optional();
    }

    /**
     * Locks the client's row until the transaction ends: what a client may hold at once (appointments, waitlist
     * entries, courses) is counted under this lock, so two concurrent requests cannot both pass a limit.
     *
     * @return whether the client exists
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client WHERE id = :id FOR UPDATE)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Whether the client's personal data was erased on their request; their record then holds placeholders only. */
    public boolean isErased(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client WHERE id = :id AND erased_at IS NOT NULL)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Whether the client has, or had, an appointment with the therapist that was not cancelled. */
    boolean isClientOfTherapist(UUID clientId, UUID therapistId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM appointment
                                       WHERE client_id = :clientId AND therapist_id = :therapistId AND status <> 'CANCELLED')
                        """)
                .param("clientId", clientId)
                .param("therapistId", therapistId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the client was registered at one of the locations or has, or had, a non-cancelled appointment there. */
    boolean isClientAtLocations(UUID clientId, Set<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM client WHERE id = :clientId AND registered_location_id IN (:locations))
                            OR EXISTS (SELECT 1 FROM appointment
                                       WHERE client_id = :clientId AND location_id IN (:locations) AND status <> 'CANCELLED')
                        """)
                .param("clientId", clientId)
                .param("locations", List.copyOf(locationIds))
                .query(Boolean.class)
                .single();
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM client)").query(Boolean.class).single();
    }
}
