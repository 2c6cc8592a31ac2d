package com.clinicnetwork.therapist.treatment;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Paged;
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
        String aftercarePlan = request.aftercarePlan() == null || request.aftercarePlan().isBlank()
                ? null : request.aftercarePlan().strip();
        Treatment treatment = new Treatment(id, request.name().strip(), request.durationMinutes(),
                request.bufferMinutes() == null ? 0 : request.bufferMinutes(),
                Specialty.parse("requiredSpecialty", request.requiredSpecialty()),
                aftercarePlan, request.price(), request.active() == null || request.active(), 1);
        treatments.insert(treatment);
        outbox.append(OutgoingEvent.about(Topics.DIRECTORY, EventTypes.TREATMENT_UPSERTED, id, treatment.toState()));
        return treatment;
    }

    @Transactional(readOnly = true)
    public Treatment get(UUID id) {
        return treatments.findById(id).orElseThrow(() -> ApiProblemException.notFound("Treatment", id));
    }

    @Transactional(readOnly = true)
    public Paged<Treatment> list(PageQuery page) {
        return Paged.of(treatments.findPage(page), page, treatments.count());
    }
}
