-- The rest of the directory an availability search needs: when locations are open, when therapists are
-- away, and their one-off extra hours. Replaced together with their location's or therapist's row, only by
-- a newer version (see V1).

-- Local times in the location's time zone; ISO day_of_week (1 = Monday). A day without rows is closed.
CREATE TABLE directory_opening_hours (
    location_id  UUID     NOT NULL REFERENCES directory_location (id) ON DELETE CASCADE,
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens_at     TIME     NOT NULL,
    closes_at    TIME     NOT NULL,
    CHECK (closes_at > opens_at)
);

CREATE INDEX directory_opening_hours_location ON directory_opening_hours (location_id, day_of_week);

CREATE TABLE directory_time_off (
    id            UUID        NOT NULL,
    therapist_id  UUID        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at),
    PRIMARY KEY (therapist_id, id)
);

CREATE INDEX directory_time_off_period ON directory_time_off (therapist_id, starts_at, ends_at);

-- Date and times in the location's time zone.
CREATE TABLE directory_extra_hours (
    id            UUID     NOT NULL,
    therapist_id  UUID     NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    location_id   UUID     NOT NULL,
    on_date       DATE     NOT NULL,
    starts_at     TIME     NOT NULL,
    ends_at       TIME     NOT NULL,
    CHECK (ends_at > starts_at),
    PRIMARY KEY (therapist_id, id)
);

CREATE INDEX directory_extra_hours_date ON directory_extra_hours (therapist_id, location_id, on_date);
