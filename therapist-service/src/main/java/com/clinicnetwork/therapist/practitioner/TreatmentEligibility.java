package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.RuleViolation;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.treatment.Treatment;
import java.util.Collection;
import java.util.Set;

/** A therapist offers only treatments whose required specialty they have. */
final class TreatmentEligibility {

    private TreatmentEligibility() {
    }

    static void check(Set<Specialty> specialties, Collection<Treatment> offered) {
        for (Treatment treatment : offered) {
            if (!specialties.contains(treatment.requiredSpecialty())) {
                throw new RuleViolation("treatmentIds", "treatment " + treatment.id() + " requires the specialty "
                        + treatment.requiredSpecialty() + ", which the therapist does not have");
            }
        }
    }
}
