package com.clinicnetwork.k8s;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operators' CustomResourceDefinitions shipped in {@code src/test/resources/crds} (where they come from: the README
 * there): the schema of every version they serve, by API version and kind. A version the operator no longer serves has
 * no schema here, so a manifest still using it fails as a kind without a schema.
 */
final class CustomResourceDefinitions {

    private static CustomResourceDefinitions shipped;

    private final Map<String, StructuralSchema> schemasByApiVersionAndKind;

    private CustomResourceDefinitions(Map<String, StructuralSchema> schemasByApiVersionAndKind) {
        this.schemasByApiVersionAndKind = Map.copyOf(schemasByApiVersionAndKind);
    }

    /** Read once per JVM: the Kafka and Cluster CRDs are several hundred kilobytes of YAML each. */
    static synchronized CustomResourceDefinitions shipped() throws IOException, URISyntaxException {
        if (shipped == null) {
            URL directory = CustomResourceDefinitions.class.getResource("/crds");
            if (directory == null) {
                throw new IllegalStateException("No crds/ on the test class path");
            }
            shipped = read(Path.of(directory.toURI()));
        }
        return shipped;
    }

    private static CustomResourceDefinitions read(Path directory) throws IOException {
        Map<String, StructuralSchema> schemas = new HashMap<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : yaml.loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
                    Resource crd = new Resource(RenderedOverlay.cast(document));
                    if ("CustomResourceDefinition".equals(crd.kind())) {
                        schemas.putAll(servedSchemas(crd));
                    }
                }
            }
        }
        return new CustomResourceDefinitions(schemas);
    }

    private static Map<String, StructuralSchema> servedSchemas(Resource crd) {
        Map<String, StructuralSchema> schemas = new HashMap<>();
        String group = (String) crd.at("spec", "group");
        String kind = (String) crd.at("spec", "names", "kind");
        for (Map<String, Object> version : crd.list("spec", "versions")) {
            Resource v = new Resource(version);
            if (Boolean.TRUE.equals(v.at("served"))) {
                schemas.put(key(group + "/" + v.at("name"), kind), new StructuralSchema(v.map("schema", "openAPIV3Schema")));
            }
        }
        return schemas;
    }

    Optional<StructuralSchema> schemaOf(Resource resource) {
        return Optional.ofNullable(schemasByApiVersionAndKind.get(key(resource.apiVersion(), resource.kind())));
    }

    List<String> servedKinds() {
        return schemasByApiVersionAndKind.keySet().stream().sorted().toList();
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
