package com.clinicnetwork.k8s;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a rendered resource against the schema of its kind: a built-in kind against the Kubernetes model, a custom
 * resource against its operator's CRD. A kind with neither has no schema to pass, so it fails too.
 */
final class ResourceSchemas {

    /**
     * {@code v1}, {@code apps/v1}, {@code autoscaling/v2}: the model still has the alpha and beta versions that
     * Kubernetes has long stopped serving ({@code networking.k8s.io/v1beta1} Ingress, {@code autoscaling/v2beta2}).
     */
    private static final Pattern STABLE_API_VERSION = Pattern.compile("([a-z0-9.-]+/)?v\\d+");

    private final KubernetesModel model = new KubernetesModel();
    private final CustomResourceDefinitions crds;

    ResourceSchemas(CustomResourceDefinitions crds) {
        this.crds = crds;
    }

    /** What is wrong with {@code resource}, each problem starting with its kind and name; empty when nothing is. */
    List<String> problemsIn(Resource resource) {
        List<String> problems = model.classOf(resource).isPresent()
                ? builtInProblems(resource)
                : crds.schemaOf(resource).map(schema -> customResourceProblems(resource, schema))
                        .orElseGet(() -> List.of(noSchema(resource)));
        return problems.stream().map(problem -> resource + ": " + problem).toList();
    }

    private List<String> builtInProblems(Resource resource) {
        if (!STABLE_API_VERSION.matcher(resource.apiVersion()).matches()) {
            return List.of("apiVersion " + resource.apiVersion() + ": a pre-release version of a built-in kind, which"
                    + " Kubernetes removes once the kind is stable (policy/v1beta1 since 1.25): use the stable one");
        }
        return model.problemIn(resource).stream().toList();
    }

    private String noSchema(Resource resource) {
        return "apiVersion " + resource.apiVersion() + " kind " + resource.kind() + ": no schema: neither a kind of the"
                + " Kubernetes model on the test class path (add its kubernetes-model-* module) nor a custom resource of"
                + " a shipped CRD (" + String.join(", ", crds.servedKinds()) + ")";
    }

    /**
     * The API server reads a custom resource's {@code metadata} as the ObjectMeta of every object, whatever the CRD
     * says of it (just {@code type: object}, which would make every field of it unknown); the rest goes by the CRD.
     */
    private List<String> customResourceProblems(Resource resource, StructuralSchema schema) {
        Map<String, Object> metadataChecked = new LinkedHashMap<>(resource.content());
        Object metadata = metadataChecked.replace("metadata", Map.of());
        List<String> problems = new ArrayList<>();
        model.problemIn(metadata, ObjectMeta.class, FieldPath.ROOT.field("metadata")).ifPresent(problems::add);
        problems.addAll(schema.violations(metadataChecked));
        return problems;
    }
}
