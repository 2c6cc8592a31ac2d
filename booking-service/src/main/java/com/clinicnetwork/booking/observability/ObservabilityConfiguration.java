package com.clinicnetwork.booking.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The booking business metrics, recorded at the HTTP edge of the service. */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    /** Ahead of Spring Security (-100), so requests it refuses are measured too. */
    static final int FILTER_ORDER = -100 - 10;

    @Bean
    FilterRegistrationBean<BookingOutcomeFilter> bookingOutcomeFilter(JsonMapper json, MeterRegistry meters) {
        FilterRegistrationBean<BookingOutcomeFilter> registration = new FilterRegistrationBean<>(new BookingOutcomeFilter(json, meters));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns(BookingOutcomeFilter.PATH);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AvailabilitySearchTimer> availabilitySearchTimer(MeterRegistry meters) {
        FilterRegistrationBean<AvailabilitySearchTimer> registration = new FilterRegistrationBean<>(new AvailabilitySearchTimer(meters));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns(AvailabilitySearchTimer.PATH);
        return registration;
    }
}
