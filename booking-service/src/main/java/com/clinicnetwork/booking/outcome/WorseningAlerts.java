package com.clinicnetwork.booking.outcome;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.aftercare.CheckInWorsened;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the therapist when a client's check-in score rose by the worsening threshold or more since their previous
 * answer in the same series ({@link ScoreSeries}): {@code check-in.worsened} goes to the outbox in the transaction that
 * records the answer, so the alert is published if and only if the answer is stored. Each session is answered once, so
 * there is at most one alert per answered session.
 */
@Service
public class WorseningAlerts {

    private final OutcomeRepository outcomes;
    private final OutboxWriter outbox;
    private final OutcomeProperties properties;
    private final Clock clock;

    WorseningAlerts(OutcomeRepository outcomes, OutboxWriter outbox, OutcomeProperties properties, Clock clock) {
        this.outcomes = outcomes;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Call in the transaction that stored the appointment's answer, after storing it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answered(UUID appointmentId, int score, Instant answeredAt) {
        OutcomeRepository.Subject subject = outcomes.subject(appointmentId)
                .orElseThrow(() -> new IllegalStateException("The appointment just answered is gone"));
        Optional<Answered> previous = outcomes.seriesOf(subject).before(appointmentId);
        if (previous.isEmpty() || !ScoreSeries.worsened(previous.get().score(), score, properties.worseningThreshold())) {
            return;
        }
        CheckInWorsened payload = new CheckInWorsened(appointmentId, subject.seriesId(), subject.clientId(),
                subject.therapistId(), subject.locationId(), subject.treatmentId(), previous.get().score(), score,
                answeredAt.atOffset(ZoneOffset.UTC),
                outcomes.nextSession(subject.clientId(), subject.therapistId(), clock.instant()).orElse(null));
        outbox.append(OutgoingEvent.about(Topics.APPOINTMENTS, EventTypes.CHECK_IN_WORSENED, appointmentId, payload));
    }
}
