package com.clinicnetwork.gateway.security;

import com.clinicnetwork.servicedefaults.security.TokenTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up whose tokens the gateway trusts, and warns loudly in the local run (whose identity provider
 * hands a token for any demo user to anyone who asks, {@code clinic.local-run=true}, set by the launcher) and
 * with the tests' development issuer.
 */
@Component
public class IssuerAnnouncement {

    static final String DEV_ISSUER_MARKER = "/dev-issuer";
    static final String LOCAL_RUN_PROPERTY = "clinic.local-run";

    private static final Logger log = LoggerFactory.getLogger(IssuerAnnouncement.class);

    private final Environment environment;

    public IssuerAnnouncement(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        String issuer = environment.getProperty(TokenTrust.ISSUER_URI_PROPERTY, "");
        String keys = environment.getProperty(TokenTrust.JWK_SET_URI_PROPERTY, "");
        log.info("Trusting tokens issued by {} for audience {}, signed with keys from {}", issuer,
                environment.getProperty(TokenTrust.AUDIENCE_PROPERTY, ""), keys);
        boolean localRun = environment.getProperty(LOCAL_RUN_PROPERTY, Boolean.class, false);
        if (localRun || isDevelopmentIssuer(issuer) || isDevelopmentIssuer(keys)) {
            log.warn("LOCAL/DEV MODE: the trusted issuer hands out tokens for demo users on request. Never expose this "
                    + "gateway beyond a developer machine; set JWT_ISSUER_URI and JWT_JWK_SET_URI to the real identity "
                    + "provider.");
        }
    }

    static boolean isDevelopmentIssuer(String uri) {
        return uri.contains(DEV_ISSUER_MARKER);
    }
}
