package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.message.MessageType;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class WebhookSubscriptionRepository {

    private static final String COLUMNS = "id, url, secret, message_types, active, version, created_at";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    WebhookSubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A webhook delivery target: where a copy of a message of this type goes. */
    public record Target(UUID id, String url) {
    }

    public List<Target> targetsFor(MessageType type) {
        return jdbc.sql("SELECT id, url FROM webhook_subscription WHERE active AND :type = ANY (message_types) ORDER BY id")
                .param("type", type.template())
                .query(Target.class)
                .list();
    }

    /**
     * Creates a subscription unless the chain already has {@code limit} of them. Call in a transaction: its lock
     * serialises creations until the creation commits.
     *
     * @return the new subscription, or empty if the limit is reached
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<WebhookSubscription> create(URI url, Set<MessageType> types, int limit) {
        // Serialises creations, so two concurrent ones cannot both see room for one more.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('webhook_subscription.create'))").query((rs, row) -> Boolean.TRUE).single();
        long existing = jdbc.sql("SELECT count(*) FROM webhook_subscription").query(Long.class).single();
        if (existing >= limit) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO webhook_subscription (id, url, secret, message_types) VALUES (:id, :url, :secret, :types)")
                .param("id", id)
                .param("url", url.toString())
                .param("secret", newSecret())
                .param("types", templates(types))
                .update();
        return find(id);
    }

    public Optional<WebhookSubscription> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id")
                .param("id", id)
                .query(WebhookSubscriptionRepository::map)
                .optional();
    }

    List<WebhookSubscription> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY created_at, id")
                .query(WebhookSubscriptionRepository::map)
                .list();
    }

    /** @return the updated subscription, or empty if it is not at {@code expectedVersion} (or gone) */
    Optional<WebhookSubscription> update(UUID id, long expectedVersion, URI url, Set<MessageType> types, boolean active) {
        int changed = jdbc.sql("""
                        UPDATE webhook_subscription SET url = :url, message_types = :types, active = :active, version = version + 1
                        WHERE id = :id AND version = :expectedVersion
                        """)
                .param("id", id)
                .param("expectedVersion", expectedVersion)
                .param("url", url.toString())
                .param("types", templates(types))
                .param("active", active)
                .update();
        return changed == 1 ? find(id) : Optional.empty();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM webhook_subscription WHERE id = :id").param("id", id).update() == 1;
    }

    private static String[] templates(Set<MessageType> types) {
        return types.stream().map(MessageType::template).sorted().toArray(String[]::new);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static WebhookSubscription map(ResultSet rs, int row) throws SQLException {
        Set<MessageType> types = Arrays.stream((String[]) rs.getArray("message_types").getArray())
                .map(template -> MessageType.ofTemplate(template).orElseThrow())
                .collect(Collectors.toSet());
        return new WebhookSubscription(
                rs.getObject("id", UUID.class),
                URI.create(rs.getString("url")),
                rs.getString("secret"),
                types,
                rs.getBoolean("active"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
