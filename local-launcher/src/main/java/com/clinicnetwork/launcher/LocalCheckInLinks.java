package com.clinicnetwork.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The aftercare check-in links of the local run: notification-service signs them into the aftercare message, pointing
 * at the web app, and booking-service verifies them, both with one secret that the launcher makes on the first run
 * and keeps in the data directory (owner-only), so links sent before a restart still work after it.
 */
final class LocalCheckInLinks {

    private LocalCheckInLinks() {
    }

    static Path secretFile(LauncherSettings settings) {
        return settings.dataDir().resolve("check-in-link-secret");
    }

    static String secret(LauncherSettings settings) {
        return LocalSecrets.kept(secretFile(settings));
    }

    /** What a service is told about the links: the secret (booking- and notification-service) and the web app's address. */
    static Map<String, String> environment(LauncherSettings settings, String service, String secret) {
        return switch (service) {
            case "booking-service" -> Map.of("CLINIC_CHECK_IN_LINK_SECRET", secret);
            case "notification-service" -> Map.of("CLINIC_CHECK_IN_LINK_SECRET", secret, "CLINIC_WEB_APP_URL", LocalWebApp.url(settings));
            default -> Map.of();
        };
    }
}
