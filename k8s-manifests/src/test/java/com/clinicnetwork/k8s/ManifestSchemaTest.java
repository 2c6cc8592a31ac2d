package com.clinicnetwork.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every resource of every rendering of {@code deploy/k8s} as the API server and the operators would read it: the
 * built-in kinds against the Kubernetes model with strict field validation, the custom resources (Strimzi's Kafka,
 * node pool, topics and users, CloudNativePG's Clusters) against the operators' published CRDs. A misspelled field
 * that Kubernetes would drop without a word, or a value of the wrong type or out of range, fails here instead.
 */
class ManifestSchemaTest {

    private static ResourceSchemas schemas;

    @BeforeAll
    static void readTheCrds() throws IOException, URISyntaxException {
        schemas = new ResourceSchemas(CustomResourceDefinitions.shipped());
    }

    static Stream<RenderedOverlay> overlays() throws IOException, InterruptedException {
        return RenderedOverlay.both().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyResourceMatchesTheSchemaOfItsKind(RenderedOverlay overlay) {
        List<String> problems = overlay.resources().stream().flatMap(resource -> schemas.problemsIn(resource).stream()).toList();

        assertThat(problems).as("schema problems in the %s overlay", overlay).isEmpty();
    }

    /** Guards the test above against passing for want of custom resources: these went through their CRDs' schemas. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theOperatorsResourcesAreAmongThoseChecked(RenderedOverlay overlay) {
        assertThat(overlay.resources()).extracting(Resource::kind)
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster");
    }
}
