-- Rooms of locations (from location.upserted) and the kind of room a treatment's sessions need (from
-- treatment.upserted), so availability and booking can pair a therapist with a free room.

-- NULL: the treatment needs no room (also every treatment published before rooms existed).
ALTER TABLE directory_treatment ADD COLUMN room_kind VARCHAR(40);

-- Replaced with the location's list whenever a newer location.upserted is applied. Inactive rooms stay: appointments
-- booked into them still show their name.
CREATE TABLE directory_room (
    id          UUID         PRIMARY KEY,
    location_id UUID         NOT NULL REFERENCES directory_location (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    active      BOOLEAN      NOT NULL
);

CREATE INDEX directory_room_location_kind ON directory_room (location_id, kind);
