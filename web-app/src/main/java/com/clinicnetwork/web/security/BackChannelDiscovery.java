package com.clinicnetwork.web.security;

import com.clinicnetwork.web.WebAppProperties;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.web.client.RestClient;

/**
 * The identity provider's registration when the app reaches the provider at another address than browsers do,
 * as in docker compose: browsers know Keycloak as {@code http://localhost:8180} (the tokens' issuer), the app's
 * container only as {@code http://keycloak:8080}. The discovery document is read from the back-channel address
 * ({@code CLINIC_IDP_DISCOVERY_URL}); Keycloak answers it with the browser-facing authorization and end-session
 * endpoints and back-channel token, key, user-info and revocation endpoints. Its {@code issuer} must still be the
 * configured one ({@code CLINIC_IDP_ISSUER}), which every ID token is checked against. Without the setting, Spring
 * Boot reads the document from the issuer itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("clinic.web.identity-provider-discovery-url")
// Boot binds these only in the configuration this one replaces.
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class BackChannelDiscovery {

    static final String REGISTRATION_ID = "clinic";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties, RestClient.Builder http,
            WebAppProperties web) {
        URI discoveryUrl = web.identityProviderDiscoveryUrl();
        OAuth2ClientProperties.Registration registration = Objects.requireNonNull(
                properties.getRegistration().get(REGISTRATION_ID), "No client registration 'clinic' is configured");
        String issuer = properties.getProvider().get(REGISTRATION_ID).getIssuerUri();
        Map<String, Object> metadata = http.build().get()
                .uri(discoveryUrl.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration")
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        return new InMemoryClientRegistrationRepository(registration(registration, issuer, metadata));
    }

    static ClientRegistration registration(OAuth2ClientProperties.Registration client, String issuer, Map<String, Object> metadata) {
        if (metadata == null || !Objects.equals(issuer, metadata.get("issuer"))) {
            throw new IllegalStateException("The identity provider's discovery document names issuer "
                    + (metadata == null ? null : metadata.get("issuer")) + ", not the configured CLINIC_IDP_ISSUER " + issuer);
        }
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(client.getClientId())
                .clientSecret(client.getClientSecret())
                .clientAuthenticationMethod(new ClientAuthenticationMethod(client.getClientAuthenticationMethod()))
                .authorizationGrantType(new AuthorizationGrantType(client.getAuthorizationGrantType()))
                .redirectUri(client.getRedirectUri())
                .scope(client.getScope())
                .issuerUri(issuer)
                .authorizationUri(required(metadata, "authorization_endpoint"))
                .tokenUri(required(metadata, "token_endpoint"))
                .jwkSetUri(required(metadata, "jwks_uri"))
                .userInfoUri(required(metadata, "userinfo_endpoint"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(metadata)
                .build();
    }

    private static String required(Map<String, Object> metadata, String name) {
        Object value = metadata.get(name);
        if (value == null) {
            throw new IllegalStateException("The identity provider's discovery document has no " + name);
        }
        return value.toString();
    }
}
