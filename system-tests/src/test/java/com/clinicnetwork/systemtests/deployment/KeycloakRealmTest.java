package com.clinicnetwork.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.servicedefaults.security.ClinicClaims;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak realm docker compose imports (docker/keycloak/clinic-realm.json) issues access tokens the
 * services accept. Compose cannot run on the build machines, so the realm is checked here as data: the
 * access token of each demo user is assembled from the mappers Keycloak would apply (the client's default
 * client scopes plus its own mappers) and read with the services' own {@link ClinicUser}.
 *
 * <p>Covers the failure this realm had: it declared its own client scopes without {@code basic}, so
 * Keycloak created none of its built-in ones and access tokens carried no {@code sub}.
 */
class KeycloakRealmTest {

    private static final Path REALM = Path.of("..", "docker", "keycloak", "clinic-realm.json");
    private static final String AUDIENCE = "clinic-platform";
    private static final String TOKEN_CLIENT = "clinic-cli";
    private static final String SUB = "sub";
    private static final String AUD = "aud";

    private static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    private static final UUID MAYA = UUID.fromString("20000000-0000-4000-8000-000000000001");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode realm = read(REALM);

    @Test
    void declaresThePlatformsRolesAsRealmRoles() {
        List<String> roles = list(realm.path("roles").path("realm")).stream().map(role -> role.path("name").asString()).toList();
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Stream.of(Role.values()).map(Role::name).toList());
    }

    @Test
    void frontEndsUseTheCodeFlowWithPkceOnly() {
        assertThat(clientIds()).containsExactlyInAnyOrder("clinic-web", "clinic-mobile", TOKEN_CLIENT);
        for (String clientId : List.of("clinic-web", "clinic-mobile")) {
            JsonNode client = client(clientId);
            assertThat(client.path("standardFlowEnabled").asBoolean()).as(clientId).isTrue();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as(clientId).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(true)).as(clientId).isFalse();
            assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).as(clientId).isEqualTo("S256");
        }
    }

    @Test
    void mobileAppIsAPublicClient() {
        assertThat(client("clinic-mobile").path("publicClient").asBoolean()).isTrue();
    }

    @Test
    void webAppIsAConfidentialBackendForFrontendRedirectedToItsOwnCallbackOnly() {
        JsonNode web = client("clinic-web");

        assertThat(web.path("publicClient").asBoolean(true)).isFalse();
        // The secret comes from the environment at import (docker-compose.yml), never from this file.
        assertThat(web.path("secret").asString()).matches("\\$\\{[A-Z_]+}");
        assertThat(texts(web.path("redirectUris"))).containsExactly("http://localhost:8070/login/oauth2/code/clinic");
        assertThat(web.path("attributes").path("post.logout.redirect.uris").asString()).isEqualTo("http://localhost:8070/");
        // Tokens stay on the web app's server: no browser origin ever calls Keycloak's token endpoint for it.
        assertThat(texts(web.path("webOrigins"))).isEmpty();
    }

    @Test
    void basicScopeIsDeclaredWithTheSubjectAndAuthenticationTime() {
        JsonNode basic = scope("basic").orElseThrow(() -> new AssertionError("realm declares no 'basic' client scope"));

        List<JsonNode> mappers = list(basic.path("protocolMappers"));
        assertThat(mappers).anySatisfy(mapper -> {
            assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-sub-mapper");
            assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
        });
        assertThat(mappers).anySatisfy(mapper -> {
            assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-usersessionmodel-note-mapper");
            assertThat(mapper.path("config").path("user.session.note").asString()).isEqualTo("AUTH_TIME");
            assertThat(mapper.path("config").path("claim.name").asString()).isEqualTo("auth_time");
        });
        assertThat(texts(realm.path("defaultDefaultClientScopes"))).contains("basic", "clinic-claims");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientIds")
    void everyClientReferencesOnlyDeclaredScopesAndGetsBasicAndThePlatformClaims(String clientId) {
        JsonNode client = client(clientId);

        List<String> referenced = new ArrayList<>(texts(client.path("defaultClientScopes")));
        referenced.addAll(texts(client.path("optionalClientScopes")));
        // Keycloak silently drops a reference to a scope the realm does not declare.
        assertThat(referenced).allSatisfy(name -> assertThat(scope(name)).as("client scope '%s' of %s", name, clientId).isPresent());
        assertThat(texts(client.path("defaultClientScopes"))).contains("basic", "clinic-claims");
        assertThat(client.path("fullScopeAllowed").asBoolean(true)).as("realm roles reach the roles claim").isTrue();

        Set<String> claims = accessTokenMappers(client).stream().map(KeycloakRealmTest::claimOf).collect(Collectors.toSet());
        assertThat(claims).contains(SUB, ClinicClaims.ROLES, ClinicClaims.CLIENT_ID, ClinicClaims.THERAPIST_ID,
                ClinicClaims.LOCATION_IDS, AUD);
        // Names and addresses are for the front ends (ID token, userinfo); services and their logs never see them.
        assertThat(claims).doesNotContain("email", "given_name", "family_name", "name", "preferred_username", "phone_number");
    }

    /**
     * Keycloak writes its own {@code client_id} claim (the OAuth client) into service-account tokens. No
     * client may have a service account, and the only mapper writing {@code client_id} must be the one
     * reading the user's client record id, or a token could name an OAuth client where a record id belongs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("clientIds")
    void clientIdClaimIsOnlyEverTheUsersClientRecord(String clientId) {
        JsonNode client = client(clientId);
        assertThat(client.path("serviceAccountsEnabled").asBoolean(false)).as("service account of %s", clientId).isFalse();

        List<JsonNode> writers = accessTokenMappers(client).stream()
                .filter(mapper -> ClinicClaims.CLIENT_ID.equals(claimOf(mapper)))
                .toList();
        assertThat(writers).singleElement().satisfies(mapper -> {
            assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(mapper.path("config").path("user.attribute").asString()).isEqualTo(ClinicClaims.CLIENT_ID);
        });
        assertThat(scope("service_account")).as("Keycloak's service_account scope").isEmpty();
    }

    @Test
    void userProfileLetsOnlyAdministratorsEditTheRecordLinks() {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asString());
        for (String attribute : List.of(ClinicClaims.CLIENT_ID, ClinicClaims.THERAPIST_ID, ClinicClaims.LOCATION_IDS)) {
            JsonNode declared = list(profile.path("attributes")).stream()
                    .filter(node -> attribute.equals(node.path("name").asString()))
                    .findFirst().orElseThrow(() -> new AssertionError("user profile does not declare " + attribute));
            assertThat(texts(declared.path("permissions").path("edit"))).as(attribute).containsExactly("admin");
        }
    }

    @Test
    void commandLineClientIsConfidentialWithThePasswordGrantOnly() {
        JsonNode cli = client(TOKEN_CLIENT);

        assertThat(cli.path("publicClient").asBoolean(true)).isFalse();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean(true)).isFalse();
        assertThat(cli.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        // The secret comes from the environment at import (docker-compose.yml), never from this file.
        assertThat(cli.path("secret").asString()).matches("\\$\\{[A-Z_]+}");
        assertThat(texts(cli.path("defaultClientScopes"))).doesNotContain("profile", "email");
    }

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("sam", Role.CLIENT, Optional.of(UUID.fromString("40000000-0000-4000-8000-000000000001")), Optional.empty(), Set.of()),
                Arguments.of("priya", Role.CLIENT, Optional.of(UUID.fromString("40000000-0000-4000-8000-000000000002")), Optional.empty(), Set.of()),
                Arguments.of("jonas", Role.CLIENT, Optional.of(UUID.fromString("40000000-0000-4000-8000-000000000003")), Optional.empty(), Set.of()),
                Arguments.of("maya", Role.THERAPIST, Optional.empty(), Optional.of(MAYA), Set.of(MANCHESTER)),
                Arguments.of("frontdesk-manchester", Role.FRONT_DESK, Optional.empty(), Optional.empty(), Set.of(MANCHESTER)),
                Arguments.of("admin", Role.CLINIC_ADMIN, Optional.empty(), Optional.empty(), Set.of()),
                Arguments.of("operator", Role.OPERATOR, Optional.empty(), Optional.empty(), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUsersTokenIsReadByTheServicesAsTheirRoleAndRecords(String username, Role role, Optional<UUID> clientId,
            Optional<UUID> therapistId, Set<UUID> locationIds) {
        JsonNode user = user(username);
        Map<String, Object> claims = accessToken(client(TOKEN_CLIENT), user);

        assertThat(claims.get(SUB)).as("sub").isInstanceOf(String.class);
        assertThat(claims.get(AUD)).as("aud").isEqualTo(List.of(AUDIENCE));
        assertThat(claims).containsKey("auth_time");
        ClinicUser read = ClinicUser.from(jwt(claims));
        assertThat(read.roles()).containsExactly(role);
        assertThat(read.clientId()).isEqualTo(clientId);
        assertThat(read.therapistId()).isEqualTo(therapistId);
        assertThat(read.locationIds()).isEqualTo(locationIds);
        assertThat(list(user.path("credentials"))).singleElement()
                .satisfies(credential -> assertThat(credential.path("temporary").asBoolean(true)).isFalse());
    }

    @Test
    void everyDemoUserIsCovered() {
        List<String> users = list(realm.path("users")).stream().map(user -> user.path("username").asString()).toList();
        assertThat(users).containsExactlyInAnyOrderElementsOf(demoUsers().map(arguments -> (String) arguments.get()[0]).toList());
    }

    static Stream<String> clientIds() {
        return list(realm.path("clients")).stream().map(client -> client.path("clientId").asString());
    }

    /**
     * The access token Keycloak would issue to this client for this user: one claim per access-token
     * mapper of the client's default scopes and of the client itself. Only the mapper types this realm
     * uses are modelled; an unknown type fails the test rather than being skipped.
     */
    private static Map<String, Object> accessToken(JsonNode client, JsonNode user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (JsonNode mapper : accessTokenMappers(client)) {
            JsonNode config = mapper.path("config");
            switch (mapper.path("protocolMapper").asString()) {
                case "oidc-sub-mapper" -> claims.put(SUB, UUID.randomUUID().toString());
                case "oidc-usersessionmodel-note-mapper" -> claims.put(claimOf(mapper), Instant.now().getEpochSecond());
                case "oidc-audience-mapper" -> claims.put(AUD, List.of(config.path("included.custom.audience").asString()));
                case "oidc-usermodel-realm-role-mapper" -> claims.put(claimOf(mapper), texts(user.path("realmRoles")));
                case "oidc-usermodel-attribute-mapper" -> {
                    List<String> values = texts(user.path("attributes").path(config.path("user.attribute").asString()));
                    if (!values.isEmpty()) {
                        claims.put(claimOf(mapper), config.path("multivalued").asBoolean() ? values : values.get(0));
                    }
                }
                default -> throw new AssertionError("mapper type not modelled: " + mapper.path("protocolMapper").asString());
            }
        }
        return claims;
    }

    private static List<JsonNode> accessTokenMappers(JsonNode client) {
        List<JsonNode> mappers = new ArrayList<>();
        for (String name : texts(client.path("defaultClientScopes"))) {
            scope(name).ifPresent(scope -> mappers.addAll(list(scope.path("protocolMappers"))));
        }
        mappers.addAll(list(client.path("protocolMappers")));
        return mappers.stream().filter(KeycloakRealmTest::inAccessToken).toList();
    }

    private static boolean inAccessToken(JsonNode mapper) {
        return "true".equals(mapper.path("config").path("access.token.claim").asString());
    }

    /** The sub and audience mappers have no claim.name: they write Keycloak's fixed claim names. */
    private static String claimOf(JsonNode mapper) {
        return switch (mapper.path("protocolMapper").asString()) {
            case "oidc-sub-mapper" -> SUB;
            case "oidc-audience-mapper" -> AUD;
            default -> mapper.path("config").path("claim.name").asString();
        };
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("simulated").header("alg", "RS256").claims(all -> all.putAll(claims)).build();
    }

    private static Optional<JsonNode> scope(String name) {
        return list(realm.path("clientScopes")).stream().filter(scope -> name.equals(scope.path("name").asString())).findFirst();
    }

    private static JsonNode client(String clientId) {
        return list(realm.path("clients")).stream().filter(client -> clientId.equals(client.path("clientId").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("realm has no client " + clientId));
    }

    private static JsonNode user(String username) {
        return list(realm.path("users")).stream().filter(user -> username.equals(user.path("username").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("realm has no user " + username));
    }

    /** Surefire runs in the module directory; the realm lives in the repository's docker/ folder. */
    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }
}
