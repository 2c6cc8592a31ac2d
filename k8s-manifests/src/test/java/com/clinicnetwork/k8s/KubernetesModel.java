package com.clinicnetwork.k8s;

import com.clinicnetwork.k8s.RenderedOverlay.Resource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Fabric8's Kubernetes model (the Go API types, generated as Java), read as strictly as the API server's strict field
 * validation ({@code kubectl apply --validate=strict}) reads a manifest. Fabric8 itself is lenient on purpose, so this
 * turns off its three allowances:
 * <ul>
 * <li>every model class keeps fields it does not know in {@code additionalProperties} through a {@code @JsonAnySetter}:
 * with the any-setters ignored, an unknown or misspelled field ({@code readinesProbe}) is an error that names it;
 * <li>Jackson turns {@code "3"} into 3, 3 into {@code "3"}, 1 into {@code true} and 2.5 into 2 where Go's decoder
 * refuses all four: these coercions fail here;
 * <li>fabric8 takes any text as a {@link Quantity}: here it must be a number or a string in Kubernetes' quantity
 * grammar ({@code 500m}, {@code 256Mi}, {@code 1e3}).
 * </ul>
 * Which class a resource is read into comes from its {@code apiVersion} and {@code kind}, as the API server decides it,
 * so only the kinds of the {@code kubernetes-model-*} modules on the test class path are known.
 */
final class KubernetesModel {

    /** Jackson's "(but could if coercion was enabled using `CoercionConfig`)": advice for Java code, not manifests. */
    private static final Pattern JACKSON_COERCION_ADVICE = Pattern.compile(" \\(but [^)]*CoercionConfig[^)]*\\)");

    private final KubernetesDeserializer kinds = new KubernetesDeserializer();
    private final JsonMapper strictMapper = JsonMapper.builder()
            .annotationIntrospector(new AnySettersIgnored())
            .addMixIn(Quantity.class, QuantityInKubernetesGrammar.class)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, textual -> textual
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, bool -> bool
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();

    /** The model class of a built-in kind, empty for a kind the model does not have (a custom resource, a typo). */
    Optional<Class<? extends KubernetesResource>> classOf(Resource resource) {
        return Optional.ofNullable(kinds.getRegisteredKind(resource.apiVersion(), resource.kind()));
    }

    /** The first field of {@code resource} that its built-in kind does not have or that has the wrong type. */
    Optional<String> problemIn(Resource resource) {
        Class<? extends KubernetesResource> type = classOf(resource)
                .orElseThrow(() -> new IllegalArgumentException(resource + " is not of a built-in kind"));
        return problemIn(resource.content(), type, FieldPath.ROOT);
    }

    /**
     * The first problem reading {@code value} (a map or list as SnakeYAML gives them) as a {@code type}, its place told
     * from {@code at}, where {@code value} sits in its resource.
     */
    Optional<String> problemIn(Object value, Class<?> type, FieldPath at) {
        try {
            strictMapper.convertValue(value, type);
            return Optional.empty();
        } catch (JacksonException problem) {
            return Optional.of(describe(problem, at));
        }
    }

    private static String describe(JacksonException problem, FieldPath at) {
        FieldPath path = at;
        for (JacksonException.Reference step : problem.getPath()) {
            path = step.getPropertyName() != null ? path.field(step.getPropertyName()) : path.index(step.getIndex());
        }
        if (problem instanceof UnrecognizedPropertyException) {
            return path + ": unknown field";
        }
        String message = problem.getOriginalMessage().lines().findFirst().orElse("");
        return path + ": " + JACKSON_COERCION_ADVICE.matcher(message).replaceAll("");
    }

    /** Ignores fabric8's {@code @JsonAnySetter}s, so a field no model class declares is unknown, not kept aside. */
    private static final class AnySettersIgnored extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(MapperConfig<?> config, Annotated annotated) {
            return Boolean.FALSE;
        }
    }

    @JsonDeserialize(using = QuantityDeserializer.class)
    private abstract static class QuantityInKubernetesGrammar {
    }

    /** Kubernetes' quantity: a decimal number, then a binary or decimal SI suffix or a decimal exponent. */
    static final class QuantityDeserializer extends ValueDeserializer<Quantity> {

        private static final Pattern QUANTITY =
                Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\\d+)?");

        @Override
        public Quantity deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken().isNumeric()) {
                return new Quantity(parser.getNumberValue().toString());
            }
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Quantity) context.handleUnexpectedToken(Quantity.class, parser);
            }
            String text = parser.getString();
            if (!QUANTITY.matcher(text).matches()) {
                return (Quantity) context.handleWeirdStringValue(Quantity.class, text,
                        "not a Kubernetes quantity (a number, optionally with a suffix such as m, Mi, Gi)");
            }
            return new Quantity(text);
        }
    }
}
