-- Opening hours of locations, and the one-off parts of a therapist's schedule: time off and extra hours.
-- As in V1, the invariants are constraints as well as application checks.

-- Weekly opening hours in the location's local time; ISO day_of_week (1 = Monday). A day without rows is closed.
CREATE TABLE location_opening_hours (
    location_id  UUID     NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens_at     TIME     NOT NULL,
    closes_at    TIME     NOT NULL,
    CHECK (closes_at > opens_at),
    CONSTRAINT location_opening_hours_no_overlap EXCLUDE USING gist (
        location_id WITH =, day_of_week WITH =, timerange(opens_at, closes_at) WITH &&)
);

-- A period in which the therapist sees no clients anywhere. No reason is stored: it may be health data.
CREATE TABLE time_off (
    id            UUID         PRIMARY KEY,
    therapist_id  UUID         NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
    starts_at     TIMESTAMPTZ  NOT NULL,
    ends_at       TIMESTAMPTZ  NOT NULL,
    CHECK (ends_at > starts_at),
    CONSTRAINT time_off_no_overlap EXCLUDE USING gist (
        therapist_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
);

-- One-off working hours on a date, in the location's local time, at a location the therapist works at.
CREATE TABLE extra_hours (
    id            UUID     PRIMARY KEY,
    therapist_id  UUID     NOT NULL,
    location_id   UUID     NOT NULL,
    on_date       DATE     NOT NULL,
    starts_at     TIME     NOT NULL,
    ends_at       TIME     NOT NULL,
    CHECK (ends_at > starts_at),
    FOREIGN KEY (therapist_id, location_id) REFERENCES therapist_locations (therapist_id, location_id) ON DELETE CASCADE,
    -- Never two places at once on one date, whichever locations the blocks belong to.
    CONSTRAINT extra_hours_no_overlap EXCLUDE USING gist (
        therapist_id WITH =, on_date WITH =, timerange(starts_at, ends_at) WITH &&)
);

CREATE INDEX extra_hours_therapist_date ON extra_hours (therapist_id, on_date);

-- The first response to a creating request, replayed when the caller retries with the same Idempotency-Key.
-- Written in the same transaction as the creation, so a record exists exactly when the creation committed.
CREATE TABLE idempotency_record (
    caller_subject   VARCHAR(255) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    response_status  INT,
    response_body    TEXT,
    response_location VARCHAR(500),
    response_version BIGINT,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller_subject, idempotency_key)
);
