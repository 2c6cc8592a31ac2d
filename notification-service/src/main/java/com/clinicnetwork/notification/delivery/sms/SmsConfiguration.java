package com.clinicnetwork.notification.delivery.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsGateway smsGateway(SmsProperties properties, JsonMapper json, JdbcClient jdbc) {
        return switch (properties.mode()) {
            case HTTP -> new HttpSmsGateway(properties, json);
            case DEVELOPMENT -> new DevelopmentSmsSink(jdbc);
        };
    }
}
