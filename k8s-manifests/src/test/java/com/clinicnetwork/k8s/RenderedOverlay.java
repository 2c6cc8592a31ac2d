package com.clinicnetwork.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One overlay of {@code deploy/k8s} as Kubernetes would receive it: rendered by {@code kubectl kustomize} (kustomize
 * v5 inside kubectl 1.27 and later), each resource a map as the YAML has it.
 */
record RenderedOverlay(String name, List<Resource> resources) {

    private static final Path OVERLAYS = Path.of("..", "deploy", "k8s", "overlays").toAbsolutePath().normalize();

    /** Rendered once for every test class: every kubectl run takes a few hundred milliseconds. */
    private static List<RenderedOverlay> both;

    /** Both overlays, {@code local} and {@code production}, rendered on the first call. */
    static synchronized List<RenderedOverlay> both() throws IOException, InterruptedException {
        if (both == null) {
            both = List.of(render("local"), render("production"));
        }
        return both;
    }

    private static RenderedOverlay render(String overlay) throws IOException, InterruptedException {
        Path directory = OVERLAYS.resolve(overlay);
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("No overlay " + directory);
        }
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Path errors = Files.createTempFile("kustomize-" + overlay, ".err");
        try {
            run(directory, output, errors);
            List<Resource> resources = new ArrayList<>();
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Object document : yaml.loadAll(Files.readString(output, StandardCharsets.UTF_8))) {
                if (document instanceof Map<?, ?> map) {
                    resources.add(new Resource(cast(map)));
                }
            }
            return new RenderedOverlay(overlay, List.copyOf(resources));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private static void run(Path directory, Path output, Path errors) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        } catch (IOException notInstalled) {
            throw new IllegalStateException("kubectl (1.27 or later, for kustomize v5) is needed to render " + directory, notInstalled);
        }
        if (!kubectl.waitFor(2, TimeUnit.MINUTES)) {
            kubectl.destroyForcibly();
            throw new IllegalStateException("kubectl kustomize " + directory + " did not finish within 2 minutes");
        }
        if (kubectl.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + Files.readString(errors));
        }
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(resource -> resource.kind().equals(kind)).toList();
    }

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    /** One resource; {@link #at} walks its maps by key and answers null where a key is missing. */
    record Resource(Map<String, Object> content) {

        String apiVersion() {
            return (String) content.get("apiVersion");
        }

        String kind() {
            return (String) content.get("kind");
        }

        String name() {
            return (String) at("metadata", "name");
        }

        Object at(String... path) {
            Object current = content;
            for (String key : path) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(key);
            }
            return current;
        }

        Map<String, Object> map(String... path) {
            Object value = at(path);
            return value instanceof Map<?, ?> map ? cast(map) : Map.of();
        }

        /** The list at {@code path} as it is (strings, numbers), empty where there is none. */
        List<Object> values(String... path) {
            Object value = at(path);
            return value instanceof List<?> list ? List.copyOf(list) : List.of();
        }

        List<Map<String, Object>> list(String... path) {
            Object value = at(path);
            if (!(value instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().filter(Map.class::isInstance).map(RenderedOverlay::cast).toList();
        }

        @Override
        public String toString() {
            return kind() + " " + name();
        }
    }
}
