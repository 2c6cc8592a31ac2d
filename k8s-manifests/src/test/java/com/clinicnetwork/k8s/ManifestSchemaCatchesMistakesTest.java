package com.clinicnetwork.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema checks fail on the mistakes they are there for: each case spoils one field of a copy of a rendered
 * resource and expects the problem named with its resource and field. Without this, a change of library defaults could
 * make {@link ManifestSchemaTest} pass everything.
 */
class ManifestSchemaCatchesMistakesTest {

    private static ResourceSchemas schemas;
    private static RenderedOverlay production;

    @BeforeAll
    static void renderAndReadTheCrds() throws IOException, InterruptedException, URISyntaxException {
        schemas = new ResourceSchemas(CustomResourceDefinitions.shipped());
        production = RenderedOverlay.both().stream().filter(overlay -> overlay.name().equals("production")).findFirst()
                .orElseThrow();
    }

    @Test
    void aMisspelledFieldOfABuiltInKind() {
        Resource deployment = copyOf("Deployment", "booking-service");
        Map<String, Object> container = deployment.list("spec", "template", "spec", "containers").get(0);
        container.put("readinesProbe", container.remove("readinessProbe"));

        assertThat(schemas.problemsIn(deployment)).containsExactly(
                "Deployment booking-service: spec.template.spec.containers[0].readinesProbe: unknown field");
    }

    @Test
    void aStringWhereTheKubernetesModelWantsAnInteger() {
        Resource autoscaler = copyOf("HorizontalPodAutoscaler", "booking-service");
        autoscaler.map("spec").put("maxReplicas", "6");

        assertThat(schemas.problemsIn(autoscaler)).singleElement().asString()
                .startsWith("HorizontalPodAutoscaler booking-service: spec.maxReplicas: ")
                .contains("Integer", "String");
    }

    @Test
    void aQuantityOutsideKubernetesGrammar() {
        Resource deployment = copyOf("Deployment", "gateway");
        new Resource(deployment.list("spec", "template", "spec", "containers").get(0)).map("resources", "limits")
                .put("memory", "512mb");

        assertThat(schemas.problemsIn(deployment)).singleElement().asString().startsWith(
                "Deployment gateway: spec.template.spec.containers[0].resources.limits.memory: ").contains("512mb");
    }

    @Test
    void anUnknownFieldInACustomResource() {
        Resource kafka = copyOf("Kafka", "clinic-kafka");
        kafka.map("spec", "kafka").put("replica", 3);

        assertThat(schemas.problemsIn(kafka)).containsExactly("Kafka clinic-kafka: spec.kafka.replica: unknown field"
                + " (not in the CRD's schema: Kubernetes would silently drop it)");
    }

    @Test
    void aValueOutsideACustomResourcesEnumAndRange() {
        Resource cluster = copyOf("Cluster", "booking-db");
        cluster.map("spec").put("primaryUpdateStrategy", "whenever");
        cluster.map("spec").put("instances", 0);

        assertThat(schemas.problemsIn(cluster)).containsExactlyInAnyOrder(
                "Cluster booking-db: spec.primaryUpdateStrategy: a string (\"whenever\") is none of [unsupervised, supervised]",
                "Cluster booking-db: spec.instances: 0 is less than the minimum 1");
    }

    @Test
    void aKindWithoutASchema() {
        Resource deployment = copyOf("Deployment", "gateway");
        deployment.content().put("kind", "Deploymnt");

        assertThat(schemas.problemsIn(deployment)).singleElement().asString()
                .startsWith("Deploymnt gateway: apiVersion apps/v1 kind Deploymnt: no schema");
    }

    @Test
    void aBuiltInKindAtAVersionKubernetesNoLongerServes() {
        Resource budget = copyOf("PodDisruptionBudget", "gateway");
        budget.content().put("apiVersion", "policy/v1beta1");

        assertThat(schemas.problemsIn(budget)).singleElement().asString()
                .startsWith("PodDisruptionBudget gateway: apiVersion policy/v1beta1: a pre-release version");
    }

    private static Resource copyOf(String kind, String name) {
        Resource original = production.ofKind(kind).stream().filter(resource -> resource.name().equals(name))
                .findFirst().orElseThrow();
        return new Resource(RenderedOverlay.cast(deepCopy(original.content())));
    }

    /** The rendering is shared by all tests: spoil only copies of it. */
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }
}
