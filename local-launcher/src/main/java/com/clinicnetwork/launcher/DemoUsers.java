package com.clinicnetwork.launcher;

import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo users as the identity provider seeds them ({@code CLINIC_DEMO_DATA}): the same subjects, roles and
 * ids, which match the demo data seeded by the services. Tests mint their tokens with the launcher's minter.
 */
final class DemoUsers {

    static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    static final UUID MAYA = UUID.fromString("20000000-0000-4000-8000-000000000001");
    static final UUID SAM = UUID.fromString("40000000-0000-4000-8000-000000000001");
    static final UUID PRIYA = UUID.fromString("40000000-0000-4000-8000-000000000002");
    static final UUID JONAS = UUID.fromString("40000000-0000-4000-8000-000000000003");

    private DemoUsers() {
    }

    static Map<String, TokenClaims> all() {
        Map<String, TokenClaims> users = new LinkedHashMap<>();
        users.put("sam", TokenClaims.client("demo-client-sam", SAM));
        users.put("priya", TokenClaims.client("demo-client-priya", PRIYA));
        users.put("jonas", TokenClaims.client("demo-client-jonas", JONAS));
        users.put("maya", TokenClaims.therapist("demo-therapist-maya", MAYA, List.of(MANCHESTER)));
        users.put("frontdesk-manchester", TokenClaims.frontDesk("demo-frontdesk-manchester", List.of(MANCHESTER)));
        users.put("admin", TokenClaims.clinicAdmin("demo-admin"));
        users.put("operator", TokenClaims.operator("demo-operator"));
        return users;
    }
}
