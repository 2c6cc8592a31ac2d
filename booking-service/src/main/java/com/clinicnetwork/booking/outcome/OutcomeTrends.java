package com.clinicnetwork.booking.outcome;

import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reads of an appointment's outcome trend. Scores are health data: the appointment's own client and therapist and
 * clinic admins read it; to anyone else holding one of those roles the appointment does not exist (404, as a read of
 * the appointment). Front desk and operators are refused by role before (see the security configuration): unlike intake
 * notes, which the front desk may need at the reception, a course's scores are clinical judgement nobody at the desk
 * acts on.
 */
@Service
class OutcomeTrends {

    private final OutcomeRepository outcomes;
    private final OutcomeProperties properties;

    OutcomeTrends(OutcomeRepository outcomes, OutcomeProperties properties) {
        this.outcomes = outcomes;
        this.properties = properties;
    }

    OutcomeTrendView trend(ClinicUser user, UUID appointmentId) {
        OutcomeRepository.Subject subject = outcomes.subject(appointmentId)
                .filter(found -> user.hasRole(Role.CLINIC_ADMIN) || user.isClient(found.clientId())
                        || user.isTherapist(found.therapistId()))
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
        ScoreSeries series = outcomes.seriesOf(subject);
        int threshold = properties.worseningThreshold();
        return new OutcomeTrendView(subject.appointmentId(), subject.seriesId(), subject.treatmentId(),
                subject.seriesId() != null ? "COURSE" : "TREATMENT", threshold, series.sessions(threshold),
                series.overallChange().orElse(null));
    }
}
