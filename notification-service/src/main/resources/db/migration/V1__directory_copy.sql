-- The parts of the clinic directory (owned by therapist-service, read from clinic.directory.v1) that
-- messages need. Each row keeps the entity's version so an older event never overwrites a newer one.
CREATE TABLE directory_location (
    id         UUID         PRIMARY KEY,
    version    BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    address    VARCHAR(500) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE directory_therapist (
    id           UUID         PRIMARY KEY,
    version      BIGINT       NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE directory_treatment (
    id             UUID         PRIMARY KEY,
    version        BIGINT       NOT NULL,
    name           VARCHAR(200) NOT NULL,
    aftercare_plan TEXT,
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
