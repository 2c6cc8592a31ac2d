-- Clients waiting for a slot at a location (optionally with one therapist) inside a time window.
CREATE TABLE waitlist_entry (
    id            UUID        PRIMARY KEY,
    client_id     UUID        NOT NULL REFERENCES client (id),
    location_id   UUID        NOT NULL,
    treatment_id  UUID        NOT NULL,
    therapist_id  UUID,
    window_start  TIMESTAMPTZ NOT NULL,
    window_end    TIMESTAMPTZ NOT NULL,
    status        VARCHAR(20) NOT NULL CHECK (status IN ('WAITING', 'BOOKED')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (window_start < window_end)
);

CREATE INDEX waitlist_entry_waiting ON waitlist_entry (location_id, created_at) WHERE status = 'WAITING';

-- A freed slot offered to one waitlisted client. While OFFERED it holds the slot: the exclusion
-- constraint keeps two holds of one therapist from overlapping, and booking checks holds under the
-- therapist's lock (see TherapistCalendar), so nobody else can book it during the hold.
CREATE TABLE waitlist_offer (
    id              UUID        PRIMARY KEY,
    entry_id        UUID        NOT NULL REFERENCES waitlist_entry (id),
    therapist_id    UUID        NOT NULL,
    location_id     UUID        NOT NULL,
    treatment_id    UUID        NOT NULL,
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL,
    blocked_until   TIMESTAMPTZ NOT NULL,
    hold_until      TIMESTAMPTZ NOT NULL,
    status          VARCHAR(20) NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    -- Deferred: accepting sets it before inserting the appointment, which must not meet its own hold.
    appointment_id  UUID        REFERENCES appointment (id) DEFERRABLE INITIALLY DEFERRED,
    version         BIGINT      NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (starts_at < ends_at AND ends_at <= blocked_until),
    CHECK ((status = 'ACCEPTED') = (appointment_id IS NOT NULL)),
    -- One entry is offered one slot once: a declined or expired slot goes to the next entry, not back.
    UNIQUE (entry_id, therapist_id, starts_at),
    CONSTRAINT waitlist_offer_no_double_hold EXCLUDE USING gist (
        therapist_id WITH =,
        tstzrange(starts_at, blocked_until) WITH &&
    ) WHERE (status = 'OFFERED')
);

-- The expiry job scans live offers by deadline.
CREATE INDEX waitlist_offer_live ON waitlist_offer (hold_until) WHERE status = 'OFFERED';
-- At most one live offer per entry.
CREATE UNIQUE INDEX waitlist_offer_one_live_per_entry ON waitlist_offer (entry_id) WHERE status = 'OFFERED';
