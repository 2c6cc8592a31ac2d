package com.clinicnetwork.systemtests;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.clinicnetwork.testsupport.apidocs.ApiDocuments;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's OpenAPI documents as the running gateway serves them (each service's through its route, the
 * gateway's own), merged into one as {@code docs/openapi/clinic-platform.json} is, and a validator of every answer
 * against it: status declared for the operation, content type, body schema (types, nullability, required members,
 * enumerations, formats) and declared headers. Loaded once per gateway.
 */
final class ApiContract {

    private static final Map<String, ApiContract> BY_GATEWAY = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final OpenApiInteractionValidator validator;

    private ApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    static ApiContract of(String gatewayUrl) {
        return BY_GATEWAY.computeIfAbsent(gatewayUrl, ApiContract::load);
    }

    /**
     * @throws AssertionError listing how the answer breaks the document
     */
    void check(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                response.withContentType(values.get(0));
            } else {
                response.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(uri.getRawPath(), Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + uri.getRawPath() + " (" + status + ") breaks the "
                    + "OpenAPI document:\n" + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nBody: " + abbreviated(body));
        }
    }

    private static ApiContract load(String gatewayUrl) {
        List<JsonNode> parts = new ArrayList<>();
        for (String part : ApiDocuments.PARTS) {
            String path = part.equals("gateway") ? "/v3/api-docs" : "/api-docs/" + part;
            parts.add(Gateway.JSON.readTree(fetch(URI.create(gatewayUrl + path))));
        }
        return forDocument(ApiDocuments.merge(parts).toString());
    }

    static ApiContract forDocument(String document) {
        ObjectNode api = (ObjectNode) Gateway.JSON.readTree(document);
        inlineNullableReferences(api, api.at("/components/schemas"));
        return new ApiContract(OpenApiInteractionValidator.createForInlineApiSpecification(api.toString()).build());
    }

    /**
     * The documents declare a nullable reference the OpenAPI 3.0 way, {@code {nullable: true, allOf: [{$ref}]}}, which
     * the validator checks against the referenced schema alone, so it would refuse a {@code null} the document allows.
     * For the validator only, each such reference is replaced by a copy of the schema it names, made nullable: the
     * same meaning in a form it understands.
     */
    private static void inlineNullableReferences(JsonNode node, JsonNode schemas) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : List.copyOf(object.properties())) {
                JsonNode value = property.getValue();
                String reference = value.at("/allOf/0/$ref").asString("");
                if (value.path("nullable").asBoolean() && value.path("allOf").size() == 1 && !reference.isEmpty()) {
                    ObjectNode copy = (ObjectNode) schemas.get(reference.substring(reference.lastIndexOf('/') + 1)).deepCopy();
                    copy.put("nullable", true);
                    object.set(property.getKey(), copy);
                }
            }
            object.values().forEach(child -> inlineNullableReferences(child, schemas));
        } else if (node instanceof ArrayNode array) {
            array.values().forEach(child -> inlineNullableReferences(child, schemas));
        }
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + uri, e);
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
