package com.clinicnetwork.servicedefaults.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.servicedefaults.ServiceDefaultsAutoConfiguration;
import com.clinicnetwork.servicedefaults.links.CheckInLinkObservationAutoConfiguration;
import com.clinicnetwork.servicedefaults.links.CheckInLinkObservationFilter;
import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.MissingTokenTrustException;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reactive defaults come to WebFlux applications only, and the servlet ones to servlet services only; check-in link
 * tokens are kept out of the observations of both.
 */
class ReactiveServiceDefaultsAutoConfigurationTest {

    private static final String[] TRUST = {TokenTrust.ISSUER_URI_PROPERTY + "=http://127.0.0.1:9/issuer",
            TokenTrust.JWK_SET_URI_PROPERTY + "=http://127.0.0.1:9/issuer/jwks.json",
            TokenTrust.AUDIENCE_PROPERTY + "=clinic-platform"};

    private final AutoConfigurations both = AutoConfigurations.of(ServiceDefaultsAutoConfiguration.class,
            ReactiveServiceDefaultsAutoConfiguration.class, CheckInLinkObservationAutoConfiguration.class);

    @Test
    void aWebFluxApplicationGetsTheReactiveDecoderProblemsAndSecurityAndNothingOfTheServlets() {
        new ReactiveWebApplicationContextRunner().withConfiguration(both)
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withPropertyValues(TRUST)
                .run(context -> assertThat(context).hasNotFailed()
                        .hasSingleBean(ReactiveJwtDecoder.class)
                        .hasSingleBean(ExchangeProblems.class)
                        .hasSingleBean(ReactiveProblemSecurityHandlers.class)
                        .hasSingleBean(ReactiveClinicSecurity.class)
                        .hasSingleBean(CheckInLinkObservationFilter.class)
                        .doesNotHaveBean(JwtDecoder.class)
                        .doesNotHaveBean(ClinicSecurity.class));
    }

    @Test
    void aServletServiceGetsNothingOfTheReactiveDefaults() {
        new WebApplicationContextRunner().withConfiguration(both)
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withPropertyValues(TRUST)
                .run(context -> assertThat(context).hasNotFailed()
                        .hasSingleBean(JwtDecoder.class)
                        .hasSingleBean(ClinicSecurity.class)
                        .hasSingleBean(CheckInLinkObservationFilter.class)
                        .doesNotHaveBean(ReactiveJwtDecoder.class)
                        .doesNotHaveBean(ExchangeProblems.class)
                        .doesNotHaveBean(ReactiveClinicSecurity.class));
    }

    @Test
    void aWebFluxApplicationWithoutIssuerOrAudienceDoesNotStartAndSaysWhatIsMissing() {
        new ReactiveWebApplicationContextRunner().withConfiguration(both)
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withPropertyValues(TRUST[0], TRUST[1])
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(MissingTokenTrustException.class)
                        .hasMessageContaining("JWT_AUDIENCE is not set"));
    }
}
