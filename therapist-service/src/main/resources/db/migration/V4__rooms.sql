-- Rooms of a location (treatment tables, gym areas) that sessions need as well as a therapist, and the kind of room a
-- treatment's sessions need. booking-service learns both from the directory events and assigns a free room per booking.

-- A room is never deleted, only deactivated: appointments in booking-service keep referring to it.
CREATE TABLE rooms (
    id          UUID         PRIMARY KEY,
    location_id UUID         NOT NULL REFERENCES locations (id),
    name        VARCHAR(100) NOT NULL CHECK (btrim(name) <> ''),
    kind        VARCHAR(40)  NOT NULL CHECK (kind IN ('TREATMENT_TABLE', 'GYM_AREA')),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL CHECK (version > 0)
);

-- Front desk and clients tell rooms apart by name, so two rooms of one location never share one (in any letter case).
CREATE UNIQUE INDEX rooms_location_name ON rooms (location_id, lower(name));

-- NULL: the treatment needs no room, as every treatment created before rooms existed.
ALTER TABLE treatments
    ADD COLUMN room_kind VARCHAR(40) CHECK (room_kind IN ('TREATMENT_TABLE', 'GYM_AREA'));
