package com.clinicnetwork.servicedefaults.reactive;

import com.clinicnetwork.servicedefaults.ServiceDefaultsAutoConfiguration;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the platform's WebFlux applications (the gateway, the operator console) share with the servlet services'
 * {@link ServiceDefaultsAutoConfiguration}: the token decoder, problem responses and the security chain's common part
 * ({@link ReactiveClinicSecurity}), to which each adds its own path rules. Only for reactive web applications, so the
 * servlet services never see it; it runs before Spring Boot's reactive resource-server auto-configuration so that its
 * token decoder (issuer, audience, no fallback) is the one used.
 */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ReactiveServiceDefaultsAutoConfiguration {

    /**
     * RS256 tokens signed with the issuer's keys, carrying its {@code iss} and the platform's audience. Fails
     * start-up with the names of the missing variables when the issuer or audience is not configured.
     */
    @Bean
    ReactiveJwtDecoder reactiveJwtDecoder(Environment environment) {
        return TokenTrust.from(environment).reactiveJwtDecoder();
    }

    @Bean
    ExchangeProblems exchangeProblems(JsonMapper json) {
        return new ExchangeProblems(json);
    }

    @Bean
    ReactiveProblemSecurityHandlers reactiveProblemSecurityHandlers(ExchangeProblems problems) {
        return new ReactiveProblemSecurityHandlers(problems);
    }

    @Bean
    ReactiveClinicSecurity reactiveClinicSecurity(ReactiveProblemSecurityHandlers handlers) {
        return new ReactiveClinicSecurity(handlers);
    }
}
