package com.clinicnetwork.testsupport.infrastructure;

import com.clinicnetwork.testsupport.tokens.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Condition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points a service under test at a real PostgreSQL and a real Kafka broker: containers through
 * {@code @ServiceConnection} when Docker is available, otherwise the embedded server and KRaft broker
 * of this JVM. Either way one instance per JVM, shared by every cached context. Also trusts the
 * test token issuer and requires the platform's audience, as the launcher configures the real processes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealInfrastructureConfiguration {

    @Bean
    DynamicPropertyRegistrar testTokenIssuerProperties() {
        return TestTokens::trustTestIssuer;
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Conditional(DockerAvailable.class)
    static class Containers {

        private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");
        private static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

        @Bean(destroyMethod = "")
        @ServiceConnection
        PostgreSQLContainer postgresContainer() {
            return POSTGRES;
        }

        @Bean(destroyMethod = "")
        @ServiceConnection
        KafkaContainer kafkaContainer() {
            return KAFKA;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Conditional(DockerUnavailable.class)
    static class Embedded {

        @Bean
        DynamicPropertyRegistrar embeddedInfrastructureProperties(Environment environment) {
            return registry -> {
                String database = environment.getRequiredProperty("spring.application.name").replace('-', '_');
                registry.add("spring.datasource.url", () -> SharedInfrastructure.postgres().createDatabase(database));
                registry.add("spring.datasource.username", () -> "postgres");
                registry.add("spring.datasource.password", () -> "postgres");
                registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
            };
        }
    }

    static class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DockerAvailability.isAvailable();
        }
    }

    static class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerAvailability.isAvailable();
        }
    }
}
