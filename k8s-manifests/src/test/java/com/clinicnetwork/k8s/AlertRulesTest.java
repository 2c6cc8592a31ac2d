package com.clinicnetwork.k8s;

import static com.clinicnetwork.k8s.ExternalTool.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The alert rules and the two Prometheus configurations that load them, held up with promtool (Debian package
 * {@code prometheus}): every rule fires and stays quiet on synthetic series as {@code docker/prometheus/alerts.test.yml}
 * says, and has a case of each; both configurations are valid with the repository's rules; and Kubernetes pod
 * discovery labels every platform pod as docker compose's static targets are labelled, so the same rules apply.
 */
class AlertRulesTest {

    private static final ExternalTool PROMTOOL = new ExternalTool("promtool", "promtool is needed: apt-get install prometheus");
    private static final Path ALERTS = REPOSITORY.resolve("docker/prometheus/alerts.yml");
    private static final Path ALERT_TESTS = REPOSITORY.resolve("docker/prometheus/alerts.test.yml");
    private static final Path COMPOSE_CONFIG = REPOSITORY.resolve("docker/prometheus/prometheus.yml");
    private static final Path KUBERNETES_CONFIG = REPOSITORY.resolve("deploy/k8s/monitoring/prometheus-scrape.yml");
    /** The rules select {@code up} of this job. */
    private static final String JOB = "clinic-services";
    /** The labels the rules group and name by, and where Prometheus scrapes. */
    private static final Set<String> TARGET_LABELS = Set.of("job", "service", "instance", "__address__", "__metrics_path__");

    @TempDir
    Path scratch;

