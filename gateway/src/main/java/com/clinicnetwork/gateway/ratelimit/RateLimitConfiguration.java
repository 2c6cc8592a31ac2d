package com.clinicnetwork.gateway.ratelimit;

import com.clinicnetwork.gateway.FilterOrder;
import com.clinicnetwork.gateway.forwarding.ClientAddress;
import com.clinicnetwork.servicedefaults.reactive.ExchangeProblems;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Per-IP and per-user rate limits, in Redis when it is configured and in the process otherwise. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "clinic.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
public class RateLimitConfiguration {

    static final String PER_USER = "user";
    static final String PER_IP = "ip";

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RateLimiter rateLimiter(Environment environment, ObjectProvider<ReactiveStringRedisTemplate> redis) {
        InMemoryRateLimiter inProcess = new InMemoryRateLimiter(System::currentTimeMillis);
        if (redisConfigured(environment)) {
            log.info("Rate limits are kept in Redis and shared by every gateway replica");
            return new RedisRateLimiter(redis.getObject(), inProcess);
        }
        log.info("Rate limits are kept in this gateway process (set spring.data.redis.host to share them between replicas)");
        return inProcess;
    }

    @Bean
    RateLimitWebFilter perIpRateLimit(RateLimitProperties properties, RateLimiter limiter, ExchangeProblems problems,
            ClientAddress clientAddress) {
        return new RateLimitWebFilter(PER_IP, properties.perIp(), exchange -> Mono.justOrEmpty(clientAddress.of(exchange)),
                FilterOrder.RATE_LIMIT_PER_IP, limiter, problems);
    }

    @Bean
    RateLimitWebFilter perUserRateLimit(RateLimitProperties properties, RateLimiter limiter, ExchangeProblems problems) {
        return new RateLimitWebFilter(PER_USER, properties.perUser(), RateLimitConfiguration::subject,
                FilterOrder.RATE_LIMIT_PER_USER, limiter, problems);
    }

    private static Mono<String> subject(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(Principal::getName);
    }

    static boolean redisConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.data.redis.url"))
                || StringUtils.hasText(environment.getProperty("spring.data.redis.host"));
    }
}
