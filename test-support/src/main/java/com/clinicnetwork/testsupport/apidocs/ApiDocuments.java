package com.clinicnetwork.testsupport.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's OpenAPI documents as files: one per service under {@code docs/openapi/} of the repository, and
 * {@code clinic-platform.json} there, all of them merged into the one document a front end generates its client
 * from. Also what every document must look like ({@link #platformShapeViolations}).
 */
public final class ApiDocuments {

    /** The merged document's name, beside the services' own. */
    public static final String PLATFORM = "clinic-platform";
    /** The documents the gateway serves, in the order they are merged; each is a file {@code <name>.json}. */
    public static final List<String> PARTS = List.of("therapist-service", "booking-service", "notification-service", "gateway",
            "ops-console");

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z]+");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /**
     * What springdoc makes of service-defaults' ClinicUser when it is not ignored: one parameter {@code user}, or its
     * members ({@code roles}, {@code locationIds}, ...) one by one. ({@code subject} alone is a real audit filter.)
     */
    private static final Set<String> CALLER_PARAMETERS = Set.of("user", "roles", "locationIds");

    private ApiDocuments() {
    }

    /** {@code docs/openapi} of the repository this test runs in, found upwards from the working directory. */
    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir.resolve("docs").resolve("openapi");
            }
        }
        throw new IllegalStateException("No repository root (with mvnw and docs/) above " + Path.of("").toAbsolutePath());
    }

    /** The document in the form the files have: keys sorted, indented, one trailing newline. */
    public static String canonical(String document) {
        return canonical(JSON.readTree(document));
    }

    static String canonical(JsonNode document) {
        return JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n";
    }

    /**
     * Rewrites {@code clinic-platform.json} from the parts' files present in {@code directory}.
     *
     * @return the merged document
     */
    public static String writePlatformDocument(Path directory) {
        List<JsonNode> parts = new ArrayList<>();
        for (String part : PARTS) {
            Path file = directory.resolve(part + ".json");
            if (Files.isRegularFile(file)) {
                parts.add(JSON.readTree(read(file)));
            }
        }
        String merged = canonical(merge(parts));
        write(directory.resolve(PLATFORM + ".json"), merged);
        return merged;
    }

    /**
     * The parts as one document: their paths, tags and components together, under the platform's title, with the
     * first part's servers and security. Two parts that define one path and method, or one component differently,
     * cannot be merged.
     *
     * @throws IllegalArgumentException naming the clash
     */
    public static ObjectNode merge(List<JsonNode> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to merge");
        }
        JsonNode first = parts.get(0);
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", first.get("openapi").asString());
        ObjectNode info = merged.putObject("info");
        info.put("title", "Clinic platform API");
        StringBuilder description = new StringBuilder("The clinic platform's public API, as front ends call it through the "
                + "gateway: one document of every part.\n");
        for (JsonNode part : parts) {
            description.append("\n- **").append(part.at("/info/title").asString()).append("**: ")
                    .append(part.at("/info/description").asString(""));
        }
        info.put("description", description.toString());
        info.put("version", first.at("/info/version").asString());
        merged.set("servers", first.get("servers"));
        merged.set("security", first.get("security"));
        Map<String, JsonNode> tags = new TreeMap<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        for (JsonNode part : parts) {
            String title = part.at("/info/title").asString();
            part.path("tags").forEach(tag -> tags.merge(tag.get("name").asString(), tag,
                    (earlier, later) -> earlier.has("description") ? earlier : later));
            for (Map.Entry<String, JsonNode> path : part.path("paths").properties()) {
                ObjectNode item = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey()) : paths.putObject(path.getKey());
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (item.has(operation.getKey())) {
                        throw new IllegalArgumentException(operation.getKey().toUpperCase() + " " + path.getKey()
                                + " is in two documents, the second " + title);
                    }
                    item.set(operation.getKey(), operation.getValue());
                }
            }
            for (Map.Entry<String, JsonNode> kind : part.path("components").properties()) {
                ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                for (Map.Entry<String, JsonNode> component : kind.getValue().properties()) {
                    JsonNode earlier = target.get(component.getKey());
                    if (earlier != null && !earlier.equals(component.getValue())) {
                        throw new IllegalArgumentException(title + " defines components/" + kind.getKey() + "/"
                                + component.getKey() + " differently from an earlier document: give one of them "
                                + "another name (@Schema(name = ...))");
                    }
                    target.set(component.getKey(), component.getValue());
                }
            }
        }
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        return merged;
    }

    /**
     * What is wrong with a document by the platform's rules, empty when nothing is: a title of its own, the gateway's
     * address as the only server, every operation with a unique meaningful id, a summary and a tag (so a new endpoint
     * without its {@code @Operation} is noticed), the bearer requirement inherited, its 401, 403 and 429 problems, every
     * problem answer as {@code application/problem+json}, and the caller nowhere among the parameters.
     */
    public static List<String> platformShapeViolations(String document, String expectedServer) {
        JsonNode api = JSON.readTree(document);
        List<String> violations = new ArrayList<>();
        String title = api.at("/info/title").asString("");
        if (title.isBlank() || title.equals("OpenAPI definition")) {
            violations.add("the document has no title of its own: " + title);
        }
        if (api.at("/info/version").asString("").isBlank() || api.at("/info/version").asString().equals("v0")) {
            violations.add("the document has no version");
        }
        if (api.path("servers").size() != 1 || !expectedServer.equals(api.at("/servers/0/url").asString())) {
            violations.add("the only server must be " + expectedServer + ": " + api.path("servers"));
        }
        if (!api.at("/components/securitySchemes").has("bearer") || !api.at("/security/0").has("bearer")) {
            violations.add("every operation must require the bearer scheme");
        }
        if (api.at("/components/schemas").has("ClinicUser")) {
            violations.add("ClinicUser is described as a schema");
        }
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                String id = operation.path("operationId").asString("");
                if (!OPERATION_ID.matcher(id).matches()) {
                    violations.add(where + ": operationId '" + id + "' is not a meaningful camelCase name "
                            + "(@Operation(operationId = \"verbNoun\"))");
                } else if (!ids.add(id)) {
                    violations.add(where + ": operationId '" + id + "' is used twice");
                }
                if (operation.path("summary").asString("").isBlank()) {
                    violations.add(where + ": no summary (@Operation(operationId = ..., summary = ...))");
                }
                if (operation.path("tags").isEmpty() || operation.at("/tags/0").asString().endsWith("-controller")) {
                    violations.add(where + ": no resource tag (@Tag on the controller)");
                }
                if (operation.has("security")) {
                    violations.add(where + ": overrides the document's security");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (CALLER_PARAMETERS.contains(parameter.path("name").asString())
                            || parameter.at("/schema/$ref").asString("").endsWith("/ClinicUser")) {
                        violations.add(where + ": the caller is listed as parameter '" + parameter.path("name").asString() + "'");
                    }
                }
                JsonNode responses = operation.path("responses");
                for (String status : List.of("401", "403", "429")) {
                    if (!responses.has(status)) {
                        violations.add(where + ": does not declare " + status);
                    }
                }
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    boolean problem = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                    JsonNode content = response.getValue().path("content");
                    if (problem && !response.getValue().has("$ref")
                            && (!content.has("application/problem+json") || content.size() != 1)) {
                        violations.add(where + ": " + response.getKey() + " is not only application/problem+json");
                    }
                }
            }
        }
        return violations;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
