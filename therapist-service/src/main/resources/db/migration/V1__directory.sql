-- The clinic directory: locations, treatments, therapists and their weekly working hours.
-- Invariants that must hold whatever code writes here are constraints, not only application checks.

-- btree_gist lets the exclusion constraint below combine "same therapist" (=) with "overlapping time" (&&).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE timerange AS RANGE (subtype = time);

CREATE TABLE locations (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL CHECK (btrim(name) <> ''),
    address     VARCHAR(500) NOT NULL CHECK (btrim(address) <> ''),
    time_zone   VARCHAR(64)  NOT NULL CHECK (btrim(time_zone) <> ''),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL CHECK (version > 0)
);

CREATE INDEX locations_name ON locations (name, id);

CREATE TABLE treatments (
    id                 UUID         PRIMARY KEY,
    name               VARCHAR(200) NOT NULL CHECK (btrim(name) <> ''),
    duration_minutes   INT          NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    buffer_minutes     INT          NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
    required_specialty VARCHAR(40)  NOT NULL CHECK (required_specialty IN ('DEEP_TISSUE', 'TRIGGER_POINT_THERAPY',
                           'MYOFASCIAL_RELEASE', 'SPORTS_MASSAGE', 'KNEE_REHABILITATION', 'PRENATAL', 'STRETCHING_AND_REHAB')),
    aftercare_plan     TEXT         CHECK (length(aftercare_plan) <= 4000),
    price              NUMERIC(8, 2) NOT NULL CHECK (price >= 0),
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    version            BIGINT       NOT NULL CHECK (version > 0)
);

CREATE INDEX treatments_name ON treatments (name, id);

CREATE TABLE therapists (
    id             UUID         PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL CHECK (btrim(display_name) <> ''),
    bio            TEXT         CHECK (length(bio) <= 4000),
    licence_number VARCHAR(100) NOT NULL UNIQUE CHECK (btrim(licence_number) <> ''),
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL CHECK (version > 0)
);

CREATE INDEX therapists_display_name ON therapists (display_name, id);

CREATE TABLE therapist_specialties (
    therapist_id UUID        NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
    specialty    VARCHAR(40) NOT NULL CHECK (specialty IN ('DEEP_TISSUE', 'TRIGGER_POINT_THERAPY',
                     'MYOFASCIAL_RELEASE', 'SPORTS_MASSAGE', 'KNEE_REHABILITATION', 'PRENATAL', 'STRETCHING_AND_REHAB')),
    PRIMARY KEY (therapist_id, specialty)
);

CREATE INDEX therapist_specialties_specialty ON therapist_specialties (specialty);

CREATE TABLE therapist_locations (
    therapist_id UUID NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
    location_id  UUID NOT NULL REFERENCES locations (id),
    PRIMARY KEY (therapist_id, location_id)
);

CREATE INDEX therapist_locations_location ON therapist_locations (location_id);

CREATE TABLE therapist_treatments (
    therapist_id UUID NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
    treatment_id UUID NOT NULL REFERENCES treatments (id),
    PRIMARY KEY (therapist_id, treatment_id)
);

CREATE INDEX therapist_treatments_treatment ON therapist_treatments (treatment_id);

-- Weekly blocks in the location's local time. day_of_week is ISO-8601: 1 = Monday ... 7 = Sunday.
CREATE TABLE working_hours (
    therapist_id UUID     NOT NULL,
    location_id  UUID     NOT NULL,
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at    TIME     NOT NULL,
    ends_at      TIME     NOT NULL,
    CHECK (ends_at > starts_at),
    -- Hours only at a location the therapist works at.
    FOREIGN KEY (therapist_id, location_id) REFERENCES therapist_locations (therapist_id, location_id) ON DELETE CASCADE,
    -- Never two places (or two overlapping blocks) at once, whichever locations the blocks belong to.
    CONSTRAINT working_hours_no_overlap EXCLUDE USING gist (
        therapist_id WITH =, day_of_week WITH =, timerange(starts_at, ends_at) WITH &&)
);
