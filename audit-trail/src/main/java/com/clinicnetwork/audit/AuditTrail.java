package com.clinicnetwork.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code audit_event} table of the service's own database. */
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored in its own short transaction: the audit entry does not depend on the request's outcome. */
    public void record(AuditEvent event) {
        jdbc.sql("""
                INSERT INTO audit_event (subject, roles, method, path, record_type, record_id, client_ip, status, request_id)
                VALUES (:subject, :roles, :method, :path, :recordType, :recordId, :clientIp, :status, :requestId)
                """)
                .param("subject", event.subject())
                .param("roles", event.roles())
                .param("method", event.method())
                .param("path", event.path())
                .param("recordType", event.recordType())
                .param("recordId", event.recordId())
                .param("clientIp", event.clientIp())
                .param("status", event.status())
                .param("requestId", event.requestId())
                .update();
    }

    public AuditEventPage search(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        addCondition(conditions, params, "record_type = :recordType", "recordType", query.recordType());
        addCondition(conditions, params, "record_id = :recordId", "recordId", query.recordId());
        addCondition(conditions, params, "subject = :subject", "subject", query.subject());
        addCondition(conditions, params, "occurred_at >= :from", "from", query.from() == null ? null : Timestamp.from(query.from()));
        addCondition(conditions, params, "occurred_at < :to", "to", query.to() == null ? null : Timestamp.from(query.to()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<AuditEvent> items = jdbc.sql("""
                SELECT id, occurred_at, subject, roles, method, path, record_type, record_id, client_ip, status, request_id
                FROM audit_event""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("subject"), rs.getString("roles"), rs.getString("method"), rs.getString("path"),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("client_ip"),
                        rs.getInt("status"), rs.getString("request_id")))
                .list();
        return new AuditEventPage(items, query.page(), query.size(), total);
    }

    private static void addCondition(List<String> conditions, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
