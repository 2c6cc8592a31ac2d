package com.clinicnetwork.launcher;

import java.util.HashMap;
import java.util.Map;

/**
 * How the local run uses the web app (module web-app): the chain's web front end on loopback, signing people in at
 * the local identity provider as its confidential client {@code clinic-web} (with the secret the launcher keeps)
 * and calling only the gateway, which believes the browser address it passes on.
 */
final class LocalWebApp {

    static final String NAME = "web-app";

    private LocalWebApp() {
    }

    static String url(LauncherSettings settings) {
        return "http://" + LocalPlatform.LOOPBACK + ":" + settings.ports().webApp();
    }

    /** Where the identity provider may send people back after signing in: registered for {@code clinic-web}. */
    static String redirectUri(LauncherSettings settings) {
        return url(settings) + "/login/oauth2/code/clinic";
    }

    /** Where the identity provider may send people after signing out (OIDC RP-initiated logout). */
    static String postLogoutRedirectUri(LauncherSettings settings) {
        return url(settings) + "/";
    }

    static Map<String, String> environment(LauncherSettings settings, String webClientSecret,
            Map<String, String> launcherEnvironment) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_ADDRESS", LocalPlatform.LOOPBACK);
        env.put("SERVER_PORT", Integer.toString(settings.ports().webApp()));
        env.put("CLINIC_IDP_ISSUER", LocalIdentityProvider.issuer(settings));
        env.put("CLINIC_WEB_CLIENT_SECRET", webClientSecret);
        env.put("CLINIC_GATEWAY_URL", LocalPlatform.gatewayUrl(settings));
        env.put("LOG_FORMAT", launcherEnvironment.getOrDefault("LOG_FORMAT", "plain"));
        return env;
    }
}
