package com.clinicnetwork.web;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The identity provider's registration as discovery would produce it, without reading a discovery document.
 * Its revocation endpoint is {@link #revocationEndpoint}, which a test may point at a stand-in server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityProvider {

    public static final String ISSUER = "http://idp.test";
    public static volatile String revocationEndpoint = ISSUER + "/oauth2/revoke";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        return new InMemoryClientRegistrationRepository(registration());
    }

    public static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("clinic")
                .clientId("clinic-web")
                .clientSecret("test-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "clinic")
                .issuerUri(ISSUER)
                .authorizationUri(ISSUER + "/oauth2/authorize")
                .tokenUri(ISSUER + "/oauth2/token")
                .jwkSetUri(ISSUER + "/oauth2/jwks")
                .userInfoUri(ISSUER + "/userinfo")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of(
                        "end_session_endpoint", ISSUER + "/connect/logout",
                        "revocation_endpoint", revocationEndpoint))
                .build();
    }
}
