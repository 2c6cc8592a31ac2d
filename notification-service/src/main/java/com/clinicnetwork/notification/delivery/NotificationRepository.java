package com.clinicnetwork.notification.delivery;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.message.MessageContentJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications as the dispatcher delivers them: stored once per occasion and channel, locked one at a time when
 * due by the service's clock, and every attempt's outcome recorded.
 */
@Repository
public class NotificationRepository {

    private static final String COLUMNS = """
            id, occasion, channel, subscription_id, recipient, recipient_name, locale, content, attempts, next_attempt_at, created_at
            """;
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a notification as PENDING (due at {@code nextAttemptAt}) or SKIPPED.
     *
     * @return false if this occasion already has a notification on this channel (and subscription)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insert(Message message, Channel channel, UUID subscriptionId, String recipient, NotificationStatus status,
            Instant nextAttemptAt) {
        return jdbc.sql("""
                        INSERT INTO notification (id, occasion, content, channel, subscription_id, recipient, recipient_name, locale,
                            status, next_attempt_at, created_at)
                        VALUES (:id, :occasion, CAST(:content AS JSONB), :channel, :subscriptionId, :recipient, :recipientName,
                            :locale, :status, :nextAttemptAt, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", UUID.randomUUID())
                .param("occasion", message.occasion())
                .param("content", MessageContentJson.write(message.content()))
                .param("channel", channel.name())
                .param("subscriptionId", subscriptionId)
                .param("recipient", recipient)
                .param("recipientName", channel.toClient() ? message.addressee().firstName() : null)
                .param("locale", message.addressee().locale())
                .param("status", status.name())
                .param("nextAttemptAt", timestamp(nextAttemptAt))
                .param("now", now())
                .update() == 1;
    }

    /**
     * Locks the next notification due for delivery by the service's clock until the caller's transaction ends. Rows
     * another worker or replica is delivering are skipped, so no two send the same message. A message about an
     * appointment waits while an earlier one about it to the same recipient is still pending (being delivered, or
     * retried later), so a client never gets the cancellation before the confirmation.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notification> lockNextDue() {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM notification n
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM notification earlier
                                           WHERE earlier.status = 'PENDING'
                                             AND earlier.appointment_id = n.appointment_id
                                             AND earlier.channel = n.channel
                                             AND earlier.subscription_id IS NOT DISTINCT FROM n.subscription_id
                                             AND (earlier.created_at, earlier.id) < (n.created_at, n.id))
                        ORDER BY next_attempt_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", now())
                .query(NotificationRepository::map)
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSent(Notification notification) {
        jdbc.sql("UPDATE notification SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL WHERE id = :id")
                .param("now", now())
                .param("id", notification.id())
                .update();
        recordAttempt(notification, "SENT", null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRetry(Notification notification, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                        UPDATE notification SET attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAttemptAt
                        WHERE id = :id
                        """)
                .param("id", notification.id())
                .param("error", truncate(error))
                .param("nextAttemptAt", timestamp(nextAttemptAt))
                .update();
        recordAttempt(notification, "RETRY", error);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFailed(Notification notification, String error) {
        jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("id", notification.id())
                .param("error", truncate(error))
                .update();
        recordAttempt(notification, "FAILED", error);
    }

    private void recordAttempt(Notification notification, String outcome, String error) {
        jdbc.sql("""
                        INSERT INTO notification_attempt (notification_id, attempt, channel, outcome, error, attempted_at)
                        VALUES (:id, :attempt, :channel, :outcome, :error, :now)
                        """)
                .param("now", now())
                .param("id", notification.id())
                .param("attempt", notification.attempts() + 1)
                .param("channel", notification.channel().name())
                .param("outcome", outcome)
                .param("error", truncate(error))
                .update();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("occasion"),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("subscription_id", UUID.class),
                rs.getString("recipient"),
                rs.getString("recipient_name"),
                rs.getString("locale"),
                MessageContentJson.read(rs.getString("content")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
