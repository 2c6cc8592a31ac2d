package com.clinicnetwork.gateway;

import org.springframework.core.Ordered;

/**
 * Where the gateway's own web filters run relative to Spring Security's filter chain. Correlation and
 * response headers come first so that every answer, rejections included, carries them; cheap
 * rejections (body size, per-IP rate, CORS) come before token validation; the per-user rate limit
 * needs the validated token, so it comes right after the security chain.
 */
public final class FilterOrder {

    /** Spring Security's WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER (not public API). */
    private static final int SECURITY_CHAIN = -100;

    public static final int CORRELATION = Ordered.HIGHEST_PRECEDENCE;
    public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 1;
    public static final int REQUEST_BODY_LIMIT = SECURITY_CHAIN - 30;
    public static final int RATE_LIMIT_PER_IP = SECURITY_CHAIN - 20;
    public static final int CORS = SECURITY_CHAIN - 10;
    public static final int RATE_LIMIT_PER_USER = SECURITY_CHAIN + 10;

    private FilterOrder() {
    }
}
