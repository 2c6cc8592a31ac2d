-- The first response to a creating request, replayed when the caller retries with the same Idempotency-Key.
-- Written in the same transaction as the creation, so a record exists exactly when the creation committed.
CREATE TABLE idempotency_record (
    caller_subject   VARCHAR(255) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    response_status  INT,
    response_body    TEXT,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller_subject, idempotency_key)
);
