-- A course of sessions booked in one go; its appointments are ordinary appointments that point to it.
CREATE TABLE appointment_series (
    id             UUID        PRIMARY KEY,
    client_id      UUID        NOT NULL REFERENCES client (id),
    therapist_id   UUID        NOT NULL,
    location_id    UUID        NOT NULL,
    treatment_id   UUID        NOT NULL,
    interval_weeks INT         NOT NULL CHECK (interval_weeks BETWEEN 1 AND 12),
    occurrences    INT         NOT NULL CHECK (occurrences BETWEEN 2 AND 26),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE appointment
    ADD COLUMN series_id            UUID REFERENCES appointment_series (id),
    ADD COLUMN cancellation_reason  VARCHAR(500),
    ADD COLUMN late_cancellation    BOOLEAN,
    ADD COLUMN updated_at           TIMESTAMPTZ,
    ADD CONSTRAINT appointment_cancellation_only_when_cancelled
        CHECK (status = 'CANCELLED' OR (cancellation_reason IS NULL AND late_cancellation IS NULL)),
    ADD CONSTRAINT appointment_version_positive CHECK (version > 0);

CREATE INDEX appointment_therapist ON appointment (therapist_id, starts_at);
CREATE INDEX appointment_series_member ON appointment (series_id) WHERE series_id IS NOT NULL;
