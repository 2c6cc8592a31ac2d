package com.clinicnetwork.booking.fhir;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR R4 export.
 *
 * @param baseUrl      where clients reach the FHIR base (the gateway's {@code /fhir/r4}); Bundles link their entries and
 *                     pages under it
 * @param defaultCount entries per page when a search does not say ({@code _count})
 * @param maxCount     the most entries one page holds, whatever a search asks for
 */
@Validated
@ConfigurationProperties("clinic.fhir")
public record FhirProperties(
        @NotBlank String baseUrl,
        @DefaultValue("20") @Min(1) int defaultCount,
        @DefaultValue("100") @Min(1) int maxCount) {

    public FhirProperties {
        baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
    }
}
