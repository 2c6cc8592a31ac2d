package com.clinicnetwork.notification.delivery.email;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param from sender address of every email; replies go to the clinic chain's booking desk */
@Validated
@ConfigurationProperties("clinic.mail")
public record MailProperties(@DefaultValue("bookings@clinic-network.example") @NotBlank @Email String from) {
}
