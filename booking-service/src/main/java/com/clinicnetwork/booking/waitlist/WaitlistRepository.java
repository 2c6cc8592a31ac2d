package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.directory.GeoPoint;
import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WaitlistRepository {

    private static final String OFFER_COLUMNS = """
            o.id, o.entry_id, o.client_id, o.location_id, o.treatment_id, o.therapist_id, o.starts_at, o.ends_at,
            o.blocked_until, o.hold_until, o.status
            """;

    private static final RowMapper<WaitlistOffer> OFFER = (rs, row) -> new WaitlistOffer(
            rs.getObject("id", UUID.class),
            rs.getObject("entry_id", UUID.class),
            rs.getObject("client_id", UUID.class),
            rs.getObject("location_id", UUID.class),
            rs.getObject("treatment_id", UUID.class),
            new Slot(rs.getObject("therapist_id", UUID.class), instant(rs, "starts_at"), instant(rs, "ends_at"),
                    instant(rs, "blocked_until")),
            instant(rs, "hold_until"),
            OfferStatus.valueOf(rs.getString("status")));

    private static final String ENTRY_COLUMNS = """
            id, client_id, location_id, treatment_id, therapist_id, window_start, window_end, intake_notes,
            specialty, near_location_id, latitude, longitude, radius_km""";

    private static final String STORED_ENTRY_COLUMNS = ENTRY_COLUMNS + ", status";

    private static final RowMapper<WaitlistEntry> ENTRY = (rs, row) -> new WaitlistEntry(
            rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getObject("location_id", UUID.class),
            rs.getObject("treatment_id", UUID.class), rs.getObject("therapist_id", UUID.class),
            instant(rs, "window_start"), instant(rs, "window_end"), rs.getString("intake_notes"), nearby(rs));

    private static final RowMapper<StoredEntry> STORED_ENTRY = (rs, row) -> new StoredEntry(ENTRY.mapRow(rs, row),
            rs.getString("status"));

    private final JdbcClient jdbc;

    WaitlistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WaitlistEntry entry) {
        Nearby nearby = entry.nearby();
        GeoPoint centre = nearby == null ? null : nearby.centre();
        jdbc.sql("""
                        INSERT INTO waitlist_entry (id, client_id, location_id, treatment_id, therapist_id, window_start, window_end,
                                                    intake_notes, specialty, near_location_id, latitude, longitude, radius_km,
                                                    status)
                        VALUES (:id, :clientId, :locationId, :treatmentId, :therapistId, :windowStart, :windowEnd, :intakeNotes,
                                :specialty, :nearLocationId, :latitude, :longitude, :radiusKm, 'WAITING')
                        """)
                .param("id", entry.id())
                .param("clientId", entry.clientId())
                .param("locationId", entry.locationId())
                .param("treatmentId", entry.treatmentId())
                .param("therapistId", entry.therapistId())
                .param("windowStart", utc(entry.windowStart()))
                .param("windowEnd", utc(entry.windowEnd()))
                .param("intakeNotes", entry.intakeNotes())
                .param("specialty", nearby == null ? null : nearby.specialty())
                .param("nearLocationId", nearby == null ? null : nearby.locationId())
                .param("latitude", centre == null ? null : centre.latitude())
                .param("longitude", centre == null ? null : centre.longitude())
                .param("radiusKm", nearby == null ? null : nearby.radiusKm())
                .update();
    }

    /** Where a walk through the candidates for a slot has got to: the last entry looked at. */
    record CandidatePosition(Instant joinedAt, UUID entryId) {

        static final CandidatePosition START = new CandidatePosition(Instant.EPOCH, new UUID(0, 0));
    }

    /**
     * The next waiting entries that could take a slot of this therapist starting then, in the order clients joined: those
     * at the location, for this therapist or any, and those waiting nearby for a specialty the therapist has (without a
     * treatment of their own: one the freed treatment requires), whose window contains the start, without a live offer, and
     * whose client has never been offered this slot (through any of their entries, so a client with several entries is
     * still offered a slot once). Whether a nearby entry reaches the location is for the caller to judge. Callers page
     * through all of them, so no entry is starved by older entries that do not fit.
     */
    List<Candidate> candidates(UUID locationId, UUID therapistId, UUID freedTreatmentId, Instant startsAt,
            CandidatePosition after, int pageSize) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + ", created_at" + """
                         FROM waitlist_entry e
                        WHERE e.status = 'WAITING'
                          AND ((e.radius_km IS NULL AND e.location_id = :locationId
                                AND (e.therapist_id IS NULL OR e.therapist_id = :therapistId))
                            OR (e.radius_km IS NOT NULL
                                AND EXISTS (SELECT 1 FROM directory_therapist_specialty s
                                            WHERE s.therapist_id = :therapistId AND s.specialty = e.specialty)
                                AND (e.treatment_id IS NOT NULL
                                     OR EXISTS (SELECT 1 FROM directory_treatment t
                                                WHERE t.id = :freedTreatmentId AND t.required_specialty = e.specialty))))
                          AND e.window_start <= :startsAt AND e.window_end > :startsAt
                          AND (e.created_at, e.id) > (:afterJoinedAt, :afterId)
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offer o WHERE o.entry_id = e.id AND o.status = 'OFFERED')
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offer o
                                          WHERE o.client_id = e.client_id AND o.therapist_id = :therapistId
                                            AND o.starts_at = :startsAt)
                        ORDER BY e.created_at, e.id
                        LIMIT :pageSize
                        """)
                .param("locationId", locationId)
                .param("therapistId", therapistId)
                .param("freedTreatmentId", freedTreatmentId)
                .param("startsAt", utc(startsAt))
                .param("afterJoinedAt", utc(after.joinedAt()))
                .param("afterId", after.entryId())
                .param("pageSize", pageSize)
                .query((rs, row) -> new Candidate(ENTRY.mapRow(rs, row),
                        new CandidatePosition(instant(rs, "created_at"), rs.getObject("id", UUID.class))))
                .list();
    }

    record Candidate(WaitlistEntry entry, CandidatePosition position) {
    }

    /**
     * Row-locks the entry if it is still waiting without a live offer; false if it is not, or if another transaction
     * holds it (offering it a slot freed elsewhere, or its client answering or leaving), so two slots freed at once never
     * race for one entry: the second walks on to the next candidate instead.
     */
    boolean lockIfStillOfferable(UUID entryId) {
        return jdbc.sql("""
                        SELECT id FROM waitlist_entry e
                        WHERE id = :id AND status = 'WAITING'
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offer o WHERE o.entry_id = e.id AND o.status = 'OFFERED')
                        FOR UPDATE OF e SKIP LOCKED
                        """)
                .param("id", entryId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /**
     * @param heldRoomId the room the offer holds for the client with the therapist's time, while it is OFFERED; null when
     *                   the treatment needs none
     */
    void insert(WaitlistOffer offer, UUID heldRoomId) {
        jdbc.sql("""
                        INSERT INTO waitlist_offer (id, entry_id, client_id, therapist_id, location_id, treatment_id, starts_at,
                                                    ends_at, blocked_until, hold_until, status, version, room_id)
                        VALUES (:id, :entryId, :clientId, :therapistId, :locationId, :treatmentId, :startsAt,
                                :endsAt, :blockedUntil, :holdUntil, 'OFFERED', 1, :roomId)
                        """)
                .param("id", offer.id())
                .param("entryId", offer.entryId())
                .param("clientId", offer.clientId())
                .param("therapistId", offer.slot().therapistId())
                .param("locationId", offer.locationId())
                .param("treatmentId", offer.treatmentId())
                .param("startsAt", utc(offer.slot().startsAt()))
                .param("endsAt", utc(offer.slot().endsAt()))
                .param("blockedUntil", utc(offer.slot().blockedUntil()))
                .param("holdUntil", utc(offer.holdUntil()))
                .param("roomId", heldRoomId)
                .update();
    }

    record StoredEntry(WaitlistEntry entry, String status) {
    }

    Optional<StoredEntry> findEntry(UUID entryId) {
        return findEntry(entryId, "");
    }

    /** Reads and row-locks the entry: leaving and answering its offer queue up. */
    Optional<StoredEntry> findEntryForUpdate(UUID entryId) {
        return findEntry(entryId, " FOR UPDATE");
    }

    private Optional<StoredEntry> findEntry(UUID entryId, String lock) {
        return jdbc.sql("SELECT " + STORED_ENTRY_COLUMNS + " FROM waitlist_entry WHERE id = :id" + lock)
                .param("id", entryId)
                .query(STORED_ENTRY)
                .optional();
    }

    /**
     * One page of a client's entries, newest first; with {@code locationIds}, only those at one of them (front desk).
     */
    List<StoredEntry> entriesOf(UUID clientId, Optional<Set<UUID>> locationIds, int limit, long offset) {
        return jdbc.sql("SELECT " + STORED_ENTRY_COLUMNS + """
                         FROM waitlist_entry
                        WHERE client_id = :clientId AND (:anyLocation OR location_id = ANY(:locationIds))
                        ORDER BY created_at DESC, id
                        LIMIT :limit OFFSET :offset""")
                .param("clientId", clientId)
                .param("anyLocation", locationIds.isEmpty())
                .param("locationIds", locationIds.orElse(Set.of()).toArray(UUID[]::new))
                .param("limit", limit)
                .param("offset", offset)
                .query(STORED_ENTRY)
                .list();
    }

    long countEntriesOf(UUID clientId, Optional<Set<UUID>> locationIds) {
        return jdbc.sql("""
                        SELECT count(*) FROM waitlist_entry
                        WHERE client_id = :clientId AND (:anyLocation OR location_id = ANY(:locationIds))""")
                .param("clientId", clientId)
                .param("anyLocation", locationIds.isEmpty())
                .param("locationIds", locationIds.orElse(Set.of()).toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    /** The entry's live offer if it has one, else its most recent one. */
    Optional<WaitlistOffer> latestOffer(UUID entryId) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + """
                         FROM waitlist_offer o
                        WHERE o.entry_id = :entryId
                        ORDER BY (o.status = 'OFFERED') DESC, o.created_at DESC
                        LIMIT 1
                        """)
                .param("entryId", entryId)
                .query(OFFER)
                .optional();
    }

    /** Reads and row-locks the offer: accept, decline and expiry of one offer queue up. */
    Optional<WaitlistOffer> findForUpdate(UUID offerId) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + """
                         FROM waitlist_offer o
                        WHERE o.id = :id FOR UPDATE OF o
                        """)
                .param("id", offerId)
                .query(OFFER)
                .optional();
    }

    /**
     * One lapsed live offer, row-locked; offers another replica is working on are skipped rather than
     * waited for, so several replicas can run the expiry job side by side.
     */
    Optional<WaitlistOffer> nextLapsedForUpdate(Instant now) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + """
                         FROM waitlist_offer o
                        WHERE o.status = 'OFFERED' AND o.hold_until <= :now
                        ORDER BY o.hold_until
                        LIMIT 1
                        FOR UPDATE OF o SKIP LOCKED
                        """)
                .param("now", utc(now))
                .query(OFFER)
                .optional();
    }

    void close(UUID offerId, OfferStatus status, UUID appointmentId) {
        jdbc.sql("""
                        UPDATE waitlist_offer SET status = :status, appointment_id = :appointmentId, version = version + 1
                        WHERE id = :id AND status = 'OFFERED'
                        """)
                .param("id", offerId)
                .param("status", status.name())
                .param("appointmentId", appointmentId)
                .update();
    }

    /** The client's entries still waiting, row-locked, oldest first. */
    List<UUID> waitingEntriesForUpdate(UUID clientId) {
        return jdbc.sql("SELECT id FROM waitlist_entry WHERE client_id = :clientId AND status = 'WAITING' ORDER BY created_at, id FOR UPDATE")
                .param("clientId", clientId)
                .query(UUID.class)
                .list();
    }

    void markLeft(UUID entryId) {
        jdbc.sql("UPDATE waitlist_entry SET status = 'LEFT' WHERE id = :id AND status = 'WAITING'").param("id", entryId).update();
    }

    /** The entry's live offer, row-locked, if it has one. */
    Optional<WaitlistOffer> liveOfferForUpdate(UUID entryId) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + """
                         FROM waitlist_offer o
                        WHERE o.entry_id = :entryId AND o.status = 'OFFERED' FOR UPDATE OF o
                        """)
                .param("entryId", entryId)
                .query(OFFER)
                .optional();
    }

    void markBooked(UUID entryId) {
        jdbc.sql("UPDATE waitlist_entry SET status = 'BOOKED' WHERE id = :id").param("id", entryId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Nearby nearby(ResultSet rs) throws SQLException {
        String specialty = rs.getString("specialty");
        if (specialty == null) {
            return null;
        }
        Double latitude = rs.getObject("latitude", Double.class);
        Double longitude = rs.getObject("longitude", Double.class);
        GeoPoint centre = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        return new Nearby(specialty, rs.getObject("near_location_id", UUID.class), centre, rs.getInt("radius_km"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
