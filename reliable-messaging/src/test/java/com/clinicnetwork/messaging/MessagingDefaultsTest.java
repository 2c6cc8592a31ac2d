package com.clinicnetwork.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MessagingDefaultsTest {

    @Test
    void theRelaysProducerSettingsAndListenerObservationAreDefaults() {
        StandardEnvironment environment = new StandardEnvironment();

        new MessagingDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.producer.properties.max.block.ms")).isEqualTo("5000");
        assertThat(environment.getProperty("spring.kafka.producer.properties.request.timeout.ms")).isEqualTo("5000");
        assertThat(environment.getProperty("spring.kafka.producer.properties.delivery.timeout.ms")).isEqualTo("10000");
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
    }

    @Test
    void aServicesOwnSettingWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("spring.kafka.producer.properties.delivery.timeout.ms", "30000")));

        new MessagingDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.producer.properties.delivery.timeout.ms")).isEqualTo("30000");
        assertThat(environment.getProperty("spring.kafka.producer.properties.request.timeout.ms")).isEqualTo("5000");
    }
}
