package com.clinicnetwork.booking.noshow;

import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.booking.policy.RiskThresholds;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads what {@link NoShowRisk#assess} judges a booking by: the location's thresholds and the client's history. */
@Component
public class NoShowRiskAssessment {

    private final BookingPolicyRepository policies;
    private final ClientHistoryRepository histories;

    NoShowRiskAssessment(BookingPolicyRepository policies, ClientHistoryRepository histories) {
        this.policies = policies;
        this.histories = histories;
    }

    /** The risk of the client's booking at the location, made at {@code bookedAt} for {@code startsAt}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public NoShowRisk of(UUID clientId, UUID locationId, Instant startsAt, Instant bookedAt) {
        RiskThresholds thresholds = policies.riskThresholdsAt(locationId);
        ClientHistory history = histories.since(clientId, thresholds.lookBackFrom(bookedAt), thresholds.lookBackMonths());
        return NoShowRisk.assess(history, thresholds, bookedAt, startsAt);
    }
}
