-- One message to one recipient over one channel, and the state of its delivery.
-- It holds what the message needs from the appointment event, so it can be (re)sent without the event.
CREATE TABLE notification (
    id                  UUID         PRIMARY KEY,
    appointment_id      UUID         NOT NULL,
    appointment_version BIGINT       NOT NULL,
    client_id           UUID         NOT NULL,
    location_id         UUID         NOT NULL,
    therapist_id        UUID         NOT NULL,
    treatment_id        UUID         NOT NULL,
    starts_at           TIMESTAMPTZ  NOT NULL,
    ends_at             TIMESTAMPTZ  NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    template            VARCHAR(100) NOT NULL,
    recipient           VARCHAR(320) NOT NULL,
    recipient_name      VARCHAR(200) NOT NULL,
    locale              VARCHAR(35),
    status              VARCHAR(20)  NOT NULL,
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at             TIMESTAMPTZ,
    last_error          VARCHAR(1000),
    CONSTRAINT notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    -- The same booking announced under two event ids still yields one confirmation.
    CONSTRAINT notification_once_per_appointment_version UNIQUE (appointment_id, appointment_version, template, channel)
);

-- What the dispatcher scans: only rows still to be sent.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_appointment ON notification (appointment_id);
CREATE INDEX notification_client ON notification (client_id, created_at DESC);
CREATE INDEX notification_location ON notification (location_id, created_at DESC);
