package com.clinicnetwork.booking.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The worsening threshold is a number of points on the 0–10 scale: 1 to 10, or start-up fails. */
class OutcomePropertiesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aThresholdFromOneToTenIsAcceptedAndOthersAreNot() {
        assertThat(VALIDATOR.validate(new OutcomeProperties(1))).isEmpty();
        assertThat(VALIDATOR.validate(new OutcomeProperties(3))).isEmpty();
        assertThat(VALIDATOR.validate(new OutcomeProperties(10))).isEmpty();
        assertThat(VALIDATOR.validate(new OutcomeProperties(0))).extracting(ConstraintViolation::getPropertyPath)
                .extracting(Object::toString).containsExactly("worseningThreshold");
        assertThat(VALIDATOR.validate(new OutcomeProperties(11))).hasSize(1);
    }
}
