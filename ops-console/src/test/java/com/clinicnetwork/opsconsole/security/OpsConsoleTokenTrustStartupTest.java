package com.clinicnetwork.opsconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.opsconsole.OpsConsoleApplication;
import com.clinicnetwork.servicedefaults.security.MissingTokenTrustException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The console, like the gateway and the services, refuses to start without an issuer and the platform's audience. */
@ExtendWith(OutputCaptureExtension.class)
class OpsConsoleTokenTrustStartupTest {

    @Test
    void aConsoleWithoutAudienceDoesNotStartAndSaysWhichVariableIsMissing(CapturedOutput output) {
        SpringApplicationBuilder console = new SpringApplicationBuilder(OpsConsoleApplication.class);

        // Command-line arguments, so they win over application.yml as a deployment's settings would.
        assertThatThrownBy(() -> console.run("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.clinic.example/realms/clinic",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.clinic.example/realms/clinic/certs"))
                .hasRootCauseInstanceOf(MissingTokenTrustException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Token validation is not configured: JWT_AUDIENCE is not set");
    }
}
