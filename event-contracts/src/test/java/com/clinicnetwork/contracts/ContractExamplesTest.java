package com.clinicnetwork.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContractExamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<Arguments> examples() {
        return ContractCatalog.payloadTypes().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsAValidPayloadThatRoundTripsWithoutLosingFields(String type, Class<?> payloadType) {
        String example = ContractExamples.json(type);

        Object payload = JSON.readValue(example, payloadType);

        assertThat(VALIDATOR.validate(payload)).isEmpty();
        JsonNode original = JSON.readTree(example);
        JsonNode reserialized = JSON.readTree(JSON.writeValueAsString(payload));
        assertThat(reserialized).isEqualTo(original);
    }

    @Test
    void anUnknownEventTypeHasNoExample() {
        assertThatThrownBy(() -> ContractExamples.json("appointment.teleported"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appointment.teleported");
    }

    @Test
    void everyEventTypeHasAPayloadType() throws Exception {
        for (Field field : EventTypes.class.getFields()) {
            String type = (String) field.get(null);
            assertThat(ContractCatalog.payloadType(type)).as(type).isNotNull();
        }
    }

    @Test
    void theCatalogNamesTheTopicOfEachEventType() {
        assertThat(ContractCatalog.topic(EventTypes.THERAPIST_UPSERTED)).isEqualTo(Topics.DIRECTORY);
        assertThat(ContractCatalog.topic(EventTypes.WAITLIST_OFFER_MADE)).isEqualTo(Topics.APPOINTMENTS);
        assertThat(ContractCatalog.topic(EventTypes.CLIENT_ERASED)).isEqualTo(Topics.CLIENTS);
        assertThat(ContractCatalog.topic(EventTypes.NOTIFICATION_FAILED)).isEqualTo(Topics.NOTIFICATIONS);
        assertThatThrownBy(() -> ContractCatalog.topic("appointment.teleported"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appointment.teleported");
    }

    @Test
    void deadLetterTopicsFollowTheNamingConvention() {
        assertThat(Topics.deadLetterOf(Topics.APPOINTMENTS)).isEqualTo("clinic.appointments.v1.DLT");
    }
}
