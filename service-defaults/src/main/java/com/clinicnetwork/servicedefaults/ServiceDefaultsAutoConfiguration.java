package com.clinicnetwork.servicedefaults;

import com.clinicnetwork.servicedefaults.security.BearerTokenHeader;
import com.clinicnetwork.servicedefaults.security.ClientLinks;
import com.clinicnetwork.servicedefaults.security.ClinicJwtAuthenticationConverter;
import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.CurrentUserArgumentResolver;
import com.clinicnetwork.servicedefaults.security.HeaderCharacters;
import com.clinicnetwork.servicedefaults.security.ProblemSecurityHandlers;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import com.clinicnetwork.servicedefaults.web.NulRejectingStringDeserializer;
import com.clinicnetwork.servicedefaults.web.ProblemHandlers;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Security and error-handling defaults for the platform's servlet services. Runs before Spring Boot's
 * resource-server auto-configuration so that its token decoder (issuer, audience, no fallback) is the one used.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemHandlers.class)
public class ServiceDefaultsAutoConfiguration {

    /**
     * RS256 tokens signed with the issuer's keys, carrying its {@code iss} and the platform's audience. Fails
     * start-up with the names of the missing variables when the issuer or audience is not configured.
     */
    @Bean
    JwtDecoder jwtDecoder(Environment environment) {
        return TokenTrust.from(environment).jwtDecoder();
    }

    /** The token from the Authorization header, as Spring Security's default takes it, without its regular expression. */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return new BearerTokenHeader();
    }

    /** Spring Security's strict firewall with the same character rules, checked without its regular expressions. */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    ClinicJwtAuthenticationConverter clinicJwtAuthenticationConverter() {
        return new ClinicJwtAuthenticationConverter();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    ClinicSecurity clinicSecurity(ClinicJwtAuthenticationConverter converter, ProblemSecurityHandlers handlers) {
        return new ClinicSecurity(converter, handlers);
    }

    @Bean
    SimpleModule nulRejectingStrings() {
        return new SimpleModule("nul-rejecting-strings").addDeserializer(String.class, new NulRejectingStringDeserializer());
    }

    /**
     * The service's {@link ClientLinks} is looked up when a request needs it, not when MVC is configured: it reads the
     * service's database, which need not be ready that early.
     */
    @Bean
    WebMvcConfigurer currentUserResolver(ObjectProvider<ClientLinks> links) {
        ClientLinks serviceLinks = subject -> links.getIfAvailable(() -> ClientLinks.NONE).clientIdOf(subject);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver(serviceLinks));
            }
        };
    }
}
