package com.clinicnetwork.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code audit_event} table of the service's own database: one hash chain per service. */
public class AuditTrail {

    private static final int VERIFY_BATCH = 1_000;
    private static final String COLUMNS =
            "id, occurred_at, subject, roles, method, path, record_type, record_id, client_ip, status, request_id";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate appending;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.appending = new TransactionTemplate(transactions);
        this.appending.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.clock = clock;
    }

    private record Head(long unchainedUntil, Long lastId, String lastHash) {
    }

    /**
     * Appends the records of one request to the chain in one short transaction of its own: the chain head
     * is locked, so concurrent requests append one after the other, and ids and times are taken under
     * the lock, so both grow along the chain. Throws when they cannot be stored.
     *
     * @param events without id and time, which are assigned here
     */
    public void record(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        appending.executeWithoutResult(status -> {
            Head head = jdbc.sql("SELECT unchained_until, last_id, last_hash FROM audit_chain_head WHERE chain = 1 FOR UPDATE")
                    .query(AuditTrail::head).single();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('audit_event', 'id')) FROM generate_series(1, :count)")
                    .param("count", events.size()).query(Long.class).list().stream().sorted().toList();
            String prevHash = head.lastHash();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                AuditEvent event = events.get(i);
                AuditEvent stored = new AuditEvent(ids.get(i), now, event.subject(), event.roles(), event.method(), event.path(),
                        event.recordType(), event.recordId(), event.clientIp(), event.status(), event.requestId());
                String hash = AuditChain.hash(stored, prevHash);
                rows.add(new Object[] {stored.id(), Timestamp.from(now), stored.subject(), stored.roles(), stored.method(),
                        stored.path(), stored.recordType(), stored.recordId(), stored.clientIp(), stored.status(),
                        stored.requestId(), prevHash, hash});
                prevHash = hash;
            }
            jdbcTemplate.batchUpdate("INSERT INTO audit_event (" + COLUMNS + ", prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE chain = 1")
                    .param("id", ids.get(ids.size() - 1)).param("hash", prevHash).update();
        });
    }

    /**
     * Walks the chain from its first record to the head recorded in {@code audit_chain_head}, in one
     * snapshot so that records appended meanwhile do not count, and stops at the first break.
     */
    public ChainVerification verify() {
        return snapshot.execute(status -> {
            Head head = jdbc.sql("SELECT unchained_until, last_id, last_hash FROM audit_chain_head WHERE chain = 1")
                    .query(AuditTrail::head).single();
            long unchained = jdbc.sql("SELECT count(*) FROM audit_event WHERE id <= :until")
                    .param("until", head.unchainedUntil()).query(Long.class).single();
            String prevHash = AuditChain.GENESIS;
            Long previousId = null;
            long checked = 0;
            long after = head.unchainedUntil();
            List<ChainedRow> batch;
            do {
                batch = jdbc.sql("SELECT " + COLUMNS + ", prev_hash, hash FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
                        .param("after", after).param("limit", VERIFY_BATCH).query(AuditTrail::chainedRow).list();
                for (ChainedRow row : batch) {
                    long id = row.event().id();
                    if (row.hash() == null) {
                        return ChainVerification.broken(checked, id, "record has no hash", unchained, head.lastHash());
                    }
                    if (!prevHash.equals(row.prevHash())) {
                        return ChainVerification.broken(checked, id, previousId == null
                                ? "first record does not start the chain: records before it were removed"
                                : "record does not link to record " + previousId + " before it: a record between them was "
                                        + "removed or record " + previousId + " was changed", unchained, head.lastHash());
                    }
                    if (!AuditChain.hash(row.event(), row.prevHash()).equals(row.hash())) {
                        return ChainVerification.broken(checked, id, "record does not match its hash: it was changed",
                                unchained, head.lastHash());
                    }
                    prevHash = row.hash();
                    previousId = id;
                    checked++;
                    after = id;
                }
            } while (batch.size() == VERIFY_BATCH && !Objects.equals(previousId, head.lastId()));
            if (!Objects.equals(previousId, head.lastId()) || !prevHash.equals(head.lastHash())) {
                long at = head.lastId() != null ? head.lastId() : previousId;
                return ChainVerification.broken(checked, at, "chain does not end at its recorded head, record " + at
                        + ": records at its end were removed or added, or the head was changed", unchained, head.lastHash());
            }
            return new ChainVerification(true, checked, null, null, unchained, head.lastHash());
        });
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
        List<AuditEvent> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> event(rs))
                .list();
        return new AuditEventPage(items, query.page(), query.size(), total);
    }

    private record ChainedRow(AuditEvent event, String prevHash, String hash) {
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong("unchained_until"), rs.getObject("last_id", Long.class), rs.getString("last_hash"));
    }

    private static ChainedRow chainedRow(ResultSet rs, int row) throws SQLException {
        return new ChainedRow(event(rs), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("subject"),
                rs.getString("roles"), rs.getString("method"), rs.getString("path"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("client_ip"), rs.getInt("status"), rs.getString("request_id"));
    }

    private static void addCondition(List<String> conditions, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
