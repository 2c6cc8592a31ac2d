package com.clinicnetwork.identity.authorization;

import com.clinicnetwork.identity.account.Account;
import com.clinicnetwork.identity.account.AccountStore;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the platform's claims into access tokens and the user's name into ID tokens. The account is read
 * afresh for every token, refreshes included, so a client record linked after sign-up shows up in the next
 * refreshed access token.
 */
@Component
class PlatformTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountStore accounts;
    private final String audience;

    PlatformTokenCustomizer(AccountStore accounts, AuthorizationServerProperties properties) {
        this.accounts = accounts;
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Account account = accounts.findByUsername(context.getPrincipal().getName())
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account no longer exists", null)));
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            PlatformClaims.addTo(context.getClaims(), account, audience);
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            context.getClaims().subject(account.subject());
            if (context.getAuthorizedScopes().contains(OidcScopes.PROFILE)) {
                context.getClaims().claims(claims -> {
                    claims.put(StandardClaimNames.NAME, account.name());
                    claims.put(StandardClaimNames.GIVEN_NAME, account.givenName());
                    claims.put(StandardClaimNames.FAMILY_NAME, account.familyName());
                    claims.put(StandardClaimNames.EMAIL, account.email());
                    claims.put(StandardClaimNames.LOCALE, account.locale().toLanguageTag());
                    claims.put(StandardClaimNames.ZONEINFO, account.timeZone().getId());
                });
            }
        }
    }
}
