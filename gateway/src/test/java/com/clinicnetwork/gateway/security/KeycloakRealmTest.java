package com.clinicnetwork.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak realm docker compose imports: the platform's five roles, public PKCE clients for web
 * and mobile, the demo users of docs/conventions.md, and the mappers that put roles and record links
 * into access tokens under the claim names the services read.
 */
class KeycloakRealmTest {

    private static final Path REALM = Path.of("..", "docker", "keycloak", "clinic-realm.json");
    private static final String MANCHESTER = "10000000-0000-4000-8000-000000000001";

    private static JsonNode realm;

    @BeforeAll
    static void parse() throws Exception {
        realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
    }

    @Test
    void declaresTheFiveRolesAsRealmRoles() {
        assertThat(names(realm.get("roles").get("realm"), "name"))
                .containsExactlyInAnyOrder("CLIENT", "THERAPIST", "FRONT_DESK", "CLINIC_ADMIN", "OPERATOR");
    }

    @Test
    void hasPublicPkceClientsForWebAndMobileWithTheClinicClaims() {
        Map<String, JsonNode> clients = byName(realm.get("clients"), "clientId");
        assertThat(clients).containsOnlyKeys("clinic-web", "clinic-mobile");
        clients.values().forEach(client -> {
            assertThat(client.get("publicClient").asBoolean()).isTrue();
            assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
            assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
            assertThat(client.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
            assertThat(names(client.get("defaultClientScopes"), null)).contains("clinic-claims");
        });
    }

    @Test
    void mapsRolesAndRecordLinksIntoAccessTokenClaimsOfTheSameNames() {
        JsonNode scope = byName(realm.get("clientScopes"), "name").get("clinic-claims");
        Map<String, JsonNode> mappers = byName(scope.get("protocolMappers"), "name");

        assertThat(mappers).containsOnlyKeys("roles", "client_id", "therapist_id", "location_ids");
        assertThat(mappers.get("roles").get("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(mappers.get("roles").get("config").get("claim.name").asString()).isEqualTo("roles");
        assertThat(mappers.get("roles").get("config").get("multivalued").asString()).isEqualTo("true");
        for (String attribute : List.of("client_id", "therapist_id", "location_ids")) {
            JsonNode config = mappers.get(attribute).get("config");
            assertThat(mappers.get(attribute).get("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(config.get("user.attribute").asString()).isEqualTo(attribute);
            assertThat(config.get("claim.name").asString()).isEqualTo(attribute);
            assertThat(config.get("access.token.claim").asString()).isEqualTo("true");
        }
        assertThat(mappers.get("location_ids").get("config").get("multivalued").asString()).isEqualTo("true");
    }

    @Test
    void hasTheDemoUsersWithTheirRolesAndRecordLinks() {
        Map<String, JsonNode> users = byName(realm.get("users"), "username");

        assertThat(users).containsOnlyKeys("sam", "priya", "jonas", "maya", "frontdesk-manchester", "admin", "operator");
        assertUser(users.get("sam"), "CLIENT", "client_id", "40000000-0000-4000-8000-000000000001");
        assertUser(users.get("priya"), "CLIENT", "client_id", "40000000-0000-4000-8000-000000000002");
        assertUser(users.get("jonas"), "CLIENT", "client_id", "40000000-0000-4000-8000-000000000003");
        assertUser(users.get("maya"), "THERAPIST", "therapist_id", "20000000-0000-4000-8000-000000000001");
        assertUser(users.get("maya"), "THERAPIST", "location_ids", MANCHESTER);
        assertUser(users.get("frontdesk-manchester"), "FRONT_DESK", "location_ids", MANCHESTER);
        assertThat(names(users.get("admin").get("realmRoles"), null)).containsExactly("CLINIC_ADMIN");
        assertThat(names(users.get("operator").get("realmRoles"), null)).containsExactly("OPERATOR");
    }

    @Test
    void letsOnlyAdministratorsSetTheRecordLinksOfAUser() throws Exception {
        String profileJson = realm.get("components").get("org.keycloak.userprofile.UserProfileProvider").get(0)
                .get("config").get("kc.user.profile.config").get(0).asString();
        Map<String, JsonNode> attributes = byName(JsonMapper.builder().build().readTree(profileJson).get("attributes"), "name");

        for (String attribute : List.of("client_id", "therapist_id", "location_ids")) {
            assertThat(names(attributes.get(attribute).get("permissions").get("edit"), null)).containsExactly("admin");
        }
    }

    private static void assertUser(JsonNode user, String role, String attribute, String value) {
        assertThat(names(user.get("realmRoles"), null)).containsExactly(role);
        assertThat(names(user.get("attributes").get(attribute), null)).containsExactly(value);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(field == null ? node.asString() : node.get(field).asString()));
        return names;
    }

    private static Map<String, JsonNode> byName(JsonNode array, String field) {
        Map<String, JsonNode> nodes = new HashMap<>();
        array.forEach(node -> nodes.put(node.get(field).asString(), node));
        return nodes;
    }
}
