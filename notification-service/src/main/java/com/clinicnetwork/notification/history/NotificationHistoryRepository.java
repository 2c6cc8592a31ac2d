package com.clinicnetwork.notification.history;

import com.clinicnetwork.servicedefaults.web.PageOf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery records as the API lists them: searched by the columns the content's ids are computed into. The records
 * of an appointment include the confirmation of the course it was booked in, which lists it among its sessions.
 */
@Repository
class NotificationHistoryRepository {

    private final JdbcClient jdbc;

    NotificationHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<NotificationRecord> search(NotificationQuery query, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        query.appointmentId().ifPresent(id -> {
            conditions.add("(appointment_id = :appointmentId OR content -> 'sessions' @> CAST(:listingSession AS JSONB))");
            params.put("appointmentId", id);
            params.put("listingSession", "[{\"appointmentId\":\"" + id + "\"}]");
        });
        query.clientId().ifPresent(id -> {
            conditions.add("client_id = :clientId");
            params.put("clientId", id);
        });
        if (!query.visibility().everything()) {
            List<String> visible = new ArrayList<>();
            query.visibility().ownClientId().ifPresent(id -> {
                // A client sees the messages sent to them, not the copies sent to the clinic's systems, nor the alerts
                // about them sent to their therapist.
                visible.add("(client_id = :ownClientId AND channel <> 'WEBHOOK' AND template <> 'check-in-worsening-alert')");
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
        List<NotificationRecord> items = jdbc.sql("""
                        SELECT id, appointment_id, series_id, client_id, location_id, channel, template, status, attempts,
                            created_at, sent_at, last_error, recipient
                        FROM notification""" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(NotificationRecord.class)
                .list();
        return PageOf.of(items, page, size, total);
    }
}