    @Test
    void everyRuleFiresAndStaysQuietOnItsSyntheticSeries() throws IOException, InterruptedException {
        PROMTOOL.run("test", "rules", REPOSITORY.relativize(ALERT_TESTS).toString()).orFail();
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItStaysQuiet() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (Map<String, Object> group : list(load(ALERTS).get("groups"))) {
            for (Map<String, Object> rule : list(group.get("rules"))) {
                rules.add((String) rule.get("alert"));
            }
        }
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Map<String, Object> test : list(load(ALERT_TESTS).get("tests"))) {
            for (Map<String, Object> check : list(test.get("alert_rule_test"))) {
                boolean fires = !list(check.get("exp_alerts")).isEmpty();
                (fires ? firing : quiet).add((String) check.get("alertname"));
            }
        }
        assertThat(rules).isNotEmpty();
        assertThat(firing).as("rules shown firing in %s", ALERT_TESTS).isEqualTo(rules);
        assertThat(quiet).as("rules shown staying quiet in %s", ALERT_TESTS).isEqualTo(rules);
    }

    @Test
    void theRulesAreValid() throws IOException, InterruptedException {
        PROMTOOL.run("check", "rules", REPOSITORY.relativize(ALERTS).toString()).orFail();
    }

    @Test
    void composeConfigurationLabelsEveryTargetByServiceAndIsValidWithTheRules() throws IOException, InterruptedException {
        Map<String, Object> config = withRepositoryRules(load(COMPOSE_CONFIG));
        Map<String, Object> job = onlyJob(config);
        for (Map<String, Object> targets : list(job.get("static_configs"))) {
            assertThat(RenderedOverlay.cast(targets.get("labels"))).as("%s", targets).containsKey("service");
        }

        PROMTOOL.run("check", "config", write(config, "compose-prometheus.yml").toString()).orFail();
    }

    /**
     * Debian builds Prometheus without Kubernetes discovery, so promtool sees the configuration with file discovery in
     * its place, serving what pod discovery would report for every pod of both overlays' Deployments plus the pods it
     * must leave out; {@code promtool check service-discovery} then applies the real relabelling to them.
     */
    @Test
    void kubernetesConfigurationScrapesEveryReplicaOfBothOverlaysLabelledAsComposeDoes() throws IOException, InterruptedException {
        Map<String, Object> config = withRepositoryRules(load(KUBERNETES_CONFIG));
        Map<String, Object> job = onlyJob(config);
        List<Map<String, Object>> discoveries = list(job.remove("kubernetes_sd_configs"));
        assertThat(discoveries).singleElement().satisfies(discovery -> assertThat(discovery).containsEntry("role", "pod"));
        List<Object> namespaces = new Resource(discoveries.get(0)).values("namespaces", "names");

        DiscoveredPods pods = new DiscoveredPods();
        List<RenderedOverlay> overlays = RenderedOverlay.both();
        for (RenderedOverlay overlay : overlays) {
            for (Resource deployment : overlay.ofKind("Deployment")) {
                assertThat(namespaces).as("namespaces discovered").contains(deployment.at("metadata", "namespace"));
                pods.replicaOf(deployment, "Running");
            }
        }
        Resource bookingService = overlays.get(0).ofKind("Deployment").stream()
                .filter(deployment -> deployment.name().equals("booking-service")).findFirst().orElseThrow();
        // Pulling its image: unreachable, and a replica down if it stays so.
        pods.replicaOf(bookingService, "Pending");
        // Evicted: it will not come back, so it is nobody's replica.
        pods.leftOut(pods.replicaOf(bookingService, "Failed"));
        // Like Redis's, the pods the operators run for Kafka and PostgreSQL carry no prometheus.io annotations.
        pods.unannotated("clinic-kafka-broker-0", "strimzi.io/name", "clinic-kafka-kafka");
        job.put("file_sd_configs", List.of(Map.of("files", List.of(write(pods.targetGroups, "pods.yml").toString()))));
        Path configFile = write(config, "kubernetes-prometheus.yml");

        PROMTOOL.run("check", "config", configFile.toString()).orFail();
        String discovery = PROMTOOL.run("check", "service-discovery", "--timeout=3s", configFile.toString(), JOB).orFail().output();

        Map<String, Map<String, String>> scraped = new TreeMap<>();
        for (Map<String, Object> target : list(yaml().load(discovery))) {
            Map<String, String> labels = strings(target.get("labels"));
            if (!labels.isEmpty()) {
                scraped.put(labels.get("instance"), only(TARGET_LABELS, labels));
            }
        }
        assertThat(scraped).isEqualTo(pods.expected);
        assertThat(scraped.values()).extracting(labels -> labels.get("service")).as("services scraped")
                .contains("therapist-service", "booking-service", "notification-service", "ops-console", "gateway", "web-app",
                        "identity-provider");
    }

    /** What Kubernetes pod discovery reports for pods (one target per container port), and what should be scraped. */
    private static final class DiscoveredPods {

        final List<Map<String, Object>> targetGroups = new ArrayList<>();
        /** By pod name: the labels of the target each annotated pod should become. */
        final Map<String, Map<String, String>> expected = new TreeMap<>();
        private int count;

        /** @return the pod's name */
        String replicaOf(Resource deployment, String phase) {
            Resource template = new Resource(deployment.map("spec", "template"));
            String name = deployment.name() + "-6b9f7c5d8-" + count;
            String ip = nextIp();
            Map<String, String> labels = meta(name, ip, (String) deployment.at("metadata", "namespace"), phase);
            template.map("metadata", "labels").forEach((label, value) ->
                    labels.put("__meta_kubernetes_pod_label_" + sanitized(label), String.valueOf(value)));
            Map<String, Object> annotations = template.map("metadata", "annotations");
            annotations.forEach((annotation, value) ->
                    labels.put("__meta_kubernetes_pod_annotation_" + sanitized(annotation), String.valueOf(value)));
            for (Map<String, Object> container : template.list("spec", "containers")) {
                for (Map<String, Object> port : new Resource(container).list("ports")) {
                    Map<String, String> target = new LinkedHashMap<>(labels);
                    target.put("__meta_kubernetes_pod_container_name", String.valueOf(container.get("name")));
                    target.put("__meta_kubernetes_pod_container_port_name", String.valueOf(port.get("name")));
                    target.put("__meta_kubernetes_pod_container_port_number", String.valueOf(port.get("containerPort")));
                    targetGroups.add(Map.of("targets", List.of(ip + ":" + port.get("containerPort")), "labels", target));
                }
            }
            if ("true".equals(annotations.get("prometheus.io/scrape"))) {
                expected.put(name, Map.of("job", JOB, "instance", name,
                        "service", String.valueOf(template.at("metadata", "labels", "app.kubernetes.io/name")),
                        "__address__", ip + ":" + annotations.get("prometheus.io/port"),
                        "__metrics_path__", String.valueOf(annotations.get("prometheus.io/path"))));
            }
            return name;
        }

        void unannotated(String name, String label, String value) {
            String ip = nextIp();
            Map<String, String> labels = meta(name, ip, "clinic", "Running");
            labels.put("__meta_kubernetes_pod_label_" + sanitized(label), value);
            targetGroups.add(Map.of("targets", List.of(ip + ":9092"), "labels", labels));
        }

        void leftOut(String podName) {
            expected.remove(podName);
        }

        private String nextIp() {
            return "10.244.0." + (10 + count++);
        }

        private static Map<String, String> meta(String name, String ip, String namespace, String phase) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("__meta_kubernetes_namespace", namespace);
            labels.put("__meta_kubernetes_pod_name", name);
            labels.put("__meta_kubernetes_pod_ip", ip);
            labels.put("__meta_kubernetes_pod_phase", phase);
            return labels;
        }

        /** As Prometheus turns a Kubernetes label or annotation name into a label name. */
        private static String sanitized(String name) {
            return name.replaceAll("[^a-zA-Z0-9_]", "_");
        }
    }

    /**
     * The configuration as promtool can check it here: its one rule file is where the container or pod mounts
     * {@code alerts.yml}, so it is pointed at the repository's.
     */
    private static Map<String, Object> withRepositoryRules(Map<String, Object> config) {
        List<Object> ruleFiles = new Resource(config).values("rule_files");
        assertThat(ruleFiles).singleElement().asString().endsWith("/alerts.yml");
        config.put("rule_files", List.of(ALERTS.toString()));
        return config;
    }

    private static Map<String, Object> onlyJob(Map<String, Object> config) {
        List<Map<String, Object>> jobs = list(config.get("scrape_configs"));
        assertThat(jobs).singleElement().satisfies(job -> assertThat(job).containsEntry("job_name", JOB));
        return jobs.get(0);
    }

    private Path write(Object content, String fileName) throws IOException {
        DumperOptions block = new DumperOptions();
        block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return Files.writeString(scratch.resolve(fileName), new Yaml(block).dump(content), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> load(Path file) throws IOException {
        return RenderedOverlay.cast(yaml().load(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** The maps of a YAML list, none where there is no list. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static Map<String, String> strings(Object map) {
        Map<String, String> strings = new TreeMap<>();
        RenderedOverlay.cast(map).forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    private static Map<String, String> only(Set<String> keys, Map<String, String> labels) {
        Map<String, String> kept = new TreeMap<>(labels);
        kept.keySet().retainAll(keys);
        return kept;
    }
}
