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

-- One statement per changed row, taking its counters' locks in one order (rooms before therapists, each by id, then
-- by day), so two writes that touch the same counters, e.g. two appointments of one therapist moved to each other's
-- day, queue rather than deadlock.
CREATE FUNCTION raise_schedule_versions() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO schedule_version (owner_id, owner_kind, day, version)
    SELECT DISTINCT touched.owner_id, touched.owner_kind, day::date, 1
    FROM (
        SELECT 't' AS owner_kind, OLD.therapist_id AS owner_id, OLD.starts_at AS starts_at, OLD.blocked_until AS blocked_until
        WHERE TG_OP <> 'INSERT'
        UNION ALL SELECT 'r', OLD.room_id, OLD.starts_at, OLD.blocked_until WHERE TG_OP <> 'INSERT'
        UNION ALL SELECT 't', NEW.therapist_id, NEW.starts_at, NEW.blocked_until WHERE TG_OP <> 'DELETE'
        UNION ALL SELECT 'r', NEW.room_id, NEW.starts_at, NEW.blocked_until WHERE TG_OP <> 'DELETE'
    ) AS touched
    CROSS JOIN LATERAL generate_series((touched.starts_at AT TIME ZONE 'UTC')::date,
                                       (touched.blocked_until AT TIME ZONE 'UTC')::date, INTERVAL '1 day') AS day
    WHERE touched.owner_id IS NOT NULL
    ORDER BY touched.owner_kind, touched.owner_id, day::date
    ON CONFLICT (owner_id, owner_kind, day) DO UPDATE SET version = schedule_version.version + 1;
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
