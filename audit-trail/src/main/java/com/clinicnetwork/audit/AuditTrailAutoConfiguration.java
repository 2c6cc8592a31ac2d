package com.clinicnetwork.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of a servlet service: the filter that records audited requests, the table (Flyway
 * migrations {@code db/migration/audit}, found by the default location) and the admins' query and
 * verify endpoints.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "clinic.audit.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AuditProperties.class)
@Import(AuditEventController.class)
public class AuditTrailAutoConfiguration {

    /** Spring Boot's security filter chain runs at -100; the audit filter runs inside it, once the caller is known. */
    static final int FILTER_ORDER = -100 + 10;

    /** Times come from the service's {@link Clock} (service-defaults', or a test's own), as every other time rule's do. */
    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new AuditTrail(jdbc, transactions, clock);
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditProperties properties, ObjectProvider<AuditTrail> trail,
            ObjectProvider<JsonMapper> json, ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(
                new AuditedPaths(properties.records()), trail::getObject, json::getObject,
                () -> Optional.ofNullable(meters.getIfAvailable()), properties.retryAfter()));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
