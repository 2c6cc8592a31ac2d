package com.clinicnetwork.servicedefaults.apidocs;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service's OpenAPI document says about itself.
 *
 * @param title       e.g. "Clinic platform: booking"; defaults to {@code spring.application.name}
 * @param description what the service's part of the API is for (Markdown)
 * @param version     the document's version; defaults to the build's version ({@code build-info})
 * @param serverUrl   the public address of the gateway, the only server front ends call ({@code API_DOCS_SERVER_URL});
 *                    "Try it out" in the Swagger UI sends requests there
 */
@ConfigurationProperties("clinic.api-docs")
public record ApiDocsProperties(String title, String description, String version,
        @DefaultValue("http://127.0.0.1:8080") URI serverUrl) {

    public ApiDocsProperties {
        if (!("http".equals(serverUrl.getScheme()) || "https".equals(serverUrl.getScheme())) || serverUrl.getHost() == null) {
            throw new IllegalArgumentException("clinic.api-docs.server-url: expected an absolute http(s) URL, got " + serverUrl);
        }
    }
}
