package com.clinicnetwork.booking.policy;

import java.sql.Types;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Booking policies per location, falling back to the configured default for locations without one. */
@Repository
public class BookingPolicyRepository {

    private final JdbcClient jdbc;
    private final BookingPolicy defaultPolicy;

    BookingPolicyRepository(JdbcClient jdbc, PolicyProperties properties) {
        this.jdbc = jdbc;
        this.defaultPolicy = properties.defaultPolicy().toPolicy();
    }

    /** The policy that applies at the location: its own, or the default. */
    public BookingPolicy policyAt(UUID locationId) {
        return find(locationId).map(StoredPolicy::policy).orElse(defaultPolicy);
    }

    Optional<StoredPolicy> find(UUID locationId) {
        return jdbc.sql("""
                        SELECT minimum_notice_minutes, booking_horizon_days, slot_interval_minutes,
                               late_cancellation_window_minutes, version
                        FROM booking_policy WHERE location_id = :locationId
                        """)
                .param("locationId", locationId)
                .query((rs, row) -> new StoredPolicy(new BookingPolicy(
                        Duration.ofMinutes(rs.getInt("minimum_notice_minutes")),
                        Duration.ofDays(rs.getInt("booking_horizon_days")),
                        Duration.ofMinutes(rs.getInt("slot_interval_minutes")),
                        Duration.ofMinutes(rs.getInt("late_cancellation_window_minutes"))),
                        rs.getLong("version")))
                .optional();
    }

    BookingPolicy defaultPolicy() {
        return defaultPolicy;
    }

    /**
     * Creates or replaces the location's policy if its version still is {@code expectedVersion}
     * (0 = no policy of its own yet; null = whatever it is).
     *
     * @return the new version, or empty if the stored version was not the expected one
     */
    Optional<Long> save(UUID locationId, BookingPolicyRequest policy, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO booking_policy (location_id, minimum_notice_minutes, booking_horizon_days,
                                                    slot_interval_minutes, late_cancellation_window_minutes, version)
                        SELECT :locationId, :notice, :horizon, :interval, :late, 1
                        WHERE CAST(:expected AS BIGINT) IS NULL OR CAST(:expected AS BIGINT) = 0
                           OR EXISTS (SELECT 1 FROM booking_policy WHERE location_id = :locationId)
                        ON CONFLICT (location_id) DO UPDATE
                        SET minimum_notice_minutes = EXCLUDED.minimum_notice_minutes,
                            booking_horizon_days = EXCLUDED.booking_horizon_days,
                            slot_interval_minutes = EXCLUDED.slot_interval_minutes,
                            late_cancellation_window_minutes = EXCLUDED.late_cancellation_window_minutes,
                            version = booking_policy.version + 1,
                            updated_at = now()
                        WHERE CAST(:expected AS BIGINT) IS NULL OR booking_policy.version = CAST(:expected AS BIGINT)
                        RETURNING version
                        """)
                .param("locationId", locationId)
                .param("notice", policy.minimumNoticeMinutes())
                .param("horizon", policy.bookingHorizonDays())
                .param("interval", policy.slotIntervalMinutes())
                .param("late", policy.lateCancellationWindowMinutes())
                .param("expected", expectedVersion, Types.BIGINT)
                .query(Long.class)
                .optional();
    }

    record StoredPolicy(BookingPolicy policy, long version) {
    }
}
