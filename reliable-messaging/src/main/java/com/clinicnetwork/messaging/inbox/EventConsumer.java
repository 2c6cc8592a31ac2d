package com.clinicnetwork.messaging.inbox;

import com.clinicnetwork.contracts.ContractCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A consumer of one contract topic, declared as a bean: its name (the Kafka consumer group, the listener id and
 * the name its processed events are recorded under), the topic, where a new group starts reading, and one
 * {@link EventHandler} per event type it applies. reliable-messaging runs one listener for it; see the module's
 * README. Every declaration is checked against {@link ContractCatalog} when it is built, so a handler for an event
 * type the contract does not know, that travels on another topic, or whose payload record is not the contract's,
 * stops start-up.
 */
public final class EventConsumer {

    private final String name;
    private final String topic;
    private final OffsetReset offsetReset;
    private final Map<String, TypedHandler<?>> handlers;

    private EventConsumer(Builder builder) {
        this.name = builder.name;
        this.topic = builder.topic;
        this.offsetReset = builder.offsetReset;
        this.handlers = Map.copyOf(builder.handlers);
    }

    /**
     * @param name        consumer group and listener id, e.g. {@code booking-service.directory}; keep it once events
     *                    were consumed under it (a new name reads the topic again and records its events afresh)
     * @param topic       the contract topic, see {@code Topics}
     * @param offsetReset where the group starts while it has no committed offset
     */
    public static Builder builder(String name, String topic, OffsetReset offsetReset) {
        return new Builder(name, topic, offsetReset);
    }

    public String name() {
        return name;
    }

    public String topic() {
        return topic;
    }

    public OffsetReset offsetReset() {
        return offsetReset;
    }

    /** The event types this consumer applies; records of any other type are skipped. */
    public Set<String> eventTypes() {
        return handlers.keySet();
    }

    Optional<TypedHandler<?>> handlerFor(String eventType) {
        return Optional.ofNullable(handlers.get(eventType));
    }

    /** Where a consumer group without a committed offset starts: Kafka's {@code auto.offset.reset}. */
    public enum OffsetReset {
        /** From the oldest retained record, e.g. to build a read model from a compacted topic. */
        EARLIEST("earliest"),
        /** Only records published after the group first joined. */
        LATEST("latest");

        private final String kafkaValue;

        OffsetReset(String kafkaValue) {
            this.kafkaValue = kafkaValue;
        }

        public String kafkaValue() {
            return kafkaValue;
        }
    }

    /** Collects the handlers of one consumer, checking each against the contract as it is added. */
    public static final class Builder {

        private final String name;
        private final String topic;
        private final OffsetReset offsetReset;
        private final Map<String, TypedHandler<?>> handlers = new LinkedHashMap<>();

        private Builder(String name, String topic, OffsetReset offsetReset) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An event consumer needs a name");
            }
            if (!ContractCatalog.topics().contains(topic)) {
                throw new IllegalArgumentException("Event consumer " + name + " reads " + topic + ", which is not a contract topic");
            }
            this.name = name;
            this.topic = topic;
            this.offsetReset = Objects.requireNonNull(offsetReset, "offsetReset");
        }

        /**
         * Registers the handler of one event type.
         *
         * @param payloadType the payload record {@link ContractCatalog} names for {@code eventType}; stated here so
         *                    the handler's type is checked against the contract at start-up
         * @throws IllegalArgumentException for an event type unknown to the contract, carried on another topic,
         *                                  with another payload record, or registered twice
         */
        public <T> Builder on(String eventType, Class<T> payloadType, EventHandler<T> handler) {
            Class<?> contractPayload;
            try {
                contractPayload = ContractCatalog.payloadType(eventType);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("Event consumer " + name + " has a handler for " + eventType
                        + ", an event type the contract does not know", unknown);
            }
            if (!ContractCatalog.topic(eventType).equals(topic)) {
                throw new IllegalArgumentException("Event consumer " + name + " reads " + topic + ", but " + eventType
                        + " events travel on " + ContractCatalog.topic(eventType));
            }
            if (!contractPayload.equals(payloadType)) {
                throw new IllegalArgumentException("Event consumer " + name + " reads " + eventType + " as "
                        + payloadType.getName() + ", but its contract payload is " + contractPayload.getName());
            }
            if (handlers.putIfAbsent(eventType, new TypedHandler<>(payloadType, Objects.requireNonNull(handler, "handler"))) != null) {
                throw new IllegalArgumentException("Event consumer " + name + " has two handlers for " + eventType);
            }
            return this;
        }

        public EventConsumer build() {
            if (handlers.isEmpty()) {
                throw new IllegalArgumentException("Event consumer " + name + " has no handlers");
            }
            return new EventConsumer(this);
        }
    }

    /** A handler with the payload record it reads, so a record is read as the type its handler expects. */
    record TypedHandler<T>(Class<T> payloadType, EventHandler<T> handler) {
    }
}
