package com.clinicnetwork.booking.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /** "First Last" of each existing client among {@code ids}. */
    public Map<UUID, String> fullNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, first_name || ' ' || last_name AS full_name FROM client WHERE id IN (:ids)")
                .param("ids", List.copyOf(Set.copyOf(ids)))
                .query((RowCallbackHandler) rs -> names.put(rs.getObject("id", UUID.class), rs.getString("full_name")));
        return names;
    }

    /** Those of the clients who have, or had, a non-cancelled appointment with the therapist (one query for many). */
    Set<UUID> clientsOfTherapist(Collection<UUID> clientIds, UUID therapistId) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT client_id FROM appointment
                        WHERE client_id IN (:clientIds) AND therapist_id = :therapistId AND status <> 'CANCELLED'
                        """)
                .param("clientIds", List.copyOf(Set.copyOf(clientIds)))
                .param("therapistId", therapistId)
                .query(UUID.class)
                .list());
    }

    /** Those of the clients registered at, or with a non-cancelled appointment at, one of the locations (one query). */
    Set<UUID> clientsAtLocations(Collection<UUID> clientIds, Set<UUID> locationIds) {
        if (clientIds.isEmpty() || locationIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT id FROM client WHERE id IN (:clientIds) AND registered_location_id IN (:locations)
                        UNION
                        SELECT client_id FROM appointment
                        WHERE client_id IN (:clientIds) AND location_id IN (:locations) AND status <> 'CANCELLED'
                        """)
                .param("clientIds", List.copyOf(Set.copyOf(clientIds)))
                .param("locations", List.copyOf(locationIds))
                .query(UUID.class)
                .list());
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM client)").query(Boolean.class).single();
    }
}
