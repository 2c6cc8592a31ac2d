CREATE TABLE client (
    id          UUID         PRIMARY KEY,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    phone       VARCHAR(32),
    time_zone   VARCHAR(64)  NOT NULL,
    locale      VARCHAR(35)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
