package com.clinicnetwork.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param gatewayUrl          the gateway's public API, the only back end the app calls
 * @param gatewayTimeout      how long one call to the gateway may take before the page says it is unavailable
 * @param identityProviderUrl the identity provider (issuer), for links to its own pages such as /register
 * @param supportedLocales    the languages of the pages; the first is used when the browser asks for none of them
 * @param identityProviderDiscoveryUrl where this app reads the provider's discovery document when it cannot reach
 *                            the provider at its issuer address, as in docker compose (see
 *                            {@code security.BackChannelDiscovery}); null: from the issuer
 */
@Validated
@ConfigurationProperties("clinic.web")
public record WebAppProperties(
        @NotNull URI gatewayUrl,
        @NotNull Duration gatewayTimeout,
        @NotNull URI identityProviderUrl,
        @NotEmpty List<Locale> supportedLocales,
        URI identityProviderDiscoveryUrl) {

    public String registrationUrl() {
        return identityProviderUrl.toString().replaceAll("/+$", "") + "/register";
    }
}
