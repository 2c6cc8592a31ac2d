package com.clinicnetwork.idempotency;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating requests with an {@value #HEADER} header, for controllers: the first request with a key runs the creation
 * and stores its result; a repeat by the same caller with the same key, method, path and body gets that stored result
 * instead of creating again; the same key with another request is 422 {@code idempotency-key-reused}. The controller
 * maps the result to its answer (status, {@code Location}, {@code ETag}) the same way for the first request and a
 * repeat, so a repeat gets the first answer.
 *
 * <p>The key is claimed in the transaction of the creation, which the creation joins: a record with a result exists
 * exactly when the creation committed. A concurrent repeat waits on the claim until the first attempt commits (and then
 * gets its result) or rolls back (and then runs itself); there is no "still in progress" answer. A failed creation
 * rolls its claim back, so a repeat runs again. A record older than {@code clinic.idempotency.retention} has expired:
 * a repeat after that is a new request.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private final IdempotentRequestRepository records;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;

    IdempotentRequests(IdempotentRequestRepository records, PlatformTransactionManager transactionManager, JsonMapper json,
            Clock clock, Duration retention) {
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Runs {@code creation} once per caller and key. Call it from the controller method of the current request.
     *
     * @param key        the request's {@value #HEADER} header; null runs {@code creation} as a request without one
     * @param caller     whose key it is, normally the token's subject: the keys of two callers never meet
     * @param request    the validated request body (null for none); its JSON is part of the request's fingerprint
     * @param resultType the type {@code creation} returns, to read a stored result back
     * @param creation   creates the resource, joining the current transaction, and returns what the answer shows
     * @return the result of {@code creation}, or the stored result of the request that used the key first
     * @throws ApiProblemException 400 {@code validation} naming {@value #HEADER} for a key of the wrong length or a caller
     *                             without an identity; 422 {@code idempotency-key-reused} for a key used with another
     *                             request
     */
    public <T> T once(@Nullable String key, @Nullable String caller, @Nullable Object request, Class<T> resultType,
            Supplier<T> creation) {
        if (key == null) {
            return creation.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (caller == null || caller.isBlank()) {
            throw ApiProblemException.invalidField(HEADER, "needs a caller with a subject to belong to");
        }
        String fingerprint = RequestFingerprint.of(currentOperation(), json.writeValueAsString(request));
        return transactions.execute(status -> {
            Instant now = clock.instant();
            var earlier = records.claim(caller, key, fingerprint, now, now.minus(retention));
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, resultType);
            }
            T result = creation.get();
            records.complete(caller, key, json.writeValueAsString(result));
            return result;
        });
    }

    private <T> T replay(IdempotentRequestRepository.EarlierUse earlier, String fingerprint, Class<T> resultType) {
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        }
        if (earlier.resultJson() == null) {
            throw new IllegalStateException("A committed idempotency record has no result");
        }
        return json.readValue(earlier.resultJson(), resultType);
    }

    /** The method and the decoded path of the request being handled, e.g. {@code POST /api/v1/appointments}. */
    private static String currentOperation() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getMethod() + " " + UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }
}
