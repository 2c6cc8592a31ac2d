package com.clinicnetwork.booking.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Booking policies per location, falling back to the configured default for locations without one, and for each no-show
 * risk threshold a location's admin left unset.
 */
@Repository
public class BookingPolicyRepository {

    private final JdbcClient jdbc;
    private final BookingPolicy defaultPolicy;
    private final RiskThresholds defaultRisk;

    BookingPolicyRepository(JdbcClient jdbc, PolicyProperties properties) {
        this.jdbc = jdbc;
        this.defaultPolicy = properties.defaultPolicy().toPolicy();
        this.defaultRisk = properties.defaultPolicy().noShowRisk().toThresholds();
    }

    /** The policy that applies at the location: its own, or the default. */
    public BookingPolicy policyAt(UUID locationId) {
        return find(locationId).map(StoredPolicy::policy).orElse(defaultPolicy);
    }

    /** The no-show risk thresholds that apply at the location. */
    public RiskThresholds riskThresholdsAt(UUID locationId) {
        return find(locationId).map(StoredPolicy::risk).orElse(defaultRisk);
    }

    Optional<StoredPolicy> find(UUID locationId) {
        return jdbc.sql("""
                        SELECT minimum_notice_minutes, booking_horizon_days, slot_interval_minutes,
                               late_cancellation_window_minutes, risk_no_shows, risk_late_cancellations,
                               risk_lead_time_days, risk_look_back_months, version
                        FROM booking_policy WHERE location_id = :locationId
                        """)
                .param("locationId", locationId)
                .query((rs, row) -> new StoredPolicy(new BookingPolicy(
                        Duration.ofMinutes(rs.getInt("minimum_notice_minutes")),
                        Duration.ofDays(rs.getInt("booking_horizon_days")),
                        Duration.ofMinutes(rs.getInt("slot_interval_minutes")),
                        Duration.ofMinutes(rs.getInt("late_cancellation_window_minutes"))),
                        new RiskThresholds(
                                orDefault(rs, "risk_no_shows", defaultRisk.noShows()),
                                orDefault(rs, "risk_late_cancellations", defaultRisk.lateCancellations()),
                                orDefault(rs, "risk_lead_time_days", defaultRisk.leadTimeDays()),
                                orDefault(rs, "risk_look_back_months", defaultRisk.lookBackMonths())),
                        rs.getLong("version")))
                .optional();
    }

    BookingPolicy defaultPolicy() {
        return defaultPolicy;
    }

    RiskThresholds defaultRisk() {
        return defaultRisk;
    }

    /** The thresholds a saved request sets: the default for each it left out. */
    RiskThresholds riskThresholdsOf(BookingPolicyRequest request) {
        return new RiskThresholds(
                request.riskNoShows() != null ? request.riskNoShows() : defaultRisk.noShows(),
                request.riskLateCancellations() != null ? request.riskLateCancellations() : defaultRisk.lateCancellations(),
                request.riskLeadTimeDays() != null ? request.riskLeadTimeDays() : defaultRisk.leadTimeDays(),
                request.riskLookBackMonths() != null ? request.riskLookBackMonths() : defaultRisk.lookBackMonths());
    }

    /**
     * Creates or replaces the location's policy if its version still is {@code expectedVersion}
     * (0 = no policy of its own yet; null = whatever it is). A risk threshold left out is stored as unset.
     *
     * @return the new version, or empty if the stored version was not the expected one
     */
    Optional<Long> save(UUID locationId, BookingPolicyRequest policy, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO booking_policy (location_id, minimum_notice_minutes, booking_horizon_days,
                                                    slot_interval_minutes, late_cancellation_window_minutes,
                                                    risk_no_shows, risk_late_cancellations, risk_lead_time_days,
                                                    risk_look_back_months, version)
                        SELECT :locationId, :notice, :horizon, :interval, :late, :riskNoShows, :riskLate, :riskLead,
                               :riskLookBack, 1
                        WHERE CAST(:expected AS BIGINT) IS NULL OR CAST(:expected AS BIGINT) = 0
                           OR EXISTS (SELECT 1 FROM booking_policy WHERE location_id = :locationId)
                        ON CONFLICT (location_id) DO UPDATE
                        SET minimum_notice_minutes = EXCLUDED.minimum_notice_minutes,
                            booking_horizon_days = EXCLUDED.booking_horizon_days,
                            slot_interval_minutes = EXCLUDED.slot_interval_minutes,
                            late_cancellation_window_minutes = EXCLUDED.late_cancellation_window_minutes,
                            risk_no_shows = EXCLUDED.risk_no_shows,
                            risk_late_cancellations = EXCLUDED.risk_late_cancellations,
                            risk_lead_time_days = EXCLUDED.risk_lead_time_days,
                            risk_look_back_months = EXCLUDED.risk_look_back_months,
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
                .param("riskNoShows", policy.riskNoShows(), Types.INTEGER)
                .param("riskLate", policy.riskLateCancellations(), Types.INTEGER)
                .param("riskLead", policy.riskLeadTimeDays(), Types.INTEGER)
                .param("riskLookBack", policy.riskLookBackMonths(), Types.INTEGER)
                .param("expected", expectedVersion, Types.BIGINT)
                .query(Long.class)
                .optional();
    }

    private static int orDefault(ResultSet rs, String column, int fallback) throws SQLException {
        Integer value = rs.getObject(column, Integer.class);
        return value == null ? fallback : value;
    }

    record StoredPolicy(BookingPolicy policy, RiskThresholds risk, long version) {
    }
}
