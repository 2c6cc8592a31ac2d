-- An SMS number is used only after the client has confirmed a code sent to it (security finding: front desk could
-- set an unverified number and receive a client's messages). sms_number is the confirmed number, the only one
-- messages go to; pending_sms_number waits for its code. Only a hash of the code is kept, salted per code and
-- bound to the client and number, with its expiry and the failed attempts against it.
ALTER TABLE client_preference
    ADD COLUMN pending_sms_number  VARCHAR(16),
    ADD COLUMN sms_code_salt       BYTEA,
    ADD COLUMN sms_code_hash       BYTEA,
    ADD COLUMN sms_code_expires_at TIMESTAMPTZ,
    ADD COLUMN sms_code_attempts   INT NOT NULL DEFAULT 0;

-- Numbers saved before this change were never confirmed (and may have been set by staff): they wait for
-- confirmation like a new one. The client gets a code by saving the number again.
UPDATE client_preference SET pending_sms_number = sms_number, sms_number = NULL WHERE sms_number IS NOT NULL;

ALTER TABLE client_preference
    DROP CONSTRAINT client_preference_sms_needs_number,
    ADD CONSTRAINT client_preference_sms_needs_number
        CHECK (NOT ('SMS' = ANY (channels)) OR sms_number IS NOT NULL OR pending_sms_number IS NOT NULL),
    ADD CONSTRAINT client_preference_sms_code CHECK ((sms_code_hash IS NULL) = (sms_code_salt IS NULL)
        AND (sms_code_hash IS NULL) = (sms_code_expires_at IS NULL)
        AND (sms_code_hash IS NULL OR pending_sms_number IS NOT NULL)),
    ADD CONSTRAINT client_preference_sms_code_attempts CHECK (sms_code_attempts >= 0);
