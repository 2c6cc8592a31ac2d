package com.clinicnetwork.servicedefaults.apidocs;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The shared parts of every OpenAPI document of the platform, for the services and the gateway alike (wherever
 * springdoc is on the class path): see {@link PlatformDocument} and {@link NullableProperties}. The caller
 * ({@link ClinicUser}, resolved from the token) is never a request parameter; there is nothing to add per controller.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ClinicUser.class)
                // Jackson 3's tree (an answer passed on as a service gave it) is any JSON object, not a bean to describe.
                .replaceWithSchema(JsonNode.class, new ObjectSchema());
    }

    @Bean
    PlatformDocument platformDocument(ApiDocsProperties properties, ObjectProvider<BuildProperties> build, Environment environment) {
        String title = properties.title() != null ? properties.title() : environment.getProperty("spring.application.name", "Clinic platform");
        String version = properties.version() != null ? properties.version()
                : build.stream().map(BuildProperties::getVersion).findFirst().orElse("unversioned");
        return new PlatformDocument(title, properties.description(), version, properties.serverUrl().toString());
    }

    @Bean
    ModelConverter nullableProperties() {
        return new NullableProperties();
    }
}
