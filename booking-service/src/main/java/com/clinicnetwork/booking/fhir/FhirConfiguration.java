package com.clinicnetwork.booking.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    /** Ahead of Spring Security (-100), so the 401 and 403 it answers become OperationOutcomes too. */
    static final int FILTER_ORDER = -100 - 20;

    /** One for the service: building it scans HAPI's R4 model, which is expensive; using it is thread-safe. */
    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Bean
    FilterRegistrationBean<OperationOutcomeFilter> operationOutcomeFilter(FhirJson fhirJson, JsonMapper json) {
        FilterRegistrationBean<OperationOutcomeFilter> registration = new FilterRegistrationBean<>(
                new OperationOutcomeFilter(fhirJson, json));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns(FhirJson.BASE_PATH + "/*");
        return registration;
    }
}
