package com.clinicnetwork.servicedefaults.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.PropertyResolver;
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

    /** The servlet services' decoder: RS256 tokens signed with a key of {@link #jwkSetUri()}, checked by {@link #validator()}. */
    public JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    /** The same decoder for the WebFlux applications. */
    public ReactiveJwtDecoder reactiveJwtDecoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    /** Expiry and not-before (with Spring Security's default clock skew), issuer and audience. */
    public OAuth2TokenValidator<Jwt> validator() {
        return JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuerUri), new JwtAudienceValidator(audience));
    }
}
