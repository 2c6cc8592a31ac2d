-- The people who can sign in. username and email are stored lower-case; people who registered themselves
-- sign in with their email (username = email), demo users with a short name.
CREATE TABLE account (
    subject        varchar(100) PRIMARY KEY,
    username       varchar(254) NOT NULL UNIQUE CHECK (username = lower(username)),
    email          varchar(254) NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash  varchar(500) NOT NULL,
    given_name     varchar(100) NOT NULL,
    family_name    varchar(100) NOT NULL,
    time_zone      varchar(64)  NOT NULL,
    locale         varchar(35)  NOT NULL,
    roles          text[]       NOT NULL CHECK (roles <@ ARRAY['CLIENT', 'THERAPIST', 'FRONT_DESK', 'CLINIC_ADMIN', 'OPERATOR']),
    client_id      uuid UNIQUE,
    therapist_id   uuid,
    location_ids   uuid[]       NOT NULL DEFAULT '{}',
    enabled        boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL
);
