package com.clinicnetwork.booking.idempotency;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys of creating requests, scoped to the caller. A key is claimed in the transaction that
 * creates the resource: a concurrent retry blocks on the claim until the first attempt commits (and then
 * gets its response) or rolls back (and then runs itself).
 */
@Component
public class IdempotencyRecords {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return the stored response if this caller already completed a request with this key and the same body;
     *         empty if the key is new and now claimed by the current transaction
     * @throws ApiProblemException 422 if the key was used with a different request
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<StoredResponse> claim(String callerSubject, String key, String requestHash) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_record (caller_subject, idempotency_key, request_hash)
                        VALUES (:subject, :key, :hash)
                        ON CONFLICT DO NOTHING
                        """)
                .param("subject", callerSubject)
                .param("key", key)
                .param("hash", requestHash)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        Earlier earlier = jdbc.sql("""
                        SELECT request_hash, response_status, response_body FROM idempotency_record
                        WHERE caller_subject = :subject AND idempotency_key = :key
                        """)
                .param("subject", callerSubject)
                .param("key", key)
                .query(Earlier.class)
                .single();
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        }
        return Optional.of(new StoredResponse(earlier.responseStatus(), earlier.responseBody()));
    }

    /** Records the response of the request that claimed the key, in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String callerSubject, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_record SET response_status = :status, response_body = :body
                        WHERE caller_subject = :subject AND idempotency_key = :key
                        """)
                .param("status", response.status())
                .param("body", response.body())
                .param("subject", callerSubject)
                .param("key", key)
                .update();
    }

    /** A fingerprint of the operation and its canonical request body. */
    public static String hash(String operation, String canonicalBody) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    record Earlier(String requestHash, int responseStatus, String responseBody) {
    }
}
