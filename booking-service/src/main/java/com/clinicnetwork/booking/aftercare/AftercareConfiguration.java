package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class AftercareConfiguration {

    /** Verifies the links notification-service signs; start-up fails with a clear report without the shared secret. */
    @Bean
    CheckInLinks checkInLinks(Environment environment) {
        return CheckInLinks.from(environment);
    }

    @Bean
    AnswerWindow answerWindow(AftercareProperties properties) {
        return new AnswerWindow(properties.answerWindow());
    }
}
