package com.clinicnetwork.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code idempotent_request} table: one row per caller and key. */
class IdempotentRequestRepository {

    private final JdbcClient jdbc;

    IdempotentRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for the current transaction, unless the caller already used it and that use has not expired. The
     * insert waits while another transaction holds an uncommitted claim of the same key: once that commits, its row
     * is the earlier use; if it rolls back, this claim goes through. An expired row is taken over as if it were new.
     *
     * @param expiredBefore rows created before this instant have expired
     * @return empty if the key is now claimed; otherwise the earlier use
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<EarlierUse> claim(String caller, String key, String fingerprint, Instant now, Instant expiredBefore) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (caller_subject, idempotency_key, request_hash, created_at)
                        VALUES (:caller, :key, :fingerprint, :now)
                        ON CONFLICT (caller_subject, idempotency_key) DO UPDATE
                            SET request_hash = EXCLUDED.request_hash, result_json = NULL, created_at = EXCLUDED.created_at
                            WHERE idempotent_request.created_at < :expiredBefore
                        """)
                .param("caller", caller)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("now", utc(now))
                .param("expiredBefore", utc(expiredBefore))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT request_hash, result_json FROM idempotent_request
                        WHERE caller_subject = :caller AND idempotency_key = :key
                        """)
                .param("caller", caller)
                .param("key", key)
                .query(EarlierUse.class)
                .single());
    }

    /** Stores the result of the creation that claimed the key, in its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(String caller, String key, String resultJson) {
        jdbc.sql("""
                        UPDATE idempotent_request SET result_json = :result
                        WHERE caller_subject = :caller AND idempotency_key = :key
                        """)
                .param("result", resultJson)
                .param("caller", caller)
                .param("key", key)
                .update();
    }

    /**
     * Deletes at most {@code limit} rows created before {@code cutoff}, skipping rows another transaction holds (a claim
     * taking an expired row over). Each call is a statement, and a transaction, of its own.
     *
     * @return how many rows were deleted
     */
    int deleteCreatedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        DELETE FROM idempotent_request WHERE (caller_subject, idempotency_key) IN (
                            SELECT caller_subject, idempotency_key FROM idempotent_request
                            WHERE created_at < :cutoff
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        """)
                .param("cutoff", utc(cutoff))
                .param("limit", limit)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * @param requestHash the fingerprint of the request that used the key first
     * @param resultJson  what that request's creation returned
     */
    record EarlierUse(String requestHash, @Nullable String resultJson) {
    }
}
