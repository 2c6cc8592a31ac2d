package com.clinicnetwork.web.security;

import com.clinicnetwork.web.gateway.GatewayApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * Swaps the session's access token for a fresh one now, not when it expires: after the person's client record has
 * been created, the identity provider puts its id into the next access token ({@code client_id}), which the API
 * needs to let a client act on their own records.
 */
@Component
public class TokenRefresh {

    /** Longer than any access token lives, so the provider below finds every token due for refresh. */
    private static final Duration ALWAYS = Duration.ofDays(366);

    private final DefaultOAuth2AuthorizedClientManager refreshingNow;

    TokenRefresh(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        this.refreshingNow = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        this.refreshingNow.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.clockSkew(ALWAYS))
                .build());
    }

    public void refreshNow(Authentication person, HttpServletRequest request, HttpServletResponse response) {
        refreshingNow.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(GatewayApi.REGISTRATION_ID)
                .principal(person)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build());
    }
}
