package com.clinicnetwork.servicedefaults.apidocs;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * springdoc settings every document of the platform shares, as defaults a service may still override:
 * OpenAPI 3.0 (what mobile client generators, the response validator of the system tests and openapi-diff read
 * best; {@code nullable} rather than 3.1's type lists), JSON rather than springdoc's {@code *}{@code /*} for
 * answers, and keys in a stable order so a committed document changes only where the API does.
 * Registered in {@code META-INF/spring.factories}.
 */
public class ApiDocsDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "springdoc.api-docs.version", "openapi_3_0",
            "springdoc.default-produces-media-type", "application/json",
            "springdoc.writer-with-order-by-keys", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(DEFAULTS, environment.getPropertySources());
    }
}
