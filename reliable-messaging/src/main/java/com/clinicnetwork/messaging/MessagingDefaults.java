package com.clinicnetwork.messaging;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The Kafka settings this module relies on, as defaults a service may still override (its own
 * {@code spring.kafka.producer.*} / {@code spring.kafka.listener.*} win):
 * <ul>
 *   <li>the producer the outbox relay and dead-lettering send with: {@code acks=all} and idempotence, so an
 *       acknowledged event is on every in-sync replica and a retried send is not written twice; and timeouts of a
 *       few seconds ({@code max.block.ms} and {@code request.timeout.ms} 5 s, {@code delivery.timeout.ms} 10 s, within
 *       {@code clinic.messaging.relay.send-timeout}), so a relay pass gives up quickly while the broker is away
 *       instead of blocking for Kafka's default minute, and retries on its next pass;</li>
 *   <li>listener observation, so a consumer continues the trace of the transaction that wrote the event
 *       ({@code traceparent} header, see {@code TraceParents}).</li>
 * </ul>
 * Registered in {@code META-INF/spring.factories}.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.kafka.producer.acks", "all",
            "spring.kafka.producer.properties.enable.idempotence", "true",
            "spring.kafka.producer.properties.max.block.ms", "5000",
            "spring.kafka.producer.properties.request.timeout.ms", "5000",
            "spring.kafka.producer.properties.delivery.timeout.ms", "10000",
            "spring.kafka.listener.observation-enabled", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(DEFAULTS, environment.getPropertySources());
    }
}
