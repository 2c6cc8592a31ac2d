package com.clinicnetwork.notification.message;

import jakarta.validation.constraints.AssertTrue;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the clients' web app is, so messages can link into it. Required, without a default: a message linking to a
 * guessed address would send clients somewhere that is not the chain's (start-up fails instead).
 *
 * @param baseUrl the web app's absolute http(s) address, e.g. {@code https://app.clinic.example} (a path is kept, a
 *                trailing slash ignored)
 */
@Validated
@ConfigurationProperties("clinic.web-app")
public record WebAppProperties(URI baseUrl) {

    @AssertTrue(message = "clinic.web-app.base-url (CLINIC_WEB_APP_URL) must be the web app's absolute http or https address, "
            + "without user info, query or fragment, e.g. https://app.clinic.example")
    public boolean isBaseUrlUsable() {
        return baseUrl != null && baseUrl.isAbsolute() && baseUrl.getHost() != null
                && ("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
                && baseUrl.getRawUserInfo() == null && baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null;
    }

    /** The base URL as links start with it: no trailing slash. */
    String base() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
