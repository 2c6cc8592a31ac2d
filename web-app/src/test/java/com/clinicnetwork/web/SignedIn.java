package com.clinicnetwork.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People signed in through the test registration, as the app holds them after sign-in: the OIDC user in the
 * security context and the tokens in the session, where the stand-in gateway can check for the access token.
 */
public final class SignedIn {

    public static final String ACCESS_TOKEN = "access-token-that-must-never-reach-the-browser";
    public static final String REFRESH_TOKEN = "refresh-token-that-must-never-reach-the-browser";
    public static final String ID_TOKEN = "id-token-value";
    public static final String SAM_ID = "40000000-0000-4000-8000-000000000001";
    public static final String SAM_PROFILE = """
            {"id":"%s","firstName":"Sam","lastName":"Carter","email":"sam.carter@example.com","phone":null,
             "timeZone":"Europe/London","locale":"en-GB","registeredLocationId":null,"version":1}""".formatted(SAM_ID);

    private SignedIn() {
    }

    /** Sam, a client, as the identity provider's ID token names him. */
    public static RequestPostProcessor sam() {
        return as("demo-client-sam", "CLIENT", Map.of("given_name", "Sam", "family_name", "Carter",
                "email", "sam.carter@example.com", "zoneinfo", "Europe/London"));
    }

    /** A person who has just signed up: an account with role CLIENT, no client record yet. */
    public static RequestPostProcessor newcomer() {
        return as("0b7e6a4c-0000-4000-8000-00000000abcd", "CLIENT", Map.of("given_name", "Lena", "family_name", "Brandt",
                "email", "lena@example.com", "zoneinfo", "Europe/Berlin"));
    }

    public static RequestPostProcessor as(String subject, String role, Map<String, Object> profile) {
        return request -> {
            Instant now = Instant.now();
            Map<String, Object> claims = new HashMap<>(profile);
            claims.put("sub", subject);
            claims.put("iss", TestIdentityProvider.ISSUER);
            OidcIdToken idToken = new OidcIdToken(ID_TOKEN, now.minus(1, ChronoUnit.MINUTES), now.plus(10, ChronoUnit.MINUTES), claims);
            List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
            OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken, "sub"),
                    authorities, "clinic");
            OAuth2AuthorizedClient tokens = new OAuth2AuthorizedClient(TestIdentityProvider.registration(), subject,
                    new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, ACCESS_TOKEN, now.minus(1, ChronoUnit.MINUTES),
                            now.plus(10, ChronoUnit.MINUTES)),
                    new OAuth2RefreshToken(REFRESH_TOKEN, now.minus(1, ChronoUnit.MINUTES)));
            new HttpSessionOAuth2AuthorizedClientRepository().saveAuthorizedClient(tokens, person, request,
                    new MockHttpServletResponse());
            return authentication(person).postProcessRequest(request);
        };
    }
}
