package com.clinicnetwork.servicedefaults.apidocs;

import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes a service's springdoc document the platform's: its title and version, the gateway as the only server, the
 * bearer token every operation needs, and on every operation the problem answers it can get, in RFC 9457 form.
 *
 * <p>Which common problems an operation can get follows from its shape, so a new endpoint needs nothing here:
 * 401, 403, 429, 503 and 504 every operation (token, roles and origin, the gateway's rate limit, a service or its
 * database down or slow); 400 with any parameter or body; 404 with a path variable; 412 with {@code If-Match};
 * 413 and 415 with a body; 422 with {@code Idempotency-Key}. What is particular to an operation (201, 204, a 409,
 * another 422) is declared on its method with {@code @ApiResponse(responseCode = ..., description = ...)}; a
 * declared problem answer gets the problem schema here.
 */
public class PlatformDocument implements OpenApiCustomizer {

    static final String SECURITY_SCHEME = "bearer";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String FIELD_PROBLEM_SCHEMA = "FieldProblem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The description springdoc gives the success answer it infers from the return type. */
    private static final String INFERRED_SUCCESS = "OK";
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final String title;
    private final String description;
    private final String version;
    private final String serverUrl;

    public PlatformDocument(String title, String description, String version, String serverUrl) {
        this.title = title;
        this.description = description;
        this.version = version;
        this.serverUrl = serverUrl;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title(title).description(description).version(version));
        api.servers(List.of(new Server().url(serverUrl)
                .description("The gateway: the platform's only public address")));
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        api.components(components);
        components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the platform's identity provider (RS256 JWT whose `aud` contains "
                        + "`clinic-platform`), sent as `Authorization: Bearer <token>`. Its `roles`, `client_id`, "
                        + "`therapist_id` and `location_ids` claims decide what the caller may see and do."));
        List<SecurityRequirement> security = api.getSecurity() != null ? new ArrayList<>(api.getSecurity()) : new ArrayList<>();
        security.add(0, new SecurityRequirement().addList(SECURITY_SCHEME));
        api.security(security);
        components.addSchemas(FIELD_PROBLEM_SCHEMA, fieldProblemSchema());
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        for (CommonProblem problem : CommonProblem.values()) {
            components.addResponses(problem.component, commonResponse(problem));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> customise(path, operation)));
        }
    }

    private static void customise(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        keepDeclaredSuccesses(responses);
        addInferredSuccess(responses);
        describeCommonHeaders(operation);
        for (CommonProblem problem : commonProblemsOf(path, operation)) {
            ApiResponse declared = responses.get(problem.code());
            if (declared == null) {
                responses.addApiResponse(problem.code(), new ApiResponse().$ref(problem.ref()));
            } else if (declared.get$ref() == null) {
                // The operation's own cases of this status come first, then the ones every such operation has.
                declared.setDescription(declared.getDescription() + " Also: " + problem.description);
            }
        }
        responses.forEach((code, response) -> {
            boolean problem = code.startsWith("4") || code.startsWith("5");
            // springdoc gives a declared answer the method's return type; a problem answer is a problem.
            if (problem && response.get$ref() == null && (response.getContent() == null || response.getContent().get(PROBLEM_JSON) == null)) {
                response.setContent(problemContent(null));
            }
        });
        if (hasHeader(operation, IDEMPOTENCY_KEY) && responses.get("201") != null) {
            ApiResponse created = responses.get("201");
            created.setDescription(created.getDescription() + " A retry with the same `Idempotency-Key` and body gets "
                    + "this same answer again, without creating anything.");
        }
        sortByStatus(responses);
    }

    static Set<CommonProblem> commonProblemsOf(String path, Operation operation) {
        Set<CommonProblem> problems = EnumSet.of(CommonProblem.UNAUTHORIZED, CommonProblem.FORBIDDEN,
                CommonProblem.TOO_MANY_REQUESTS, CommonProblem.SERVICE_UNAVAILABLE, CommonProblem.GATEWAY_TIMEOUT);
        boolean body = operation.getRequestBody() != null;
        if (body || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            problems.add(CommonProblem.BAD_REQUEST);
        }
        if (path.contains("{")) {
            problems.add(CommonProblem.NOT_FOUND);
        }
        if (hasHeader(operation, IF_MATCH)) {
            problems.add(CommonProblem.PRECONDITION_FAILED);
        }
        if (body) {
            problems.add(CommonProblem.CONTENT_TOO_LARGE);
            problems.add(CommonProblem.UNSUPPORTED_MEDIA_TYPE);
        }
        if (hasHeader(operation, IDEMPOTENCY_KEY)) {
            problems.add(CommonProblem.IDEMPOTENCY_KEY_REUSED);
        }
        return problems;
    }

    /**
     * springdoc adds "200 OK" from the return type even where the method declares that it answers 201 or 204: such a
     * 200 never happens, so it goes, and a declared 201 without content gets the return type's content. A 204 has none.
     */
    private static void keepDeclaredSuccesses(ApiResponses responses) {
        ApiResponse inferred = responses.get("200");
        List<String> declared = responses.keySet().stream().filter(code -> code.startsWith("2") && !code.equals("200")).toList();
        if (inferred != null && !declared.isEmpty() && INFERRED_SUCCESS.equals(inferred.getDescription())) {
            responses.remove("200");
            for (String code : declared) {
                ApiResponse response = responses.get(code);
                if (!code.equals("204") && (response.getContent() == null || response.getContent().isEmpty())) {
                    response.setContent(inferred.getContent());
                }
            }
        }
        if (responses.get("204") != null) {
            responses.get("204").setContent(null);
        }
    }

    /**
     * A method that declares only its problems (a 409, say) gets no success answer from springdoc, which instead gives
     * each declared answer the return type's content: that content is the 200 the method answers with.
     */
    private static void addInferredSuccess(ApiResponses responses) {
        if (responses.keySet().stream().anyMatch(code -> code.startsWith("2"))) {
            return;
        }
        Content returned = responses.values().stream()
                .map(ApiResponse::getContent)
                .filter(content -> content != null && !content.isEmpty() && content.get(PROBLEM_JSON) == null)
                .findFirst().orElse(null);
        responses.addApiResponse("200", new ApiResponse().description(INFERRED_SUCCESS).content(returned));
    }

    private static void describeCommonHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (!"header".equals(parameter.getIn())) {
                continue;
            }
            if (IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                parameter.description("The object's version as last read: the `ETag` of that answer, e.g. `\"3\"`. The "
                        + "change applies only to that version (412 otherwise); without it, to the current one.");
                parameter.setSchema(new StringSchema().pattern("^\"[0-9]+\"$|^\\*$"));
                parameter.setExample("\"3\"");
            } else if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
                parameter.description("A key the caller makes up once per intended creation (a UUID, say) and sends "
                        + "again with a retry: the retry gets the first request's answer instead of creating again.");
                parameter.setSchema(new StringSchema().minLength(1).maxLength(MAX_IDEMPOTENCY_KEY_LENGTH));
                parameter.setExample("5b0c9a1e-3f7d-4a62-9d0e-2f6c8b1a7e41");
            }
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()));
    }

    private static void sortByStatus(ApiResponses responses) {
        Map<String, ApiResponse> sorted = new LinkedHashMap<>(responses);
        responses.clear();
        sorted.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> responses.addApiResponse(entry.getKey(), entry.getValue()));
    }

    private static ApiResponse commonResponse(CommonProblem problem) {
        ApiResponse response = new ApiResponse().description(problem.description).content(problemContent(example(problem)));
        if (problem.header != null) {
            String about = problem.header.equals("Retry-After")
                    ? "Seconds to wait before retrying."
                    : "`Bearer`: the scheme the token is expected in.";
            Schema<?> schema = problem.header.equals("Retry-After") ? new IntegerSchema().minimum(BigDecimal.ZERO) : new StringSchema();
            response.addHeaderObject(problem.header, new Header().description(about).schema(schema));
        }
        return response;
    }

    private static Content problemContent(Map<String, Object> example) {
        MediaType mediaType = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        if (example != null) {
            mediaType.setExample(example);
        }
        return new Content().addMediaType(PROBLEM_JSON, mediaType);
    }

    private static Map<String, Object> example(CommonProblem problem) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemTypes.type(problem.slug).toString());
        example.put("title", problem.title);
        example.put("status", problem.status);
        example.put("detail", problem.exampleDetail);
        example.put("instance", "/api/v1/appointments");
        if (problem == CommonProblem.BAD_REQUEST) {
            example.put("errors", List.of(Map.of("field", "startsAt", "message", "must not be null")));
        }
        return example;
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .description("One rejected input.")
                .addProperty("field", new StringSchema().description("The body field (`startsAt`, `workingHours[0].endsAt`), "
                        + "query parameter or header that was rejected.").example("startsAt"))
                .addProperty("message", new StringSchema().description("Why, in English.").example("must not be null"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem (`application/problem+json`). `type` is stable and what a front end "
                        + "switches on; `title` is its short English name, `detail` this occurrence's explanation. "
                        + "Some types carry further members, named in the operation's answer (e.g. `currentStatus`).")
                .addProperty("type", new StringSchema().format("uri")
                        .description("The problem type, under https://api.clinic-network.example/problems/.")
                        .example(ProblemTypes.type(ProblemTypes.VALIDATION).toString()))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().description("The HTTP status, repeated.").example(400))
                .addProperty("detail", new StringSchema().example("One or more fields are invalid."))
                .addProperty("instance", new StringSchema().description("The path of the request.").example("/api/v1/appointments"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM_SCHEMA))
                        .description("With `validation`: each rejected input."))
                .required(List.of("type", "title", "status"))
                // Extension members (RFC 9457 section 3.2): what a type adds, e.g. currentStatus or conflictingSlot.
                .additionalProperties(true);
    }
}
