-- Waiting across nearby locations: instead of one location and treatment, a specialty and an area (a centre and a
-- radius). The centre is the coordinates the client gave, or those of the location they named (near_location_id) as
-- they were when joining. The client's own coordinates are personal data: erasure sets them to null, and an entry
-- without a centre is in reach of nothing.
ALTER TABLE waitlist_entry
    ALTER COLUMN location_id DROP NOT NULL,
    ALTER COLUMN treatment_id DROP NOT NULL,
    ADD COLUMN specialty        VARCHAR(40),
    ADD COLUMN near_location_id UUID,
    ADD COLUMN latitude         DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude        DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    ADD COLUMN radius_km        SMALLINT CHECK (radius_km BETWEEN 1 AND 100),
    ADD CONSTRAINT waitlist_entry_coordinates_paired CHECK ((latitude IS NULL) = (longitude IS NULL)),
    -- Either at one location (as before) or nearby: never a mix of both.
    ADD CONSTRAINT waitlist_entry_at_or_nearby CHECK (
        (radius_km IS NULL AND location_id IS NOT NULL AND treatment_id IS NOT NULL
            AND specialty IS NULL AND near_location_id IS NULL AND latitude IS NULL)
        OR (radius_km IS NOT NULL AND location_id IS NULL AND therapist_id IS NULL AND specialty IS NOT NULL));

-- Freed slots look for nearby entries by the freed therapist's specialties, oldest first.
CREATE INDEX waitlist_entry_waiting_nearby ON waitlist_entry (specialty, created_at) WHERE status = 'WAITING' AND radius_km IS NOT NULL;

-- The offer names its client, so the database itself keeps a client from being offered one slot twice, whichever of
-- their entries (at a location or nearby) the slot would suit.
ALTER TABLE waitlist_offer ADD COLUMN client_id UUID REFERENCES client (id);
UPDATE waitlist_offer o SET client_id = e.client_id FROM waitlist_entry e WHERE e.id = o.entry_id;
ALTER TABLE waitlist_offer
    ALTER COLUMN client_id SET NOT NULL,
    ADD CONSTRAINT waitlist_offer_once_per_client_and_slot UNIQUE (client_id, therapist_id, starts_at);
