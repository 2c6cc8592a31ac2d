-- Idempotency records move to the table of module idempotent-requests (idempotent_request, its migration 0.6), which
-- also expires them. Completed records are kept, so a retry after the upgrade still gets the first answer: the
-- fingerprint is computed as before, and the answer's status (always 201), Location and ETag follow from the stored
-- body again, so response_status, response_location and response_version are not needed any more.
INSERT INTO idempotent_request (caller_subject, idempotency_key, request_hash, result_json, created_at)
SELECT caller_subject, idempotency_key, request_hash, response_body, created_at
FROM idempotency_record
WHERE response_body IS NOT NULL;

DROP TABLE idempotency_record;
