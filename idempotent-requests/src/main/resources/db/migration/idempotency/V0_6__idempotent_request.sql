-- Module idempotent-requests: the first result of every creating request that carried an Idempotency-Key.
-- One row per caller and key, claimed and completed in the transaction of the creation itself, so a row with a
-- result exists exactly when the creation committed. request_hash is the request's fingerprint (SHA-256 of method,
-- path and body JSON, hex); result_json what the creation returned, which the controller answers a repeat with.
-- Rows older than clinic.idempotency.retention have expired: a repeat is then a new request, and a scheduled job
-- deletes them in batches by created_at.
--
-- Version 0.6 like the other shared modules' migrations (0.x, found by a service's default location and applied
-- out of order where the service's own migrations came first). A service that kept idempotency records in a table
-- of its own moves them here in a migration of its own (booking-service V17, therapist-service V3).
CREATE TABLE idempotent_request (
    caller_subject  VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    result_json     TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller_subject, idempotency_key)
);

CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
