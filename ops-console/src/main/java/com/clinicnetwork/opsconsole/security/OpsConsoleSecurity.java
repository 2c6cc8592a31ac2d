package com.clinicnetwork.opsconsole.security;

import com.clinicnetwork.opsconsole.ConsolePage;
import com.clinicnetwork.servicedefaults.reactive.ReactiveClinicSecurity;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * An OAuth2 resource server like the services: a valid RS256 token of the configured issuer carrying the platform's
 * audience ({@link TokenTrust}, shared with the gateway and the services; start-up fails without them), and the
 * {@code OPERATOR} role for the console's API. The chain's common part (token decoder, the platform's roles, 401/403
 * problems, health, metrics and the API document open) is service-defaults' {@link ReactiveClinicSecurity}, shared
 * with the gateway; the page's files hold no data and are open, anything else is refused. The gateway, which routes
 * {@code /ops/**} here, applies the same rules before it.
 */
@Configuration
@EnableWebFluxSecurity
public class OpsConsoleSecurity {

    @Bean
    SecurityWebFilterChain opsConsoleSecurityChain(ServerHttpSecurity http, ReactiveClinicSecurity security) {
        return security.build(http, exchanges -> exchanges
                // The console page itself holds no data; its API is for operators only.
                .pathMatchers(HttpMethod.GET, ConsolePage.PAGES).permitAll()
                .pathMatchers("/ops/**").hasRole("OPERATOR")
                .anyExchange().denyAll());
    }
}
