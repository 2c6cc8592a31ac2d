package com.clinicnetwork.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail of a servlet service: the filter that records audited requests, the table (Flyway
 * migration {@code db/migration/audit}, found by the default location) and the admins' query endpoint.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "clinic.audit.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AuditProperties.class)
@Import(AuditEventController.class)
public class AuditTrailAutoConfiguration {

    /** Spring Boot's security filter chain runs at -100; the audit filter runs inside it, once the caller is known. */
    static final int FILTER_ORDER = -100 + 10;

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc) {
        return new AuditTrail(jdbc);
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditProperties properties, ObjectProvider<AuditTrail> trail) {
        FilterRegistrationBean<AuditFilter> registration =
                new FilterRegistrationBean<>(new AuditFilter(new AuditedPaths(properties.records()), trail::getObject));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
