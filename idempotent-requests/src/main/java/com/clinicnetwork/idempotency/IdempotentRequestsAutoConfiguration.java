package com.clinicnetwork.idempotency;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotent creating requests in a servlet service: {@link IdempotentRequests} for its controllers, the table (Flyway
 * migration {@code db/migration/idempotency}, found by the default location) and the job that deletes expired records.
 * Times come from the service's {@link Clock} (service-defaults', unless a test brings its own).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotentRequestsAutoConfiguration {

    @Bean
    IdempotentRequestRepository idempotentRequestRepository(JdbcClient jdbc) {
        return new IdempotentRequestRepository(jdbc);
    }

    @Bean
    IdempotentRequests idempotentRequests(IdempotentRequestRepository records, PlatformTransactionManager transactionManager,
            JsonMapper json, Clock clock, IdempotencyProperties properties) {
        return new IdempotentRequests(records, transactionManager, json, clock, properties.retention());
    }

    @Bean
    ExpiredRequestCleanup expiredRequestCleanup(IdempotentRequestRepository records, Clock clock, IdempotencyProperties properties) {
        return new ExpiredRequestCleanup(records, clock, properties);
    }
}
