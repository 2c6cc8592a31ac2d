package com.clinicnetwork.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The identity provider's registration as discovery would produce it, without reading a discovery document: the
 * browser-facing endpoints at {@link #ISSUER}, the back-channel ones (token, revocation) at the {@link StandInServer}.
 * Also fixes "now" for the screens at {@link #NOW}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityProvider {

    public static final String ISSUER = "http://idp.test";
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        return new InMemoryClientRegistrationRepository(registration());
    }

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static ClientRegistration registration() {
        String backChannel = StandInServer.get().url();
        return ClientRegistration.withRegistrationId("clinic")
                .clientId("clinic-web")
                .clientSecret("test-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "clinic")
                .issuerUri(ISSUER)
                .authorizationUri(ISSUER + "/oauth2/authorize")
                .tokenUri(backChannel + "/oauth2/token")
                .jwkSetUri(backChannel + "/oauth2/jwks")
                .userInfoUri(ISSUER + "/userinfo")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of(
                        "end_session_endpoint", ISSUER + "/connect/logout",
                        "revocation_endpoint", backChannel + "/oauth2/revoke"))
                .build();
    }
}
