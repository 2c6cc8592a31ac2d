package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenTrustTest {

    private static final String ISSUER = "https://login.clinic.example/realms/clinic";

    @Test
    void everyMissingOrBlankSettingIsNamedByItsEnvironmentVariable() {
        assertThatThrownBy(() -> TokenTrust.from(new MockEnvironment()))
                .isInstanceOf(MissingTokenTrustException.class)
                .hasMessage("Token validation is not configured: JWT_ISSUER_URI, JWT_JWK_SET_URI, JWT_AUDIENCE are not set; "
                        + "refusing to start without a trusted issuer and audience");
        assertThatThrownBy(() -> TokenTrust.from(complete().withProperty(TokenTrust.AUDIENCE_PROPERTY, " ")))
                .hasMessageStartingWith("Token validation is not configured: JWT_AUDIENCE is not set;");
        assertThatThrownBy(() -> TokenTrust.from(complete().withProperty(TokenTrust.ISSUER_URI_PROPERTY, "")))
                .hasMessageStartingWith("Token validation is not configured: JWT_ISSUER_URI is not set;");
    }

    @Test
    void aTokenMustCarryTheIssuerAndThePlatformsAudience() {
        TokenTrust trust = TokenTrust.from(complete());

        assertThat(trust.validator().validate(token(ISSUER, List.of("clinic-platform"))).hasErrors()).isFalse();
        assertThat(trust.validator().validate(token(ISSUER, List.of("account", "clinic-platform"))).hasErrors()).isFalse();
        assertThat(trust.validator().validate(token(ISSUER, List.of("another-platform"))).hasErrors()).isTrue();
        assertThat(trust.validator().validate(token(ISSUER, List.of())).hasErrors()).isTrue();
        assertThat(trust.validator().validate(token("https://elsewhere.example", List.of("clinic-platform"))).hasErrors()).isTrue();
    }

    private static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty(TokenTrust.ISSUER_URI_PROPERTY, ISSUER)
                .withProperty(TokenTrust.JWK_SET_URI_PROPERTY, ISSUER + "/protocol/openid-connect/certs")
                .withProperty(TokenTrust.AUDIENCE_PROPERTY, "clinic-platform");
    }

    private static Jwt token(String issuer, List<String> audience) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone").issuer(issuer)
                .issuedAt(Instant.now().minusSeconds(10)).expiresAt(Instant.now().plusSeconds(300));
        if (!audience.isEmpty()) {
            builder.audience(audience);
        }
        return builder.build();
    }
}
