package com.clinicnetwork.therapist.treatment;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.therapist.RuleViolation;
import com.clinicnetwork.therapist.location.RoomKind;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Versions;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TreatmentService {

    private final TreatmentRepository treatments;
    private final OutboxWriter outbox;

    TreatmentService(TreatmentRepository treatments, OutboxWriter outbox) {
        this.treatments = treatments;
        this.outbox = outbox;
    }

    @Transactional
    public Treatment create(UUID id, TreatmentRequest request) {
        Treatment treatment = fromRequest(id, request, 1);
        treatments.insert(treatment);
        return published(treatment);
    }

    /**
     * Replaces the treatment; {@code active = false} deactivates it. Therapists who offer it keep offering it,
     * so a new required specialty must be one they all have.
     *
     * @param expectedVersion the version the caller read (If-Match), or null for any
     */
    @Transactional
    public Treatment update(UUID id, TreatmentRequest request, Long expectedVersion) {
        long version = Versions.next("Treatment", id, treatments.lockVersion(id), expectedVersion);
        Treatment treatment = fromRequest(id, request, version);
        List<UUID> unqualified = treatments.offeredWithout(id, treatment.requiredSpecialty());
        if (!unqualified.isEmpty()) {
            throw new RuleViolation("requiredSpecialty", "therapists " + unqualified + " offer this treatment without the specialty "
                    + treatment.requiredSpecialty() + "; change their treatments first");
        }
        treatments.update(treatment);
        return published(treatment);
    }

    @Transactional(readOnly = true)
    public Treatment get(UUID id) {
        return treatments.findById(id).orElseThrow(() -> ApiProblemException.notFound("Treatment", id));
    }

    @Transactional(readOnly = true)
    public PageOf<Treatment> list(PageQuery page) {
        return page.pageOf(treatments.findPage(page), treatments.count());
    }

    private static Treatment fromRequest(UUID id, TreatmentRequest request, long version) {
        String aftercarePlan = request.aftercarePlan() == null || request.aftercarePlan().isBlank()
                ? null : request.aftercarePlan().strip();
        return new Treatment(id, request.name().strip(), request.durationMinutes(),
                request.bufferMinutes() == null ? 0 : request.bufferMinutes(),
                Specialty.parse("requiredSpecialty", request.requiredSpecialty()),
                aftercarePlan, request.price(), request.active() == null || request.active(), version,
                request.roomKind() == null ? null : RoomKind.parse("roomKind", request.roomKind()));
    }

    private Treatment published(Treatment treatment) {
        outbox.append(OutgoingEvent.about(Topics.DIRECTORY, EventTypes.TREATMENT_UPSERTED, treatment.id(), treatment.toState()));
        return treatment;
    }
}
