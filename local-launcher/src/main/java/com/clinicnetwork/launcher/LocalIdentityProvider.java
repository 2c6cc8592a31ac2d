package com.clinicnetwork.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How the local run uses the identity provider (module identity-provider): the platform's token issuer, on
 * loopback, with the demo users and its local token endpoint, and its signing key and the web app's client
 * secret kept in the data directory so that tokens and the secret survive a restart.
 */
final class LocalIdentityProvider {

    static final String NAME = "identity-provider";

    /** The audience the provider puts in access tokens and the gateway and services require. */
    static final String AUDIENCE = "clinic-platform";

    private LocalIdentityProvider() {
    }

    static String issuer(LauncherSettings settings) {
        return "http://" + LocalPlatform.LOOPBACK + ":" + settings.ports().identityProvider();
    }

    /** Whose tokens the gateway and the services trust: this provider's, with its published keys. */
    static LocalPlatform.IssuerSettings trustedIssuer(LauncherSettings settings) {
        return new LocalPlatform.IssuerSettings(issuer(settings), issuer(settings) + "/oauth2/jwks", AUDIENCE);
    }

    /** The provider creates the key (owner-only) on first start; the launcher's token minter signs with it too. */
    static Path signingKeyFile(LauncherSettings settings) {
        return directory(settings).resolve("signing-key.json");
    }

    static Path webClientSecretFile(LauncherSettings settings) {
        return directory(settings).resolve("web-client-secret");
    }

    static String loginPage(LauncherSettings settings) {
        return issuer(settings) + "/login";
    }

    static String localTokenUrl(LauncherSettings settings, String demoUser) {
        return issuer(settings) + "/local/tokens/" + demoUser;
    }

    /** What the provider process is told: bound to loopback, its own database, demo users as for the services. */
    static Map<String, String> environment(LauncherSettings settings, String databaseUrl, String webClientSecret,
            Map<String, String> launcherEnvironment) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_ADDRESS", LocalPlatform.LOOPBACK);
        env.put("SERVER_PORT", Integer.toString(settings.ports().identityProvider()));
        env.put("CLINIC_IDP_ISSUER", issuer(settings));
        env.put("CLINIC_IDP_SIGNING_KEY_FILE", signingKeyFile(settings).toString());
        env.put("CLINIC_WEB_CLIENT_SECRET", webClientSecret);
        env.put("CLINIC_SWAGGER_UI_REDIRECT_URIS", LocalPlatform.gatewayUrl(settings) + "/swagger-ui/oauth2-redirect.html");
        env.put("CLINIC_WEB_REDIRECT_URIS", LocalWebApp.redirectUri(settings));
        env.put("CLINIC_WEB_POST_LOGOUT_REDIRECT_URIS", LocalWebApp.postLogoutRedirectUri(settings));
        env.put("CLINIC_IDP_LOCAL_TOKEN_ENDPOINT", "true");
        env.put("CLINIC_DEMO_DATA", Boolean.toString(settings.demoData()));
        env.put("JWT_AUDIENCE", AUDIENCE);
        env.put("DB_URL", databaseUrl);
        LauncherSettings.ExternalPostgres external = settings.externalPostgres().orElse(null);
        env.put("DB_USERNAME", external != null ? external.username() : "postgres");
        env.put("DB_PASSWORD", external != null ? external.password() : "postgres");
        env.put("LOG_FORMAT", launcherEnvironment.getOrDefault("LOG_FORMAT", "plain"));
        return env;
    }

    /** The web app's client secret: made up on the first run and kept, readable by its owner only. */
    static String webClientSecret(LauncherSettings settings) {
        return LocalSecrets.kept(webClientSecretFile(settings));
    }

    private static Path directory(LauncherSettings settings) {
        return settings.dataDir().resolve(NAME);
    }
}
