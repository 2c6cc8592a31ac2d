package com.clinicnetwork.servicedefaults.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.TokenTrust;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The document a service gets from service-defaults, for a controller shaped like the platform's. */
@SpringBootTest(classes = PlatformDocumentTest.SampleService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        TokenTrust.ISSUER_URI_PROPERTY + "=http://127.0.0.1:9/issuer",
        TokenTrust.JWK_SET_URI_PROPERTY + "=http://127.0.0.1:9/issuer/jwks.json",
        TokenTrust.AUDIENCE_PROPERTY + "=clinic-platform",
        "spring.application.name=sample-service",
        "clinic.api-docs.title=Clinic platform: samples",
        "clinic.api-docs.description=Samples to book.",
        "clinic.api-docs.version=1.2.3"})
class PlatformDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode document;

    @Autowired
    private Environment environment;

    private JsonNode document() throws Exception {
        if (document == null) {
            URI uri = URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + "/v3/api-docs");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            document = JSON.readTree(response.body());
        }
        return document;
    }

    @Test
    void theDocumentIsOpenApi30WithTheServicesTitleAndTheGatewayAsOnlyServer() throws Exception {
        JsonNode api = document();
        assertThat(api.get("openapi").asString()).isEqualTo("3.0.1");
        assertThat(api.at("/info/title").asString()).isEqualTo("Clinic platform: samples");
        assertThat(api.at("/info/description").asString()).isEqualTo("Samples to book.");
        assertThat(api.at("/info/version").asString()).isEqualTo("1.2.3");
        assertThat(api.get("servers")).hasSize(1);
        assertThat(api.at("/servers/0/url").asString()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void everyOperationNeedsTheBearerToken() throws Exception {
        JsonNode api = document();
        assertThat(api.at("/components/securitySchemes/bearer/type").asString()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(api.at("/security/0").has("bearer")).isTrue();
    }

    @Test
    void theCallerIsNeverARequestParameter() throws Exception {
        JsonNode api = document();
        assertThat(api.at("/paths/~1api~1v1~1samples/get/parameters").findValuesAsString("name"))
                .containsExactlyInAnyOrder("q", "page");
        assertThat(api.at("/components/schemas").has("ClinicUser")).isFalse();
    }

    @Test
    void everyOperationDeclaresTheProblemsItsShapeCanCause() throws Exception {
        JsonNode api = document();
        JsonNode search = api.at("/paths/~1api~1v1~1samples/get/responses");
        assertThat(search.propertyNames()).containsExactly("200", "400", "401", "403", "429", "503", "504");
        assertThat(search.at("/401/$ref").asString()).isEqualTo("#/components/responses/Unauthorized");

        JsonNode create = api.at("/paths/~1api~1v1~1samples/post/responses");
        assertThat(create.propertyNames()).containsExactly("201", "400", "401", "403", "409", "413", "415", "422", "429", "503", "504");
        assertThat(create.at("/201/content/application~1json/schema/$ref").asString()).isEqualTo("#/components/schemas/SampleView");
        assertThat(create.at("/201/description").asString()).contains("Idempotency-Key");
        assertThat(create.at("/409/description").asString()).isEqualTo("The sample's name is taken.");
        assertThat(create.at("/409/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ProblemDetail");

        JsonNode archive = api.at("/paths/~1api~1v1~1samples~1{id}~1archive/post/responses");
        assertThat(archive.propertyNames()).containsExactly("200", "400", "401", "403", "404", "409", "429", "503", "504");
        assertThat(archive.at("/200/content/application~1json/schema/$ref").asString()).isEqualTo("#/components/schemas/SampleView");
        assertThat(archive.at("/409/content").has("application/json")).isFalse();

        JsonNode delete = api.at("/paths/~1api~1v1~1samples~1{id}/delete/responses");
        assertThat(delete.propertyNames()).containsExactly("204", "400", "401", "403", "404", "412", "429", "503", "504");
        assertThat(delete.get("204").has("content")).isFalse();

        JsonNode unauthorized = api.at("/components/responses/Unauthorized/content/application~1problem+json");
        assertThat(unauthorized.at("/schema/$ref").asString()).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(unauthorized.at("/example/type").asString()).isEqualTo("https://api.clinic-network.example/problems/unauthenticated");
        assertThat(api.at("/components/responses/TooManyRequests/headers").has("Retry-After")).isTrue();
        assertThat(api.at("/components/schemas/ProblemDetail/required").valueStream().map(JsonNode::asString))
                .containsExactly("type", "title", "status");
        assertThat(api.at("/components/schemas/ProblemDetail/additionalProperties").asBoolean()).isTrue();
    }

    @Test
    void theSharedHeadersSayWhatTheyDoAndTheirLimits() throws Exception {
        JsonNode parameters = document().at("/paths/~1api~1v1~1samples/post/parameters");
        JsonNode key = parameters.valueStream().filter(p -> p.get("name").asString().equals("Idempotency-Key")).findFirst().orElseThrow();
        assertThat(key.at("/schema/maxLength").asInt()).isEqualTo(255);
        assertThat(key.get("description").asString()).isNotBlank();
    }

    @Test
    void nullablePropertiesAreDeclaredNullableAndTheRestAreNot() throws Exception {
        JsonNode view = document().at("/components/schemas/SampleView/properties");
        assertThat(view.at("/id/nullable").isMissingNode()).isTrue();
        assertThat(view.at("/note/nullable").asBoolean()).isTrue();
        assertThat(view.at("/colour/nullable").asBoolean()).isTrue();
        assertThat(view.at("/colour/enum").valueStream().map(value -> value.isNull() ? null : value.asString()))
                .containsExactly("RED", "GREEN", null);
        assertThat(view.at("/parent/nullable").asBoolean()).isTrue();
        assertThat(view.at("/parent/allOf/0/$ref").asString()).isEqualTo("#/components/schemas/ParentView");
    }

    @Test
    void limitsOnRequestsAndParametersAreDeclared() throws Exception {
        JsonNode api = document();
        assertThat(api.at("/components/schemas/SampleRequest/properties/name/maxLength").asInt()).isEqualTo(40);
        assertThat(api.at("/components/schemas/SampleRequest/required").valueStream().map(JsonNode::asString)).contains("name");
        JsonNode page = api.at("/paths/~1api~1v1~1samples/get/parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("page")).findFirst().orElseThrow();
        assertThat(page.at("/schema/maximum").asInt()).isEqualTo(100);
    }

    enum Colour { RED, GREEN }

    record ParentView(UUID id) {
    }

    record SampleView(UUID id, @Nullable String note, @Nullable Colour colour, @Nullable ParentView parent) {
    }

    record SampleRequest(@NotNull @Size(max = 40) String name) {
    }

    @RestController
    @RequestMapping("/api/v1/samples")
    @Validated
    @Tag(name = "samples")
    static class SampleController {

        @GetMapping
        @Operation(operationId = "listSamples")
        List<SampleView> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) @Max(100) int page,
                ClinicUser user) {
            return List.of();
        }

        @PostMapping
        @Operation(operationId = "createSample")
        @ApiResponse(responseCode = "201", description = "Created.")
        @ApiResponse(responseCode = "409", description = "The sample's name is taken.")
        ResponseEntity<SampleView> create(@Valid @RequestBody SampleRequest request,
                @RequestHeader(name = "Idempotency-Key", required = false) String key, ClinicUser user) {
            return ResponseEntity.status(201).body(new SampleView(UUID.randomUUID(), null, null, null));
        }

        @PostMapping("/{id}/archive")
        @Operation(operationId = "archiveSample")
        @ApiResponse(responseCode = "409", description = "Already archived.")
        SampleView archive(@PathVariable UUID id, ClinicUser user) {
            return new SampleView(id, null, null, null);
        }

        @DeleteMapping("/{id}")
        @Operation(operationId = "deleteSample")
        @ApiResponse(responseCode = "204", description = "Deleted.")
        ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                ClinicUser user) {
            return ResponseEntity.noContent().build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(SampleController.class)
    static class SampleService {

        @Bean
        SecurityFilterChain api(HttpSecurity http, ClinicSecurity security) {
            return security.build(http, rules -> { });
        }
    }
}
