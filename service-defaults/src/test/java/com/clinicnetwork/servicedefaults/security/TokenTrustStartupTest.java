package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.ServiceDefaultsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/** A service without a configured issuer or audience must not start, and must say which variables are missing. */
@ExtendWith(OutputCaptureExtension.class)
class TokenTrustStartupTest {

    private final WebApplicationContextRunner services = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceDefaultsAutoConfiguration.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void aServiceContextWithoutIssuerOrAudienceFailsNamingTheMissingVariables() {
        services.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(MissingTokenTrustException.class)
                    .hasMessageContaining("JWT_ISSUER_URI, JWT_JWK_SET_URI, JWT_AUDIENCE are not set");
        });
        services.withPropertyValues(TokenTrust.ISSUER_URI_PROPERTY + "=http://127.0.0.1:9/issuer",
                TokenTrust.JWK_SET_URI_PROPERTY + "=http://127.0.0.1:9/issuer/jwks.json").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("JWT_AUDIENCE is not set"));
    }

    @Test
    void aServiceContextWithIssuerAndAudienceHasTheirDecoder() {
        services.withPropertyValues(TokenTrust.ISSUER_URI_PROPERTY + "=http://127.0.0.1:9/issuer",
                TokenTrust.JWK_SET_URI_PROPERTY + "=http://127.0.0.1:9/issuer/jwks.json",
                TokenTrust.AUDIENCE_PROPERTY + "=clinic-platform").run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void startUpReportsTheMissingVariablesInOneLine(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MinimalService.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off");

        assertThatThrownBy(application::run).hasRootCauseInstanceOf(MissingTokenTrustException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Token validation is not configured: JWT_ISSUER_URI, JWT_JWK_SET_URI, JWT_AUDIENCE are not set");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class MinimalService {
    }
}
