package com.clinicnetwork.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;

class EventConsumerTest {

    private static final EventHandler<LocationState> LOCATIONS = event -> { };
    private static final EventHandler<TreatmentState> TREATMENTS = event -> { };

    @Test
    void eachEventTypeFindsItsOwnHandlerWithTheContractsPayloadRecord() {
        EventConsumer consumer = directory()
                .on(EventTypes.LOCATION_UPSERTED, LocationState.class, LOCATIONS)
                .on(EventTypes.TREATMENT_UPSERTED, TreatmentState.class, TREATMENTS)
                .build();

        assertThat(consumer.name()).isEqualTo("test.directory");
        assertThat(consumer.topic()).isEqualTo(Topics.DIRECTORY);
        assertThat(consumer.offsetReset().kafkaValue()).isEqualTo("earliest");
        assertThat(consumer.eventTypes()).containsExactlyInAnyOrder(EventTypes.LOCATION_UPSERTED, EventTypes.TREATMENT_UPSERTED);
        assertThat(consumer.handlerFor(EventTypes.LOCATION_UPSERTED))
                .hasValueSatisfying(handler -> {
                    assertThat(handler.payloadType()).isEqualTo(LocationState.class);
                    assertThat(handler.handler()).isSameAs(LOCATIONS);
                });
        assertThat(consumer.handlerFor(EventTypes.TREATMENT_UPSERTED).orElseThrow().handler()).isSameAs(TREATMENTS);
    }

    @Test
    void anEventTypeWithoutAHandlerHasNone() {
        EventConsumer consumer = directory().on(EventTypes.LOCATION_UPSERTED, LocationState.class, LOCATIONS).build();

        assertThat(consumer.handlerFor(EventTypes.THERAPIST_UPSERTED)).isEmpty();
        assertThat(consumer.handlerFor("location.renamed")).isEmpty();
    }

    @Test
    void aHandlerForAnEventTypeTheContractDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> directory().on("location.renamed", LocationState.class, LOCATIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event consumer test.directory has a handler for location.renamed, an event type the contract does not know");
    }

    @Test
    void aHandlerWhosePayloadRecordIsNotTheContractsIsRefused() {
        assertThatThrownBy(() -> directory().on(EventTypes.THERAPIST_UPSERTED, LocationState.class, LOCATIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event consumer test.directory reads therapist.upserted as " + LocationState.class.getName()
                        + ", but its contract payload is " + TherapistState.class.getName());
    }

    @Test
    void aHandlerForAnEventTypeOfAnotherTopicIsRefused() {
        assertThatThrownBy(() -> directory().on(EventTypes.APPOINTMENT_BOOKED, AppointmentEvent.class, event -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event consumer test.directory reads clinic.directory.v1, but appointment.booked events travel on "
                        + "clinic.appointments.v1");
    }

    @Test
    void twoHandlersForOneEventTypeAreRefused() {
        EventConsumer.Builder builder = directory().on(EventTypes.LOCATION_UPSERTED, LocationState.class, LOCATIONS);

        assertThatThrownBy(() -> builder.on(EventTypes.LOCATION_UPSERTED, LocationState.class, event -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event consumer test.directory has two handlers for location.upserted");
    }

    @Test
    void aConsumerNeedsANameAContractTopicAndAHandler() {
        assertThatThrownBy(() -> EventConsumer.builder(" ", Topics.DIRECTORY, OffsetReset.EARLIEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("An event consumer needs a name");
        assertThatThrownBy(() -> EventConsumer.builder("test.other", "clinic.other.v1", OffsetReset.LATEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event consumer test.other reads clinic.other.v1, which is not a contract topic");
        assertThatThrownBy(() -> directory().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Event consumer test.directory has no handlers");
    }

    @Test
    void twoConsumersOfOneNameAreRefused() {
        EventConsumer first = directory().on(EventTypes.LOCATION_UPSERTED, LocationState.class, LOCATIONS).build();
        EventConsumer second = directory().on(EventTypes.TREATMENT_UPSERTED, TreatmentState.class, TREATMENTS).build();

        assertThatThrownBy(() -> new EventConsumers(List.of(first, second), null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two event consumers are named test.directory");
    }

    @Test
    void eachConsumerIsRegisteredAsAListenerEndpointUnderItsName() {
        EventConsumer consumer = directory().on(EventTypes.LOCATION_UPSERTED, LocationState.class, LOCATIONS).build();
        RecordingRegistrar registrar = new RecordingRegistrar();

        new EventConsumers(List.of(consumer), null, null, null).configureKafkaListeners(registrar);

        assertThat(registrar.endpoint).isInstanceOf(EventConsumerEndpoint.class);
        assertThat(registrar.endpoint.getId()).isEqualTo("test.directory");
        assertThat(registrar.endpoint.getGroupId()).isEqualTo("test.directory");
        assertThat(registrar.endpoint.getTopics()).containsExactly(Topics.DIRECTORY);
        assertThat(registrar.endpoint.getConsumerProperties()).containsEntry("auto.offset.reset", "earliest");
    }

    @Test
    void aDeclarationThatDisagreesWithTheContractStopsStartUp() {
        new ApplicationContextRunner().withUserConfiguration(MismatchedConsumer.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("reads location.upserted as " + TreatmentState.class.getName());
        });
    }

    private static EventConsumer.Builder directory() {
        return EventConsumer.builder("test.directory", Topics.DIRECTORY, OffsetReset.EARLIEST);
    }

    @Configuration(proxyBeanMethods = false)
    static class MismatchedConsumer {

        @Bean
        EventConsumer directoryEvents() {
            return directory().on(EventTypes.LOCATION_UPSERTED, TreatmentState.class, TREATMENTS).build();
        }
    }

    private static final class RecordingRegistrar extends KafkaListenerEndpointRegistrar {

        private KafkaListenerEndpoint endpoint;

        @Override
        public void registerEndpoint(KafkaListenerEndpoint endpoint) {
            this.endpoint = endpoint;
        }
    }
}
