package com.clinicnetwork.notification.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class NotificationRepository {

    private static final String COLUMNS = """
            id, appointment_id, appointment_version, client_id, location_id, therapist_id, treatment_id, starts_at, ends_at,
            channel, template, recipient, recipient_name, locale, status, attempts, created_at, sent_at, last_error
            """;
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if this appointment version already has this message on this channel */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertPending(Notification notification) {
        return jdbc.sql("""
                        INSERT INTO notification (id, appointment_id, appointment_version, client_id, location_id, therapist_id,
                            treatment_id, starts_at, ends_at, channel, template, recipient, recipient_name, locale, status)
                        VALUES (:id, :appointmentId, :appointmentVersion, :clientId, :locationId, :therapistId,
                            :treatmentId, :startsAt, :endsAt, :channel, :template, :recipient, :recipientName, :locale, 'PENDING')
                        ON CONFLICT ON CONSTRAINT notification_once_per_appointment_version DO NOTHING
                        """)
                .param("id", notification.id())
                .param("appointmentId", notification.appointmentId())
                .param("appointmentVersion", notification.appointmentVersion())
                .param("clientId", notification.clientId())
                .param("locationId", notification.locationId())
                .param("therapistId", notification.therapistId())
                .param("treatmentId", notification.treatmentId())
                .param("startsAt", Timestamp.from(notification.startsAt()))
                .param("endsAt", Timestamp.from(notification.endsAt()))
                .param("channel", notification.channel().name())
                .param("template", notification.template())
                .param("recipient", notification.recipient())
                .param("recipientName", notification.recipientName())
                .param("locale", notification.locale())
                .update() == 1;
    }

    /**
     * Locks the next notification due for delivery until the caller's transaction ends. Rows another
     * replica is delivering are skipped, so no two replicas send the same message.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notification> lockNextDue() {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM notification
                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """)
                .query(Notification.class)
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSent(UUID id) {
        jdbc.sql("UPDATE notification SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRetry(UUID id, String error, Duration delay) {
        jdbc.sql("""
                        UPDATE notification
                        SET attempts = attempts + 1, last_error = :error,
                            next_attempt_at = now() + :delayMillis * INTERVAL '1 millisecond'
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("error", truncate(error))
                .param("delayMillis", delay.toMillis())
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFailed(UUID id, String error) {
        jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("id", id)
                .param("error", truncate(error))
                .update();
    }

    public NotificationPage<Notification> search(NotificationQuery query, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        query.appointmentId().ifPresent(id -> {
            conditions.add("appointment_id = :appointmentId");
            params.put("appointmentId", id);
        });
        query.clientId().ifPresent(id -> {
            conditions.add("client_id = :clientId");
            params.put("clientId", id);
        });
        if (!query.visibility().everything()) {
            List<String> visible = new ArrayList<>();
            query.visibility().ownClientId().ifPresent(id -> {
                visible.add("client_id = :ownClientId");
                params.put("ownClientId", id);
            });
            if (!query.visibility().locationIds().isEmpty()) {
                visible.add("location_id IN (:visibleLocations)");
                params.put("visibleLocations", List.copyOf(query.visibility().locationIds()));
            }
            conditions.add(visible.isEmpty() ? "FALSE" : "(" + String.join(" OR ", visible) + ")");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM notification" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Notification> items = jdbc.sql("SELECT " + COLUMNS + " FROM notification" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Notification.class)
                .list();
        return NotificationPage.of(items, page, size, total);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
