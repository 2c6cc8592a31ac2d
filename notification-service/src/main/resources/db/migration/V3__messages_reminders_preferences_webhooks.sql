-- The latest state of each appointment this service has seen. An event whose version is not newer than the
-- stored one changes nothing, so a late or replayed event never resends an outdated message. Reminders are
-- rendered from it, so a reminder always shows the current time and place.
CREATE TABLE appointment_state (
    appointment_id UUID         PRIMARY KEY,
    version        BIGINT       NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    client_id      UUID         NOT NULL,
    location_id    UUID         NOT NULL,
    therapist_id   UUID         NOT NULL,
    treatment_id   UUID         NOT NULL,
    starts_at      TIMESTAMPTZ  NOT NULL,
    ends_at        TIMESTAMPTZ  NOT NULL,
    email          VARCHAR(320) NOT NULL,
    first_name     VARCHAR(200) NOT NULL,
    locale         VARCHAR(35),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX appointment_state_client ON appointment_state (client_id);

-- Notifications now cover every message type, channel and waitlist offers (which have no appointment).
-- "occasion" names what caused the message (an appointment version and message type, a reminder, an offer);
-- one message per occasion and channel, whichever event id announced it.
ALTER TABLE notification
    ALTER COLUMN appointment_id DROP NOT NULL,
    ALTER COLUMN appointment_version DROP NOT NULL,
    ALTER COLUMN recipient_name DROP NOT NULL,
    ADD COLUMN occasion           VARCHAR(200),
    ADD COLUMN offer_id           UUID,
    ADD COLUMN previous_starts_at TIMESTAMPTZ,
    ADD COLUMN hold_until         TIMESTAMPTZ,
    ADD COLUMN late_cancellation  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN subscription_id    UUID;
UPDATE notification SET occasion = appointment_id || ':' || appointment_version || ':' || template;
ALTER TABLE notification
    ALTER COLUMN occasion SET NOT NULL,
    DROP CONSTRAINT notification_once_per_appointment_version,
    DROP CONSTRAINT notification_status,
    ADD CONSTRAINT notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    ADD CONSTRAINT notification_channel CHECK (channel IN ('EMAIL', 'SMS', 'WEBHOOK')),
    ADD CONSTRAINT notification_attempts CHECK (attempts >= 0),
    ADD CONSTRAINT notification_webhook_has_subscription CHECK ((channel = 'WEBHOOK') = (subscription_id IS NOT NULL));
-- A webhook occasion goes to every subscription, a client message once per channel.
CREATE UNIQUE INDEX notification_once_per_occasion ON notification (occasion, channel, coalesce(subscription_id, '00000000-0000-0000-0000-000000000000'));

-- Every delivery attempt, with its outcome: what operators look at when a message did not arrive.
CREATE TABLE notification_attempt (
    notification_id UUID          NOT NULL REFERENCES notification (id),
    attempt         INT           NOT NULL CHECK (attempt >= 1),
    channel         VARCHAR(20)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL CHECK (outcome IN ('SENT', 'RETRY', 'FAILED')),
    error           VARCHAR(1000),
    attempted_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, attempt)
);

-- Reminders to send before an appointment, one per configured lead time. Moved on reschedule, cancelled when
-- the appointment is cancelled (or ends otherwise), ISSUED when the dispatcher turned it into notifications,
-- SKIPPED when it fell due after the appointment had already started (e.g. the service was down).
CREATE TABLE reminder (
    id             UUID         PRIMARY KEY,
    appointment_id UUID         NOT NULL,
    lead_time      VARCHAR(40)  NOT NULL,
    due_at         TIMESTAMPTZ  NOT NULL,
    starts_at      TIMESTAMPTZ  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    processed_at   TIMESTAMPTZ,
    CONSTRAINT reminder_status CHECK (status IN ('SCHEDULED', 'ISSUED', 'SKIPPED', 'CANCELLED')),
    CONSTRAINT reminder_once_per_lead_time UNIQUE (appointment_id, lead_time)
);
CREATE INDEX reminder_due ON reminder (due_at) WHERE status = 'SCHEDULED';

-- What a client wants to receive, and how and when. No row: email only, no opt-outs, no quiet hours.
CREATE TABLE client_preference (
    client_id         UUID         PRIMARY KEY,
    channels          VARCHAR(20)[] NOT NULL,
    sms_number        VARCHAR(16),
    opt_outs          VARCHAR(100)[] NOT NULL DEFAULT '{}',
    quiet_hours_start TIME,
    quiet_hours_end   TIME,
    time_zone         VARCHAR(64),
    version           BIGINT       NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT client_preference_channels CHECK (cardinality(channels) >= 1 AND channels <@ ARRAY['EMAIL', 'SMS']::VARCHAR(20)[]),
    CONSTRAINT client_preference_sms_needs_number CHECK (NOT ('SMS' = ANY (channels)) OR sms_number IS NOT NULL),
    CONSTRAINT client_preference_quiet_hours CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL)
        AND (quiet_hours_start IS NULL OR time_zone IS NOT NULL))
);

-- Endpoints of the clinic chain's own systems that receive signed copies of the messages' occasions.
CREATE TABLE webhook_subscription (
    id            UUID          PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    secret        VARCHAR(100)  NOT NULL,
    message_types VARCHAR(100)[] NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    version       BIGINT        NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT webhook_subscription_types CHECK (cardinality(message_types) >= 1)
);

-- The development SMS sink: what would have been sent, when no SMS provider is configured. Never used in production.
CREATE TABLE development_sms (
    notification_id UUID        PRIMARY KEY,
    recipient       VARCHAR(16) NOT NULL,
    text            TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What a treatment works on, so the check-in after a session can ask about it ("how does your knee feel?").
ALTER TABLE directory_treatment ADD COLUMN required_specialty VARCHAR(100);
