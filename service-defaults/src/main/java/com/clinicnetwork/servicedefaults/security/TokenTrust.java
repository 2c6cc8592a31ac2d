package com.clinicnetwork.servicedefaults.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * Whose tokens a process of the platform accepts: the issuer (checked against {@code iss}), where its
 * public keys are, and the platform's audience (must be in {@code aud}). All three are required and have
 * no defaults: a process that falls back to some issuer when the settings are missing would trust
 * whoever runs that issuer. The local launcher and the tests pass them explicitly. Used by the servlet
 * services (through {@code ServiceDefaultsAutoConfiguration}) and by the WebFlux applications, the gateway and the
 * operator console (through {@code ReactiveServiceDefaultsAutoConfiguration}).
 *
 * @param issuerUri the {@code iss} every token must carry ({@code JWT_ISSUER_URI})
 * @param jwkSetUri where the issuer publishes its signing keys ({@code JWT_JWK_SET_URI})
 * @param audience  the value every token's {@code aud} must contain ({@code JWT_AUDIENCE})
 */
public record TokenTrust(String issuerUri, String jwkSetUri, String audience) {

    public static final String ISSUER_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    public static final String JWK_SET_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    public static final String AUDIENCE_PROPERTY = "clinic.security.audience";

    /**
     * How long a servlet service waits for the issuer's signing keys. Spring Security's default is Nimbus's
     * 500 ms: one GC pause or busy moment of the identity provider and every request that needs the keys then
     * is answered 401. The keys are fetched once and cached, so a longer wait costs only that first request.
     */
    static final Duration KEY_FETCH_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration KEY_FETCH_READ_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Reads the settings, failing with {@link MissingTokenTrustException} (naming the environment variables to
     * set) when any of them is missing or blank.
     */
    public static TokenTrust from(PropertyResolver properties) {
        String issuer = properties.getProperty(ISSUER_URI_PROPERTY, "").trim();
        String keys = properties.getProperty(JWK_SET_URI_PROPERTY, "").trim();
        String audience = properties.getProperty(AUDIENCE_PROPERTY, "").trim();
        List<String> missing = new ArrayList<>();
        if (issuer.isEmpty()) {
            missing.add("JWT_ISSUER_URI");
        }
        if (keys.isEmpty()) {
            missing.add("JWT_JWK_SET_URI");
        }
        if (audience.isEmpty()) {
            missing.add("JWT_AUDIENCE");
        }
        if (!missing.isEmpty()) {
            throw new MissingTokenTrustException(missing);
        }
        return new TokenTrust(issuer, keys, audience);
    }

    /**
     * The servlet services' decoder: RS256 tokens signed with a key of {@link #jwkSetUri()}, checked by
     * {@link #validator()}, each distinct token's signature verified once ({@link VerifiedTokens}).
     */
    public JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(keyFetching()).build();
        decoder.setJwtValidator(validator());
        return new CachingJwtDecoder(decoder, new VerifiedTokens(validator(), Clock.systemUTC()));
    }

    private static RestTemplate keyFetching() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(KEY_FETCH_CONNECT_TIMEOUT);
        requests.setReadTimeout(KEY_FETCH_READ_TIMEOUT);
        return new RestTemplate(requests);
    }

    /** The same decoder for the WebFlux applications, also verifying each distinct token's signature once. */
    public ReactiveJwtDecoder reactiveJwtDecoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator());
        return new CachingReactiveJwtDecoder(decoder, new VerifiedTokens(validator(), Clock.systemUTC()));
    }

    /** Expiry and not-before (with Spring Security's default clock skew), issuer and audience. */
    public OAuth2TokenValidator<Jwt> validator() {
        return JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuerUri), new JwtAudienceValidator(audience));
    }
}
