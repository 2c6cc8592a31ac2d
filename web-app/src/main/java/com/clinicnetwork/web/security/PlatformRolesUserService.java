package com.clinicnetwork.web.security;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The signed-in person with the platform's roles. The identity provider puts roles only into access tokens (ID
 * tokens carry the name and email), so the roles are read from the access token the app was just given, after
 * checking its signature against the provider's published keys. The roles only choose which screens the app
 * offers: every API call is decided again by the gateway and the services from the token itself.
 */
class PlatformRolesUserService extends OidcUserService {

    private static final String ROLES_CLAIM = "roles";

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
        authorities.addAll(roles(request));
        String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return nameAttribute == null || nameAttribute.isBlank()
                ? new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo())
                : new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameAttribute);
    }

    private Collection<GrantedAuthority> roles(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        JwtDecoder decoder = decoders.computeIfAbsent(registration.getRegistrationId(), id -> decoderFor(registration));
        Jwt accessToken;
        try {
            accessToken = decoder.decode(request.getAccessToken().getTokenValue());
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "The access token could not be verified", null), e);
        }
        List<String> roles = accessToken.getClaimAsStringList(ROLES_CLAIM);
        if (roles == null) {
            return List.of();
        }
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /**
     * Spring Security's default wait for the signing keys is Nimbus's 500 ms; a busy identity provider would then
     * fail a sign-in. The keys are cached after the first fetch, so waiting longer costs only that sign-in.
     */
    private static RestTemplate keyFetching() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        return new RestTemplate(requests);
    }

    private static JwtDecoder decoderFor(ClientRegistration registration) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .restOperations(keyFetching()).build();
        String issuer = registration.getProviderDetails().getIssuerUri();
        if (issuer != null) {
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        }
        return decoder;
    }
}
