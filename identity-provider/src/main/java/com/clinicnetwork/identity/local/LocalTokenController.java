package com.clinicnetwork.identity.local;

import com.clinicnetwork.identity.account.Account;
import com.clinicnetwork.identity.account.AccountStore;
import com.clinicnetwork.identity.account.DemoAccounts;
import com.clinicnetwork.identity.authorization.AuthorizationServerProperties;
import com.clinicnetwork.identity.authorization.PlatformClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access tokens for the demo users without a browser, for curl and tests of the local run: signed with the
 * same key and carrying the same claims as tokens from the authorization code flow. Off unless
 * {@code clinic.idp.local-token-endpoint.enabled=true} (the local launcher sets it); never enable it where
 * real people sign in.
 */
@RestController
@ConditionalOnBooleanProperty("clinic.idp.local-token-endpoint.enabled")
class LocalTokenController {

    private final AccountStore accounts;
    private final JwtEncoder encoder;
    private final AuthorizationServerProperties properties;
    private final Clock clock;

    LocalTokenController(AccountStore accounts, JwtEncoder encoder, AuthorizationServerProperties properties, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/local/tokens/{username}")
    ResponseEntity<?> token(@PathVariable String username) {
        Account account = DemoAccounts.isDemoUser(username) ? accounts.findByUsername(username).orElse(null) : null;
        if (account == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Tokens are handed out here for the demo users only, once they are seeded (CLINIC_DEMO_DATA=true)");
            problem.setTitle("Unknown demo user");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(properties.accessTokenLifetime()))
                .claim("scope", "openid clinic");
        PlatformClaims.addTo(claims, account, properties.audience());
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(),
                claims.build())).getTokenValue();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of(
                "access_token", token, "token_type", "Bearer", "expires_in", properties.accessTokenLifetime().toSeconds()));
    }
}
