-- Which client record a self-registered person is, as booking-service announced it in client.registered: their tokens
-- carry a subject (sub) but no client_id claim. One link per subject; of two registrations of one subject the later
-- (registered_at) holds, whatever order they arrive in. client.erased removes the client's link, and the registration
-- of a client already erased links nobody: an erased record is nobody's profile.
CREATE TABLE client_link (
    subject        VARCHAR(255) PRIMARY KEY,
    client_id      UUID         NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Erasure removes links by client.
CREATE INDEX client_link_client ON client_link (client_id);
