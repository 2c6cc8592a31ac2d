package com.clinicnetwork.opsconsole.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

import com.clinicnetwork.opsconsole.OpsProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The console's Kafka clients authenticate like the services when the broker requires SASL (docker
 * compose): the settings arrive as environment variables and reach the admin client, consumers and producer.
 */
class OpsKafkaClientConfigTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ops-console\" password=\"secret\";";

    @Test
    void clientPropertiesBindFromEnvironmentVariablesWithDottedKafkaKeys() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "CLINIC_OPS_SERVICES_BOOKINGSERVICE", "http://booking-service:8080",
                        "CLINIC_OPS_KAFKAPROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                        "CLINIC_OPS_KAFKAPROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                        "CLINIC_OPS_KAFKAPROPERTIES_SASL_JAAS_CONFIG", JAAS)));

        OpsProperties properties = Binder.get(environment).bind("clinic.ops", OpsProperties.class).get();

        assertThat(properties.kafkaProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", JAAS));
    }

    @Test
    void clientConfigAddsTheConfiguredPropertiesButKeepsTheClientsOwnSettings() {
        Map<String, Object> config = OpsKafka.clientConfig(
                Map.of("security.protocol", "SASL_PLAINTEXT", "request.timeout.ms", "600000"),
                Map.of("bootstrap.servers", "kafka:9092", "request.timeout.ms", 3000));

        assertThat(config).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "bootstrap.servers", "kafka:9092",
                "request.timeout.ms", 3000));
    }

    @Test
    void noConfiguredPropertiesMeansPlainClients() {
        OpsProperties properties = Binder.get(new StandardEnvironment()).bindOrCreate("clinic.ops", OpsProperties.class);

        assertThat(properties.kafkaProperties()).isEmpty();
    }
}
