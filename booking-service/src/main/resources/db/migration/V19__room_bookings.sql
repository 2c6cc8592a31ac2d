-- The room a session is booked into, and the room a waitlist offer holds for the client while they decide. NULL when
-- the treatment needs no room (and for everything booked before rooms existed).
ALTER TABLE appointment ADD COLUMN room_id UUID;
ALTER TABLE waitlist_offer ADD COLUMN room_id UUID;

-- As for therapists (V3), the database, not only the application's lock, guarantees that a room is never booked twice
-- at once: over the same range as the therapist's constraint (the session and the buffer after it, for turnover),
-- ignoring cancelled appointments as that one does.
ALTER TABLE appointment ADD CONSTRAINT appointment_no_room_double_booking EXCLUDE USING gist (
    room_id WITH =,
    tstzrange(starts_at, blocked_until) WITH &&
) WHERE (room_id IS NOT NULL AND status <> 'CANCELLED');

-- Two live offers never hold one room at once, as two never hold one therapist (V12).
ALTER TABLE waitlist_offer ADD CONSTRAINT waitlist_offer_no_room_double_hold EXCLUDE USING gist (
    room_id WITH =,
    tstzrange(starts_at, blocked_until) WITH &&
) WHERE (room_id IS NOT NULL AND status = 'OFFERED');
