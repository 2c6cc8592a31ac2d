package com.clinicnetwork.web.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.WebAppTestBase;
import com.clinicnetwork.web.gateway.GatewayApi;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff screens on MockMvc against the stand-in gateway: a staff member signs in with an access token carrying
 * the platform's claims, kept in the session as after a real sign-in, so every API call goes over HTTP with it.
 * "Now" is the test clock's (Monday 2 March 2026, 10:00 in London).
 */
public abstract class StaffScreenTest extends WebAppTestBase {

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;
    @Autowired
    ClientRegistrationRepository registrations;

    /** Signed in with {@code role} and an access token with these claims, as the identity provider issues it. */
    protected RequestPostProcessor signedIn(String role, Map<String, Object> claims) {
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().subject("demo-" + role.toLowerCase()).claim("roles", List.of(role));
        claims.forEach(token::claim);
        Instant now = Instant.now();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                new PlainJWT(token.build()).serialize(), now, now.plusSeconds(3600));
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("demo-" + role.toLowerCase())
                .issuedAt(now).expiresAt(now.plusSeconds(3600)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + role),
                new OidcUserAuthority(idToken)), idToken);
        OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(user, user.getAuthorities(), GatewayApi.REGISTRATION_ID);
        RequestPostProcessor login = authentication(person);
        return request -> {
            login.postProcessRequest(request);
            OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registrations.findByRegistrationId(GatewayApi.REGISTRATION_ID),
                    person.getName(), accessToken);
            authorizedClients.saveAuthorizedClient(client, person, request, new MockHttpServletResponse());
            return request;
        };
    }

    /** A query parameter of a request the app sent, decoded. */
    protected static String param(StandInServer.Recorded request, String name) {
        int query = request.uri().indexOf('?');
        if (query < 0) {
            return null;
        }
        return Arrays.stream(request.uri().substring(query + 1).split("&")).map(pair -> pair.split("=", 2))
                .filter(pair -> pair[0].equals(name))
                .map(pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    /** Whether the app sent {@code method path} at all. */
    protected boolean sent(String method, String path) {
        return gateway.requests().stream().anyMatch(request -> request.method().equals(method) && request.path().equals(path));
    }
}
