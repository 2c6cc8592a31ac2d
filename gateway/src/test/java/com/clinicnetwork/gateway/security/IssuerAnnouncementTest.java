package com.clinicnetwork.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class IssuerAnnouncementTest {

    @Test
    void warnsThatTheDevelopmentIssuerMeansLocalMode(CapturedOutput output) {
        announce("http://127.0.0.1:8090/dev-issuer", "http://127.0.0.1:8090/dev-issuer/jwks.json");

        assertThat(output).contains("Trusting tokens issued by http://127.0.0.1:8090/dev-issuer")
                .contains("WARN").contains("LOCAL/DEV MODE");
    }

    @Test
    void warnsInTheLocalRunWhoseIdentityProviderHandsOutDemoTokens(CapturedOutput output) {
        announce("http://127.0.0.1:9000", "http://127.0.0.1:9000/oauth2/jwks", "true");

        assertThat(output).contains("WARN").contains("LOCAL/DEV MODE");
    }

    @Test
    void namesARealIssuerWithoutAWarning(CapturedOutput output) {
        announce("http://keycloak:8080/realms/clinic", "http://keycloak:8080/realms/clinic/protocol/openid-connect/certs");

        assertThat(output).contains("Trusting tokens issued by http://keycloak:8080/realms/clinic for audience clinic-platform")
                .doesNotContain("LOCAL/DEV MODE");
    }

    private static void announce(String issuer, String keys) {
        announce(issuer, keys, "false");
    }

    private static void announce(String issuer, String keys, String localRun) {
        new IssuerAnnouncement(new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer)
                .withProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keys)
                .withProperty("clinic.security.audience", "clinic-platform")
                .withProperty(IssuerAnnouncement.LOCAL_RUN_PROPERTY, localRun)).announce();
    }
}
