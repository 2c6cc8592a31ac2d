-- The clinic directory as booking needs it, rebuilt from clinic.directory.v1. Each row keeps the
-- version of the event it came from, so older or redelivered events never overwrite newer state.
CREATE TABLE directory_location (
    id          UUID         PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    active      BOOLEAN      NOT NULL
);

CREATE TABLE directory_treatment (
    id                UUID         PRIMARY KEY,
    version           BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    duration_minutes  INT          NOT NULL CHECK (duration_minutes > 0),
    buffer_minutes    INT          NOT NULL CHECK (buffer_minutes >= 0),
    active            BOOLEAN      NOT NULL
);

CREATE TABLE directory_therapist (
    id            UUID         PRIMARY KEY,
    version       BIGINT       NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL
);

-- No foreign keys to locations or treatments: events of different entities may arrive in any order.
CREATE TABLE directory_therapist_location (
    therapist_id  UUID NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    location_id   UUID NOT NULL,
    PRIMARY KEY (therapist_id, location_id)
);

CREATE TABLE directory_therapist_treatment (
    therapist_id  UUID NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    treatment_id  UUID NOT NULL,
    PRIMARY KEY (therapist_id, treatment_id)
);

-- Local times in the location's time zone; day_of_week is ISO (1 = Monday).
CREATE TABLE directory_working_hours (
    therapist_id  UUID     NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    location_id   UUID     NOT NULL,
    day_of_week   SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at     TIME     NOT NULL,
    ends_at       TIME     NOT NULL
);

CREATE INDEX directory_working_hours_therapist ON directory_working_hours (therapist_id, location_id, day_of_week);
