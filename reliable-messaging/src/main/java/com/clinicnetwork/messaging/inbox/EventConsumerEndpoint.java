package com.clinicnetwork.messaging.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.converter.MessageConverter;

/**
 * What the service's listener container factory needs to make the container of an {@link EventConsumer}: the
 * consumer's name as listener id and group, its topic and offset reset, and its {@link EventConsumerListener}.
 * Everything else (error handler, observation, concurrency) is the factory's, as for a {@code @KafkaListener}.
 */
class EventConsumerEndpoint implements KafkaListenerEndpoint {

    private final EventConsumer consumer;
    private final EventConsumerListener listener;

    EventConsumerEndpoint(EventConsumer consumer, EventConsumerListener listener) {
        this.consumer = consumer;
        this.listener = listener;
    }

    @Override
    public String getId() {
        return consumer.name();
    }

    @Override
    public String getGroupId() {
        return consumer.name();
    }

    @Override
    public String getGroup() {
        return null;
    }

    @Override
    public Collection<String> getTopics() {
        return List.of(consumer.topic());
    }

    @Override
    public TopicPartitionOffset[] getTopicPartitionsToAssign() {
        return new TopicPartitionOffset[0];
    }

    @Override
    public Pattern getTopicPattern() {
        return null;
    }

    @Override
    public String getClientIdPrefix() {
        return null;
    }

    @Override
    public Integer getConcurrency() {
        return null;
    }

    @Override
    public Boolean getAutoStartup() {
        return null;
    }

    @Override
    public Properties getConsumerProperties() {
        Properties properties = new Properties();
        properties.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, consumer.offsetReset().kafkaValue());
        return properties;
    }

    @Override
    public void setupListenerContainer(MessageListenerContainer container, MessageConverter messageConverter) {
        container.setupMessageListener(listener);
    }

    @Override
    public boolean isSplitIterables() {
        return false;
    }
}
