package com.clinicnetwork.launcher;

import java.time.Duration;
import java.util.List;

/** What a developer needs after start-up: where things are and how to get a token. */
final class Summary {

    private Summary() {
    }

    /** Every process of the service; with several, the gateway spreads requests over them. */
    private static String processes(LocalPlatform platform, String service) {
        List<String> urls = platform.replicaUrls(service);
        return urls.size() == 1 ? urls.get(0) : String.join(" ", urls) + "   (" + urls.size() + " replicas behind the gateway)";
    }

    private static String kafka(LocalPlatform platform) {
        int nodes = platform.kafkaBrokerCount();
        return platform.kafkaBootstrapServers()
                + (nodes == 1 ? "" : "   (" + nodes + " nodes: 3 replicas of every partition, 2 in sync for a write)");
    }

    static String of(LocalPlatform platform, Duration startup) {
        LauncherSettings settings = platform.settings();
        String samToken = LocalIdentityProvider.localTokenUrl(settings, "sam");
        String postgres = settings.externalPostgres().map(LauncherSettings.ExternalPostgres::jdbcUrl)
                .orElse("embedded, 127.0.0.1:" + settings.ports().postgres() + " (user postgres, password postgres)");
        String demoUsers = settings.demoData()
                ? String.join(", ", DemoUsers.all().keySet()) + " (password: demo)"
                : "none (CLINIC_DEMO_DATA=false): sign up at " + LocalIdentityProvider.issuer(settings) + "/register";
        return """

                ============================================================================
                 Clinic platform is up (ready in %d s). Press Ctrl-C to stop everything.
                ============================================================================
                 Web app                %s   (sign in as a demo user, or create an account)
                 Gateway (public API)   %s/api/v1/...
                 API docs               %s/swagger-ui.html   (Authorize: sign in as a demo user)
                 Operator console       %s/ops/index.html   (token: curl -s %s)
                                        served by ops-console %s
                 Identity provider      %s   (sign-in page; issuer of every token)
                 Demo token             curl -s %s
                 Demo users             %s
                 Mail inbox             %s   (SMTP 127.0.0.1:%d)
                 Logs                   %s
                 Data (kept on restart) %s
                 PostgreSQL             %s
                 Kafka                  %s
                 Services               therapist %s
                                        booking %s
                                        notification %s
                                        (every process's health and outbox: the operator console)

                 Try it:
                   TOKEN=$(curl -s %s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                   curl -s -H "Authorization: Bearer $TOKEN" %s/api/v1/therapists?specialty=KNEE_REHABILITATION
                ============================================================================
                """.formatted(startup.toSeconds(), platform.webAppUrl(), platform.gatewayUrl(), platform.gatewayUrl(), platform.gatewayUrl(),
                LocalIdentityProvider.localTokenUrl(settings, "operator"), platform.serviceUrl(LocalPlatform.OPS_CONSOLE),
                LocalIdentityProvider.loginPage(settings),
                samToken, demoUsers, platform.mailInboxUrl(), settings.ports().smtp(), settings.logsDir(),
                settings.dataDir(), postgres, kafka(platform), processes(platform, "therapist-service"),
                processes(platform, "booking-service"), processes(platform, "notification-service"), samToken,
                platform.gatewayUrl());
    }
}
