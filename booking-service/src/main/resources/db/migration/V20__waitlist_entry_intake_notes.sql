-- What the client wants the therapist to know, given when joining the waitlist, so the appointment booked from an
-- accepted offer carries it like one booked directly (health data: never in events, cleared on erasure, exported).
ALTER TABLE waitlist_entry ADD COLUMN intake_notes VARCHAR(2000);
