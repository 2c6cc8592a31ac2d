package com.clinicnetwork.identity.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo users of the local run ({@code CLINIC_DEMO_DATA=true}), with the password {@value #PASSWORD}: a
 * local-only convenience that must never be switched on where real people sign in. Subjects and ids match the
 * services' demo data and the local launcher's {@code DemoUsers} (docs/conventions.md), so a token minted by
 * the launcher for a demo user names the same person as one from this provider.
 */
@Component
@ConditionalOnBooleanProperty("clinic.demo-data.enabled")
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "demo";

    private static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public static final List<Account> ALL = List.of(
            client("sam", "Sam", "Carter", "sam.carter@example.com", LONDON, "40000000-0000-4000-8000-000000000001"),
            client("priya", "Priya", "Natarajan", "priya.natarajan@example.com", LONDON, "40000000-0000-4000-8000-000000000002"),
            new Account("demo-client-jonas", "jonas", "jonas.weber@example.com", "Jonas", "Weber", BERLIN,
                    Locale.forLanguageTag("de-DE"), Set.of(Role.CLIENT), UUID.fromString("40000000-0000-4000-8000-000000000003"),
                    null, List.of()),
            new Account("demo-therapist-maya", "maya", "maya.okafor@example.com", "Maya", "Okafor", LONDON, Locale.UK,
                    Set.of(Role.THERAPIST), null, UUID.fromString("20000000-0000-4000-8000-000000000001"), List.of(MANCHESTER)),
            new Account("demo-frontdesk-manchester", "frontdesk-manchester", "frontdesk.manchester@example.com", "Front desk",
                    "Manchester", LONDON, Locale.UK, Set.of(Role.FRONT_DESK), null, null, List.of(MANCHESTER)),
            new Account("demo-admin", "admin", "admin@example.com", "Clinic", "Admin", LONDON, Locale.UK,
                    Set.of(Role.CLINIC_ADMIN), null, null, List.of()),
            new Account("demo-operator", "operator", "operator@example.com", "Platform", "Operator", LONDON, Locale.UK,
                    Set.of(Role.OPERATOR), null, null, List.of()));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountStore accounts;

    DemoAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    public static boolean isDemoUser(String username) {
        return ALL.stream().anyMatch(account -> account.username().equals(username));
    }

    @Override
    public void run(ApplicationArguments args) {
        long added = ALL.stream().filter(account -> accounts.addIfAbsent(account, PASSWORD)).count();
        if (added > 0) {
            log.info("Seeded {} demo accounts (local use only)", added);
        }
    }

    private static Account client(String username, String givenName, String familyName, String email, ZoneId zone,
            String clientId) {
        return new Account("demo-client-" + username, username, email, givenName, familyName, zone, Locale.UK,
                Set.of(Role.CLIENT), UUID.fromString(clientId), null, List.of());
    }
}
