-- A counter per therapist or room and UTC day, raised by every change to what takes them that day (live
-- appointments, held waitlist offers). The availability cache compares the sum of the counters of a search's
-- therapists, rooms and days instead of digesting each appointment of the week on every search: the sum only grows,
-- so it is equal exactly while nothing changed. Triggers keep it, so no write path can forget it; the row lock a
-- write takes on its counter serialises writes for one therapist's or room's day until they commit, which keeps the
-- counter in commit order (a sequence would not be).
CREATE TABLE schedule_version (
    owner_id   UUID    NOT NULL,
    owner_kind CHAR(1) NOT NULL CHECK (owner_kind IN ('t', 'r')),
    day        DATE    NOT NULL,
    version    BIGINT  NOT NULL,
    PRIMARY KEY (owner_id, owner_kind, day)
);

CREATE FUNCTION raise_schedule_version(kind CHAR(1), owner UUID, starts_at TIMESTAMPTZ, blocked_until TIMESTAMPTZ)
    RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO schedule_version (owner_id, owner_kind, day, version)
    SELECT owner, kind, day::date, 1
    FROM generate_series((starts_at AT TIME ZONE 'UTC')::date, (blocked_until AT TIME ZONE 'UTC')::date, INTERVAL '1 day') AS day
    WHERE owner IS NOT NULL
    ORDER BY day
    ON CONFLICT (owner_id, owner_kind, day) DO UPDATE SET version = schedule_version.version + 1
$$;

CREATE FUNCTION raise_schedule_versions() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM raise_schedule_version('t', OLD.therapist_id, OLD.starts_at, OLD.blocked_until);
        PERFORM raise_schedule_version('r', OLD.room_id, OLD.starts_at, OLD.blocked_until);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM raise_schedule_version('t', NEW.therapist_id, NEW.starts_at, NEW.blocked_until);
        PERFORM raise_schedule_version('r', NEW.room_id, NEW.starts_at, NEW.blocked_until);
    END IF;
    RETURN NULL;
END
$$;

-- Updates that leave who, when and the status alone (reminder bookkeeping, versions) change no one's schedule.
CREATE TRIGGER appointment_schedule_changed AFTER INSERT OR DELETE ON appointment
    FOR EACH ROW EXECUTE FUNCTION raise_schedule_versions();
CREATE TRIGGER appointment_schedule_updated AFTER UPDATE ON appointment
    FOR EACH ROW
    WHEN ((OLD.therapist_id, OLD.room_id, OLD.status, OLD.starts_at, OLD.blocked_until)
          IS DISTINCT FROM (NEW.therapist_id, NEW.room_id, NEW.status, NEW.starts_at, NEW.blocked_until))
    EXECUTE FUNCTION raise_schedule_versions();

CREATE TRIGGER waitlist_offer_schedule_changed AFTER INSERT OR DELETE ON waitlist_offer
    FOR EACH ROW EXECUTE FUNCTION raise_schedule_versions();
CREATE TRIGGER waitlist_offer_schedule_updated AFTER UPDATE ON waitlist_offer
    FOR EACH ROW
    WHEN ((OLD.therapist_id, OLD.room_id, OLD.status, OLD.starts_at, OLD.blocked_until)
          IS DISTINCT FROM (NEW.therapist_id, NEW.room_id, NEW.status, NEW.starts_at, NEW.blocked_until))
    EXECUTE FUNCTION raise_schedule_versions();
