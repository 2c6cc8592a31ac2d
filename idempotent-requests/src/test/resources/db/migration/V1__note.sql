-- What the test service creates.
CREATE TABLE note (
    id     UUID PRIMARY KEY,
    folder VARCHAR(50)  NOT NULL,
    text   VARCHAR(100) NOT NULL
);
