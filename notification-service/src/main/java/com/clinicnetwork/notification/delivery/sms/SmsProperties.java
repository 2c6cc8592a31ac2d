package com.clinicnetwork.notification.delivery.sms;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SMS channel.
 *
 * @param mode     {@code development}: no SMS leaves the service, each is recorded in the {@code development_sms}
 *                 table (the local run's default); {@code http}: sent through the provider at {@code endpoint}
 * @param endpoint the provider's send URL (POST, JSON)
 * @param apiKey   the provider credential, sent as a bearer token
 * @param sender   the sender id shown on the phone
 * @param timeout  connect and response timeout of one request
 */
@Validated
@ConfigurationProperties("clinic.sms")
public record SmsProperties(
        @DefaultValue("development") @NotNull Mode mode,
        URI endpoint,
        String apiKey,
        @DefaultValue("ClinicNet") @NotBlank @Size(max = 11) String sender,
        @DefaultValue("5s") @NotNull Duration timeout) {

    public enum Mode {
        DEVELOPMENT,
        HTTP
    }

    @AssertTrue(message = "clinic.sms.endpoint (http or https) and clinic.sms.api-key are required when clinic.sms.mode is http")
    public boolean isProviderConfigured() {
        return mode != Mode.HTTP || endpoint != null && endpoint.isAbsolute()
                && ("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme()))
                && apiKey != null && !apiKey.isBlank();
    }
}
