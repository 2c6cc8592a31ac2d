package com.clinicnetwork.therapist.idempotency;

import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating POSTs with an {@code Idempotency-Key}: a retry with the same key and body gets the first
 * response again, the same key with another body is 422. Keys are scoped to the caller. The key is
 * claimed in the transaction that creates the resource, so a concurrent retry waits on the claim until
 * the first attempt commits (and then replays its response) or rolls back (and then runs itself).
 *
 * <p>booking-service has the same mechanism for appointments; it is kept per service because each
 * service owns its database and transaction.
 */
@Component
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    IdempotentCreation(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** What a creating request produced: the body, where it lives and its version (for the ETag), if versioned. */
    public record Created<T>(T body, URI location, Long version) {
    }

    /**
     * Runs {@code create} once per caller and key.
     *
     * @param operation a name of the operation including its path, e.g. {@code POST /api/v1/locations}
     * @param request   the validated request body; its JSON is the fingerprint compared on a retry
     * @param key       the {@code Idempotency-Key} header, or null to create unconditionally
     */
    public <T> ResponseEntity<T> create(ClinicUser user, String key, String operation, Object request, Class<T> bodyType,
            Supplier<Created<T>> create) {
        if (key == null) {
            return transactions.execute(status -> response(create.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(operation, json.writeValueAsString(request));
        return transactions.execute(status -> {
            int claimed = jdbc.sql("""
                            INSERT INTO idempotency_record (caller_subject, idempotency_key, request_hash)
                            VALUES (:subject, :key, :hash)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("subject", user.subject())
                    .param("key", key)
                    .param("hash", hash)
                    .update();
            if (claimed == 0) {
                return replay(user, key, hash, bodyType);
            }
            Created<T> created = create.get();
            jdbc.sql("""
                            UPDATE idempotency_record
                            SET response_status = :status, response_body = :body, response_location = :location,
                                response_version = :version
                            WHERE caller_subject = :subject AND idempotency_key = :key
                            """)
                    .param("status", HttpStatus.CREATED.value())
                    .param("body", json.writeValueAsString(created.body()))
                    .param("location", created.location().toString())
                    .param("version", created.version())
                    .param("subject", user.subject())
                    .param("key", key)
                    .update();
            return response(created);
        });
    }

    private <T> ResponseEntity<T> replay(ClinicUser user, String key, String hash, Class<T> bodyType) {
        Earlier earlier = jdbc.sql("""
                        SELECT request_hash, response_status, response_body, response_location, response_version
                        FROM idempotency_record WHERE caller_subject = :subject AND idempotency_key = :key
                        """)
                .param("subject", user.subject())
                .param("key", key)
                .query(Earlier.class)
                .single();
        if (!earlier.requestHash().equals(hash)) {
            throw new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        }
        return response(new Created<>(json.readValue(earlier.responseBody(), bodyType),
                URI.create(earlier.responseLocation()), earlier.responseVersion()), earlier.responseStatus());
    }

    private static <T> ResponseEntity<T> response(Created<T> created) {
        return response(created, HttpStatus.CREATED.value());
    }

    private static <T> ResponseEntity<T> response(Created<T> created, int status) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).location(created.location());
        if (created.version() != null) {
            response.eTag(ETags.of(created.version()));
        }
        return response.body(created.body());
    }

    static String hash(String operation, String canonicalBody) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    record Earlier(String requestHash, int responseStatus, String responseBody, String responseLocation, Long responseVersion) {
    }
}
