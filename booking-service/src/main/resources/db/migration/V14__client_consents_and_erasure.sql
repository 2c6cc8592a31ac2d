-- Data-subject rights. An erased client keeps their row (appointments refer to it and stay for accounting)
-- with placeholders instead of personal data; erased_at says when, and blocks new bookings for them.
ALTER TABLE client ADD COLUMN erased_at TIMESTAMPTZ;

-- A client's consents, one row per kind once it was changed. No row: the default given at registration
-- (care messages granted, marketing not), dated at the client's creation.
CREATE TABLE client_consent (
    client_id   UUID        NOT NULL REFERENCES client (id),
    kind        VARCHAR(30) NOT NULL CHECK (kind IN ('CARE_MESSAGES', 'MARKETING')),
    granted     BOOLEAN     NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    source      VARCHAR(20) NOT NULL CHECK (source IN ('registration', 'self-service', 'front-desk', 'admin')),
    PRIMARY KEY (client_id, kind)
);

-- The export and the erasure find a client's waitlist entries, whatever their status.
CREATE INDEX waitlist_entry_client_all ON waitlist_entry (client_id);
CREATE INDEX appointment_series_client ON appointment_series (client_id);
