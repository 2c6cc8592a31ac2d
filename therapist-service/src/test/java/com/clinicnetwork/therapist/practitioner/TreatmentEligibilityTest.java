package com.clinicnetwork.therapist.practitioner;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.treatment.Treatment;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TreatmentEligibilityTest {

    private static final Treatment KNEE = treatment(Specialty.KNEE_REHABILITATION);
    private static final Treatment SPORTS = treatment(Specialty.SPORTS_MASSAGE);

    @Test
    void aTherapistOffersTreatmentsTheirSpecialtiesAllow() {
        assertThatCode(() -> TreatmentEligibility.check(
                EnumSet.of(Specialty.KNEE_REHABILITATION, Specialty.SPORTS_MASSAGE), List.of(KNEE, SPORTS)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TreatmentEligibility.check(EnumSet.of(Specialty.PRENATAL), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void aTreatmentNeedingAMissingSpecialtyIsRejected() {
        assertThatThrownBy(() -> TreatmentEligibility.check(EnumSet.of(Specialty.SPORTS_MASSAGE), List.of(SPORTS, KNEE)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(KNEE.id().toString())
                .hasMessageContaining("KNEE_REHABILITATION")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("treatmentIds");
    }

    private static Treatment treatment(Specialty required) {
        return new Treatment(UUID.randomUUID(), required.name(), 60, 15, required, null, new BigDecimal("50.00"), true, 1, null);
    }
}
