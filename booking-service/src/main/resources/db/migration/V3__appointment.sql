CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE appointment (
    id             UUID          PRIMARY KEY,
    client_id      UUID          NOT NULL REFERENCES client (id),
    therapist_id   UUID          NOT NULL,
    location_id    UUID          NOT NULL,
    treatment_id   UUID          NOT NULL,
    starts_at      TIMESTAMPTZ   NOT NULL,
    ends_at        TIMESTAMPTZ   NOT NULL,
    -- End of the treatment plus its buffer: the therapist is not bookable before then.
    blocked_until  TIMESTAMPTZ   NOT NULL,
    status         VARCHAR(20)   NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'FULFILLED', 'CANCELLED', 'NOSHOW')),
    intake_notes   VARCHAR(2000),
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (starts_at < ends_at AND ends_at <= blocked_until),
    -- The database, not only the application, guarantees that a therapist is never booked twice at once,
    -- even under concurrent requests to several replicas.
    CONSTRAINT appointment_no_double_booking EXCLUDE USING gist (
        therapist_id WITH =,
        tstzrange(starts_at, blocked_until) WITH &&
    ) WHERE (status <> 'CANCELLED')
);

CREATE INDEX appointment_client ON appointment (client_id, starts_at);
CREATE INDEX appointment_location ON appointment (location_id, starts_at);
