package com.clinicnetwork.servicedefaults.links;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every web application of the platform, servlet service or WebFlux application alike, keeps check-in link tokens out
 * of its metrics and traces: Spring Boot applies the {@link CheckInLinkObservationFilter} to every observation.
 */
@AutoConfiguration
@ConditionalOnWebApplication
public class CheckInLinkObservationAutoConfiguration {

    @Bean
    CheckInLinkObservationFilter checkInLinkObservationFilter() {
        return new CheckInLinkObservationFilter();
    }
}
