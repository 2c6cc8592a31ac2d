package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.servicedefaults.security.ClientLinks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registered clients by the subject they sign in as, from {@code client.registered} (table {@code client_link}).
 * As this service's {@link ClientLinks}, it lets a client whose token carries no {@code client_id} manage their
 * preferences and read their notifications and export as that client, once the registration has arrived.
 */
@Repository
class ClientLinkRepository implements ClientLinks {

    private final JdbcClient jdbc;

    ClientLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> clientIdOf(String subject) {
        return jdbc.sql("SELECT client_id FROM client_link WHERE subject = :subject")
                .param("subject", subject)
                .query(UUID.class)
                .optional();
    }

    /**
     * Links the subject to the client unless a later registration of the same subject is already linked (the events of
     * two clients travel on different partitions, so an older one may arrive last).
     *
     * @return whether the subject is now linked to this client
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean link(String subject, UUID clientId, Instant registeredAt) {
        return jdbc.sql("""
                        INSERT INTO client_link (subject, client_id, registered_at) VALUES (:subject, :clientId, :registeredAt)
                        ON CONFLICT (subject) DO UPDATE
                        SET client_id = EXCLUDED.client_id, registered_at = EXCLUDED.registered_at, updated_at = now()
                        WHERE client_link.registered_at < EXCLUDED.registered_at
                        """)
                .param("subject", subject)
                .param("clientId", clientId)
                .param("registeredAt", Timestamp.from(registeredAt))
                .update() == 1;
    }
}
