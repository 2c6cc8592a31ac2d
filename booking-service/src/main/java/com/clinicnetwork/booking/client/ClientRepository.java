package com.clinicnetwork.booking.client;

import com.clinicnetwork.servicedefaults.web.PageOf;
import java.sql.Timestamp;
import java.time.Instant;
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

    /**
     * Inserts the profile a person created for themselves, linked to the subject they sign in as.
     *
     * @return false if that subject already has a profile (nothing is inserted)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean insertProfile(Client client, String subject, Instant registeredAt) {
        return jdbc.sql("INSERT INTO client (" + COLUMNS + ", subject, created_at" + """
                        ) VALUES (:id, :firstName, :lastName, :email, :phone, :timeZone, :locale, :registeredLocationId, :version,
                                  :subject, :registeredAt)
                        ON CONFLICT (subject) DO NOTHING
                        """)
                .param("id", client.id())
                .param("firstName", client.firstName())
                .param("lastName", client.lastName())
                .param("email", client.email())
                .param("phone", client.phone())
                .param("timeZone", client.timeZone())
                .param("locale", client.locale())
                .param("registeredLocationId", client.registeredLocationId())
                .param("version", client.version())
                .param("subject", subject)
                .param("registeredAt", Timestamp.from(registeredAt))
                .update() == 1;
    }

    /** The profile the person signed in as {@code subject} created; none once it was erased. */
    Optional<UUID> findIdBySubject(String subject) {
        return jdbc.sql("SELECT id FROM client WHERE subject = :subject")
                .param("subject", subject)
                .query(UUID.class)
                .optional();
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
     * @return the locked client, or empty if there is no client with this id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LockedClient> lock(UUID id) {
        return jdbc.sql("SELECT erased_at IS NOT NULL AS erased FROM client WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, row) -> new LockedClient(rs.getBoolean("erased")))
                .optional();
    }

    /** @param erased whether the client's personal data was erased on their request (the record holds placeholders) */
    public record LockedClient(boolean erased) {
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

    /**
     * One page of the clients whose name ("First Last" or either part) or email contains {@code text}, ignoring case,
     * ordered by name. With {@code locations}, only the clients front desk there may read (see {@link ClientAccess}):
     * registered at one of them, or with a non-cancelled appointment at one. Erased clients hold placeholders only
     * and are never found.
     */
    PageOf<ClientView> search(String text, Optional<Set<UUID>> locations, int page, int size) {
        String where = """
                 WHERE c.erased_at IS NULL
                   AND ((c.first_name || ' ' || c.last_name) ILIKE :pattern ESCAPE '\\' OR c.email ILIKE :pattern ESCAPE '\\')
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        if (locations.isPresent()) {
            where += """
                       AND (c.registered_location_id IN (:locations)
                            OR EXISTS (SELECT 1 FROM appointment a
                                       WHERE a.client_id = c.id AND a.location_id IN (:locations) AND a.status <> 'CANCELLED'))
                    """;
            params.put("locations", List.copyOf(locations.get()));
        }
        long total = jdbc.sql("SELECT count(*) FROM client c" + where).params(params).query(Long.class).single();
        List<ClientView> items = jdbc.sql("SELECT " + prefixed("c.") + " FROM client c" + where
                        + " ORDER BY c.last_name, c.first_name, c.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Client.class)
                .list()
                .stream()
                .map(ClientView::of)
                .toList();
        return PageOf.of(items, page, size, total);
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM client)").query(Boolean.class).single();
    }
}
