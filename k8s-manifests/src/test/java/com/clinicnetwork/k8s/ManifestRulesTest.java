package com.clinicnetwork.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every rendering of {@code deploy/k8s} keeps, whatever an overlay changes: probes, requests and limits and a
 * locked-down, non-root container for every workload; a disruption budget for every Deployment; a grace period that
 * outlasts the graceful shutdown; no way in but the front doors; default-deny networking for every platform pod; no
 * Secret in the repository; Kafka that survives the loss of one node.
 */
class ManifestRulesTest {

    private static final Set<String> FRONT_DOORS = Set.of("web-app", "gateway", "identity-provider");
    /** Spring Boot's timeout-per-shutdown-phase in every application's configuration. */
    private static final int GRACEFUL_SHUTDOWN_SECONDS = 20;

    static Stream<RenderedOverlay> overlays() throws IOException, InterruptedException {
        return RenderedOverlay.both().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerIsProbedLimitedAndLockedDown(RenderedOverlay overlay) {
        List<Resource> deployments = overlay.ofKind("Deployment");
        assertThat(deployments).extracting(Resource::name)
                .contains("therapist-service", "booking-service", "notification-service", "ops-console", "gateway",
                        "web-app", "identity-provider");
        SoftAssertions softly = new SoftAssertions();
        for (Resource deployment : deployments) {
            softly.assertThat(deployment.at("spec", "template", "spec", "securityContext", "runAsNonRoot"))
                    .as("%s runs as non-root", deployment).isEqualTo(true);
            softly.assertThat(deployment.at("spec", "template", "spec", "automountServiceAccountToken"))
                    .as("%s needs no API token", deployment).isEqualTo(false);
            for (Map<String, Object> container : deployment.list("spec", "template", "spec", "containers")) {
                Resource c = new Resource(container);
                String which = deployment + " container " + container.get("name");
                softly.assertThat(c.map("readinessProbe")).as("%s readiness probe", which).isNotEmpty();
                softly.assertThat(c.map("livenessProbe")).as("%s liveness probe", which).isNotEmpty();
                softly.assertThat(c.map("resources", "requests")).as("%s requests", which).containsKeys("cpu", "memory");
                softly.assertThat(c.map("resources", "limits")).as("%s limits", which).containsKeys("cpu", "memory");
                softly.assertThat(c.at("securityContext", "allowPrivilegeEscalation")).as("%s privilege escalation", which)
                        .isEqualTo(false);
                softly.assertThat(c.at("securityContext", "readOnlyRootFilesystem")).as("%s read-only root", which)
                        .isEqualTo(true);
                softly.assertThat(c.values("securityContext", "capabilities", "drop")).as("%s capabilities", which)
                        .containsExactly("ALL");
                softly.assertThat(String.valueOf(c.at("image"))).as("%s image has a tag", which).contains(":")
                        .doesNotEndWith(":latest");
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasADisruptionBudgetAndAGracePeriodLongerThanItsShutdown(RenderedOverlay overlay) {
        List<Resource> budgets = overlay.ofKind("PodDisruptionBudget");
        SoftAssertions softly = new SoftAssertions();
        for (Resource deployment : overlay.ofKind("Deployment")) {
            Map<String, Object> podLabels = deployment.map("spec", "template", "metadata", "labels");
            softly.assertThat(budgets).as("a PodDisruptionBudget selecting %s", deployment)
                    .anySatisfy(budget -> assertThat(podLabels).containsAllEntriesOf(budget.map("spec", "selector", "matchLabels")));
            for (Map<String, Object> container : deployment.list("spec", "template", "spec", "containers")) {
                List<Object> preStop = new Resource(container).values("lifecycle", "preStop", "exec", "command");
                if (preStop.size() == 2 && "sleep".equals(preStop.get(0))) {
                    int pause = Integer.parseInt(String.valueOf(preStop.get(1)));
                    softly.assertThat((Integer) deployment.at("spec", "template", "spec", "terminationGracePeriodSeconds"))
                            .as("%s grace period after a %d s pause and %d s of graceful shutdown", deployment, pause,
                                    GRACEFUL_SHUTDOWN_SECONDS)
                            .isGreaterThan(pause + GRACEFUL_SHUTDOWN_SECONDS);
                }
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void autoscalersAndServicesPointAtWhatExists(RenderedOverlay overlay) {
        Set<String> deployments = overlay.ofKind("Deployment").stream().map(Resource::name).collect(Collectors.toSet());
        assertThat(overlay.ofKind("HorizontalPodAutoscaler")).isNotEmpty().allSatisfy(autoscaler -> {
            assertThat(autoscaler.at("spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            assertThat(deployments).contains((String) autoscaler.at("spec", "scaleTargetRef", "name"));
            assertThat((Integer) autoscaler.at("spec", "minReplicas"))
                    .isLessThanOrEqualTo((Integer) autoscaler.at("spec", "maxReplicas"));
        });
        List<Map<String, Object>> podLabels = overlay.ofKind("Deployment").stream()
                .map(deployment -> deployment.map("spec", "template", "metadata", "labels")).toList();
        assertThat(overlay.ofKind("Service")).isNotEmpty().allSatisfy(service -> assertThat(podLabels)
                .as("pods selected by %s", service)
                .anySatisfy(labels -> assertThat(labels).containsAllEntriesOf(service.map("spec", "selector"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheFrontDoorsAreReachableFromOutside(RenderedOverlay overlay) {
        assertThat(overlay.ofKind("Service")).allSatisfy(service ->
                assertThat(service.at("spec", "type")).as("%s type", service).isIn(null, "ClusterIP"));
        List<String> exposed = overlay.ofKind("Ingress").stream()
                .flatMap(ingress -> ingress.list("spec", "rules").stream())
                .flatMap(rule -> new Resource(rule).list("http", "paths").stream())
                .map(path -> (String) new Resource(path).at("backend", "service", "name"))
                .toList();
        assertThat(exposed).isNotEmpty().allSatisfy(name -> assertThat(FRONT_DOORS).contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPlatformPodStartsFromDenyAll(RenderedOverlay overlay) {
        Resource denyAll = overlay.ofKind("NetworkPolicy").stream()
                .filter(policy -> policy.name().equals("platform-default-deny")).findFirst().orElseThrow();
        assertThat(denyAll.map("spec")).doesNotContainKeys("ingress", "egress");
        assertThat(denyAll.values("spec", "policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        List<Object> covered = new Resource(denyAll.list("spec", "podSelector", "matchExpressions").get(0)).values("values");
        assertThat(overlay.ofKind("Deployment")).allSatisfy(deployment -> assertThat(covered)
                .as("deny-all covers %s", deployment)
                .contains(deployment.at("spec", "template", "metadata", "labels", "app.kubernetes.io/name")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void secretsAreReferencedNeverKeptInTheRepository(RenderedOverlay overlay) {
        assertThat(overlay.ofKind("Secret")).isEmpty();
        assertThat(overlay.resources()).allSatisfy(resource -> assertThat(resource.content().toString())
                .doesNotContainIgnoringCase("password=").doesNotContainIgnoringCase("BEGIN PRIVATE KEY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaKeepsEveryAcknowledgedEventWhenOneNodeIsLost(RenderedOverlay overlay) {
        assertThat(overlay.ofKind("KafkaNodePool")).singleElement()
                .satisfies(pool -> assertThat(pool.at("spec", "replicas")).isEqualTo(3));
        assertThat(overlay.ofKind("Kafka")).singleElement()
                .satisfies(kafka -> assertThat(kafka.map("spec", "kafka", "config"))
                        .containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3));
        assertThat(overlay.ofKind("KafkaTopic")).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.at("spec", "replicas")).as("%s replicas", topic).isEqualTo(3);
            assertThat(topic.map("spec", "config")).as("%s config", topic).containsEntry("min.insync.replicas", 2);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everythingLandsInTheOverlaysNamespace(RenderedOverlay overlay) {
        String namespace = overlay.name().equals("production") ? "clinic" : "clinic-local";
        assertThat(overlay.ofKind("Namespace")).singleElement().satisfies(ns -> assertThat(ns.name()).isEqualTo(namespace));
        assertThat(overlay.resources()).filteredOn(resource -> !resource.kind().equals("Namespace"))
                .allSatisfy(resource -> assertThat(resource.at("metadata", "namespace")).as("%s", resource).isEqualTo(namespace));
    }
}
