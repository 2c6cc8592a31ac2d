package com.clinicnetwork.notification.message;

import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class CheckInLinksConfiguration {

    /** Signs the aftercare check-in links booking-service verifies; start-up fails with a clear report without the secret. */
    @Bean
    CheckInLinks checkInLinks(Environment environment) {
        return CheckInLinks.from(environment);
    }
}
