package com.clinicnetwork.web.security;

import com.clinicnetwork.web.WebAppProperties;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestClient;

/**
 * Sign-in at the identity provider (authorization code with PKCE, confidential client {@code clinic-web}); the
 * tokens stay in the server-side session and never reach the browser, whose only credential is the session
 * cookie (HttpOnly, SameSite=Lax). Every state-changing request needs the CSRF token: forms carry it as a hidden
 * field, htmx requests as a header (see {@code static/js/app.js}). Sign-out ends the web session, revokes the
 * refresh token and ends the session at the identity provider (OIDC RP-initiated logout).
 *
 * <p>Pages are public only where listed here. Each area has its own path prefix restricted to its role
 * ({@code /client/**}, {@code /frontdesk/**}, {@code /therapist/**}, {@code /admin/**}, {@code /operator/**}),
 * so an area's controllers need no role rules of their own. These are conveniences for the screens: the
 * gateway and the services decide every call again from the token.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher HTMX_REQUEST = request -> "true".equals(request.getHeader("HX-Request"));

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, RestClient.Builder restClients,
            WebAppProperties properties) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // A page fragment is no place to come back to after signing in.
        requestCache.setRequestMatcher(request -> !HTMX_REQUEST.matches(request) && "GET".equals(request.getMethod()));
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health/**", "/check-in/**").permitAll()
                        .requestMatchers("/client/**", "/waitlist/**").hasRole(Roles.CLIENT.name())
                        .requestMatchers("/frontdesk/**").hasRole(Roles.FRONT_DESK.name())
                        .requestMatchers("/therapist/**").hasRole(Roles.THERAPIST.name())
                        .requestMatchers("/admin/**").hasRole(Roles.CLINIC_ADMIN.name())
                        .requestMatchers("/operator/**").hasRole(Roles.OPERATOR.name())
                        .anyRequest().authenticated())
                .requestCache(cache -> cache.requestCache(requestCache))
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PlatformRolesUserService())))
                .oauth2Client(Customizer.withDefaults())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInRequiredEntryPoint()))
                .logout(logout -> logout
                        .addLogoutHandler(new RefreshTokenRevocation(authorizedClients, restClients))
                        .logoutSuccessHandler(endSessionAtProvider(registrations))
                        .deleteCookies("CLINIC_WEB_SESSION"))
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Tokens live in the person's HTTP session, server-side, and go when it goes. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the session's access token, refreshing it with the refresh token once it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    private static DefaultOAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    private static OidcClientInitiatedLogoutSuccessHandler endSessionAtProvider(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }

    /**
     * No inline scripts or styles anywhere (JavaScript lives in static files); forms may post to the app and, for
     * sign-out's redirect, to the identity provider; no page may be framed.
     */
    static String contentSecurityPolicy(WebAppProperties properties) {
        URI idp = properties.identityProviderUrl();
        String idpOrigin = idp.getScheme() + "://" + idp.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + idpOrigin
                + "; frame-ancestors 'none'";
    }
}
