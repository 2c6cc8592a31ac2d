package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.inbox.EventConsumer;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * The declared consumers keep the names (consumer groups, processed-event names) and the offset reset of the
 * listeners they replaced, so their groups' committed offsets and the processed events recorded so far still count.
 */
class ConsumerGroupsIT extends IntegrationTestBase {

    @Autowired
    private List<EventConsumer> consumers;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void everyConsumerKeepsTheGroupAndOffsetResetItHadAsAListener() {
        assertThat(consumers).extracting(EventConsumer::name, EventConsumer::topic, EventConsumer::offsetReset)
                .containsExactlyInAnyOrder(
                        tuple("notification-service.appointments", Topics.APPOINTMENTS, OffsetReset.EARLIEST),
                        tuple("notification-service.directory", Topics.DIRECTORY, OffsetReset.EARLIEST),
                        tuple("notification-service.clients", Topics.CLIENTS, OffsetReset.EARLIEST));
        assertThat(consumers).allSatisfy(consumer ->
                assertThat(listeners.getListenerContainer(consumer.name()).getGroupId()).isEqualTo(consumer.name()));
    }
}
