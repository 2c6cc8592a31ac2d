package com.clinicnetwork.testsupport.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocumentsTest {

    private static JsonNode part(String title, String paths, String schemas) {
        return ApiDocuments.JSON.readTree("""
                {"openapi": "3.0.1", "info": {"title": "%s", "description": "About %s.", "version": "1"},
                 "servers": [{"url": "http://127.0.0.1:8080"}], "security": [{"bearer": []}],
                 "tags": [{"name": "%s"}], "paths": {%s}, "components": {"schemas": {%s}}}
                """.formatted(title, title, title, paths, schemas));
    }

    @Test
    void thePartsMergeIntoOneDocumentOfEveryPathTagAndSchema() {
        JsonNode merged = ApiDocuments.merge(List.of(
                part("Clinic platform: directory", "\"/api/v1/locations\": {\"get\": {}}", "\"Problem\": {\"type\": \"object\"}"),
                part("Clinic platform: booking", "\"/api/v1/appointments\": {\"post\": {}}", "\"Problem\": {\"type\": \"object\"}")));

        assertThat(merged.at("/info/title").asString()).isEqualTo("Clinic platform API");
        assertThat(merged.at("/info/description").asString()).contains("**Clinic platform: booking**: About Clinic platform: booking.");
        assertThat(merged.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/locations", "/api/v1/appointments");
        assertThat(merged.at("/servers/0/url").asString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(merged.get("tags").findValuesAsString("name")).containsExactly("Clinic platform: booking", "Clinic platform: directory");
    }

    @Test
    void aPathOrComponentTwoPartsDefineDifferentlyCannotBeMerged() {
        assertThatThrownBy(() -> ApiDocuments.merge(List.of(
                part("a", "\"/api/v1/x\": {\"get\": {}}", ""), part("b", "\"/api/v1/x\": {\"get\": {}}", ""))))
                .hasMessageContaining("GET /api/v1/x is in two documents");
        assertThatThrownBy(() -> ApiDocuments.merge(List.of(
                part("a", "", "\"Block\": {\"type\": \"object\"}"), part("b", "", "\"Block\": {\"type\": \"string\"}"))))
                .hasMessageContaining("components/schemas/Block");
    }

    @Test
    void whatSpringdocMakesOfAnUnannotatedServiceBreaksThePlatformsRules() {
        String unannotated = """
                {"openapi": "3.1.0", "info": {"title": "OpenAPI definition", "version": "v0"},
                 "servers": [{"url": "http://127.0.0.1:8082"}], "paths": {"/api/v1/appointments/{id}": {"get": {
                   "operationId": "get_1", "tags": ["appointment-controller"],
                   "parameters": [{"name": "user", "in": "query", "schema": {"$ref": "#/components/schemas/ClinicUser"}}],
                   "responses": {"200": {"description": "OK"}, "404": {"description": "x", "content": {"*/*": {}}}}}}},
                 "components": {"schemas": {"ClinicUser": {"type": "object"}}}}
                """;

        assertThat(ApiDocuments.platformShapeViolations(unannotated, "http://127.0.0.1:8080")).anySatisfy(v -> assertThat(v).contains("title"))
                .anySatisfy(v -> assertThat(v).contains("version"))
                .anySatisfy(v -> assertThat(v).contains("only server"))
                .anySatisfy(v -> assertThat(v).contains("bearer"))
                .anySatisfy(v -> assertThat(v).contains("ClinicUser"))
                .anySatisfy(v -> assertThat(v).contains("operationId 'get_1'"))
                .anySatisfy(v -> assertThat(v).contains("no summary"))
                .anySatisfy(v -> assertThat(v).contains("no resource tag"))
                .anySatisfy(v -> assertThat(v).contains("the caller is listed as parameter 'user'"))
                .anySatisfy(v -> assertThat(v).contains("does not declare 401"))
                .anySatisfy(v -> assertThat(v).contains("404 is not only application/problem+json"));
    }
}
