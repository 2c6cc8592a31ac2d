-- What a client decided about their data, as booking-service announced it on clinic.clients.v1. No row: care
-- messages allowed (the registration default) and not erased.
CREATE TABLE client_privacy (
    client_id            UUID        PRIMARY KEY,
    care_messages        BOOLEAN     NOT NULL DEFAULT TRUE,
    marketing            BOOLEAN     NOT NULL DEFAULT FALSE,
    -- The latest consent change applied; an older announcement (a replayed event) is ignored.
    consents_changed_at  TIMESTAMPTZ,
    erased_at            TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Why a notification was recorded but not sent, when that was not an opt-out: no-consent, erased.
ALTER TABLE notification ADD COLUMN skip_reason VARCHAR(30);

-- Erasure finds the client's appointments (for their reminders) and notifications by client.
CREATE INDEX IF NOT EXISTS notification_client_pending ON notification (client_id) WHERE status = 'PENDING';
