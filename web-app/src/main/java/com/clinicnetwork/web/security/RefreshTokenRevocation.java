package com.clinicnetwork.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * On sign-out, revokes the person's refresh token at the identity provider (RFC 7009, its discovery document's
 * {@code revocation_endpoint}), so the session's tokens cannot be used again even if they leaked, and forgets
 * them. Runs before the session is invalidated. A failed revocation never blocks signing out.
 */
class RefreshTokenRevocation implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenRevocation.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RestClient http;

    RefreshTokenRevocation(OAuth2AuthorizedClientRepository authorizedClients, RestClient.Builder http) {
        this.authorizedClients = authorizedClients;
        this.http = http.build();
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken token)) {
            return;
        }
        String registrationId = token.getAuthorizedClientRegistrationId();
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(registrationId, authentication, request);
        if (client == null) {
            return;
        }
        authorizedClients.removeAuthorizedClient(registrationId, authentication, request, response);
        if (client.getRefreshToken() != null) {
            revoke(client.getClientRegistration(), client.getRefreshToken().getTokenValue());
        }
    }

    private void revoke(ClientRegistration registration, String refreshToken) {
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("revocation_endpoint");
        if (endpoint == null) {
            log.warn("The identity provider names no revocation endpoint; the refresh token stays valid until it expires");
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", refreshToken);
        form.add("token_type_hint", "refresh_token");
        try {
            http.post().uri(endpoint.toString())
                    .headers(headers -> headers.setBasicAuth(registration.getClientId(), registration.getClientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("Revoking the refresh token at sign-out failed: {}", e.getClass().getSimpleName());
        }
    }
}
