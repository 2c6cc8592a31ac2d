-- The location whose front desk registered a client: front desk there may read the client without an appointment.
ALTER TABLE client ADD COLUMN registered_location_id UUID;
CREATE INDEX client_registered_location ON client (registered_location_id) WHERE registered_location_id IS NOT NULL;

-- Clients may leave the waitlist; a left entry is kept for the audit of offers made to it.
ALTER TABLE waitlist_entry DROP CONSTRAINT waitlist_entry_status_check;
ALTER TABLE waitlist_entry ADD CONSTRAINT waitlist_entry_status_check CHECK (status IN ('WAITING', 'BOOKED', 'LEFT'));
CREATE INDEX waitlist_entry_client ON waitlist_entry (client_id) WHERE status = 'WAITING';
