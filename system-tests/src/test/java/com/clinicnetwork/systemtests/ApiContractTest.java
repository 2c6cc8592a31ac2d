package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the answers of the running platform are held to, shown on a small document shaped like the platform's. */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "servers": [{"url": "http://127.0.0.1:8080"}],
             "paths": {"/api/v1/waitlist/{id}": {"get": {"operationId": "getWaitlistEntry",
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
               "responses": {
                 "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entry"}}}},
                 "404": {"$ref": "#/components/responses/NotFound"}}}}},
             "components": {
               "responses": {"NotFound": {"description": "No such entry", "content": {"application/problem+json":
                 {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}}},
               "schemas": {
                 "ProblemDetail": {"type": "object", "required": ["type", "title", "status"], "properties": {
                   "type": {"type": "string", "format": "uri"}, "title": {"type": "string"}, "status": {"type": "integer"}}},
                 "Offer": {"type": "object", "properties": {"status": {"type": "string"}}},
                 "Entry": {"type": "object", "properties": {
                   "id": {"type": "string", "format": "uuid"},
                   "therapistId": {"type": "string", "format": "uuid", "nullable": true},
                   "status": {"type": "string", "nullable": true, "enum": ["WAITING", "BOOKED", null]},
                   "offer": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Offer"}]}}}}}}
            """;
    private static final ApiContract CONTRACT = ApiContract.forDocument(DOCUMENT);
    private static final URI ENTRY = URI.create("http://127.0.0.1:8080/api/v1/waitlist/6f1c1d52-6d8e-4c34-a1f0-6a8c1f4b2e10");
    private static final Map<String, List<String>> JSON = Map.of("content-type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM = Map.of("content-type", List.of("application/problem+json"));

    @Test
    void anAnswerAsDocumentedPassesWithNullWhereTheDocumentAllowsIt() {
        assertThatCode(() -> CONTRACT.check("GET", ENTRY, 200, JSON, """
                {"id": "6f1c1d52-6d8e-4c34-a1f0-6a8c1f4b2e10", "therapistId": null, "status": null, "offer": null}""")).doesNotThrowAnyException();
        assertThatCode(() -> CONTRACT.check("GET", ENTRY, 200, JSON, """
                {"id": "6f1c1d52-6d8e-4c34-a1f0-6a8c1f4b2e10", "status": "WAITING", "offer": {"status": "OFFERED"}}""")).doesNotThrowAnyException();
        assertThatCode(() -> CONTRACT.check("GET", ENTRY, 404, PROBLEM, """
                {"type": "https://api.clinic-network.example/problems/not-found", "title": "Not found", "status": 404}""")).doesNotThrowAnyException();
    }

    @Test
    void nullWhereTheDocumentDoesNotAllowItBreaksTheContract() {
        assertThatThrownBy(() -> CONTRACT.check("GET", ENTRY, 200, JSON, """
                {"id": null}""")).isInstanceOf(AssertionError.class).hasMessageContaining("id");
    }

    @Test
    void anUndeclaredStatusOrContentTypeBreaksTheContract() {
        assertThatThrownBy(() -> CONTRACT.check("GET", ENTRY, 409, PROBLEM, """
                {"type": "https://api.clinic-network.example/problems/conflict", "title": "Conflict", "status": 409}"""))
                .isInstanceOf(AssertionError.class).hasMessageContaining("409");
        assertThatThrownBy(() -> CONTRACT.check("GET", ENTRY, 404, JSON, "{}")).isInstanceOf(AssertionError.class);
    }

    @Test
    void aValueOutsideTheEnumerationBreaksTheContract() {
        assertThatThrownBy(() -> CONTRACT.check("GET", ENTRY, 200, JSON, """
                {"id": "6f1c1d52-6d8e-4c34-a1f0-6a8c1f4b2e10", "status": "LOST"}""")).isInstanceOf(AssertionError.class);
    }
}
