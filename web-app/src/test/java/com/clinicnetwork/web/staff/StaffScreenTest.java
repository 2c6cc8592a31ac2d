package com.clinicnetwork.web.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.clinicnetwork.web.WebAppTest;
import com.clinicnetwork.web.gateway.GatewayApi;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole web app on MockMvc against {@link StubGateway}: a staff member signs in with an access token carrying the
 * platform's claims (kept in the session as after a real sign-in), and every API call goes over HTTP to the stub.
 * "Now" is {@link #NOW}.
 */
@WebAppTest
public abstract class StaffScreenTest {

    /** Monday 1 June 2026, 09:30 in London. */
    public static final Instant NOW = Instant.parse("2026-06-01T08:30:00Z");

    protected final StubGateway gateway = StubGateway.instance();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;
    @Autowired
    ClientRegistrationRepository registrations;

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void gatewayUrl(DynamicPropertyRegistry registry) {
        registry.add("clinic.web.gateway-url", () -> StubGateway.instance().url());
    }

    @BeforeEach
    void resetGateway() {
        gateway.reset();
    }

    /** Signed in with {@code role} and an access token with these claims, as the identity provider would issue it. */
    protected RequestPostProcessor signedIn(String role, Map<String, Object> claims) {
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().subject("demo-" + role.toLowerCase()).claim("roles", List.of(role));
        claims.forEach(token::claim);
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                new PlainJWT(token.build()).serialize(), Instant.now(), Instant.now().plusSeconds(3600));
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("demo-" + role.toLowerCase())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).build();
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
}
