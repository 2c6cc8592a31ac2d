package com.clinicnetwork.k8s;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code openAPIV3Schema} of one version of a CustomResourceDefinition, applied to a custom resource the way the
 * API server applies it, except that a field the server would silently prune is an error here.
 *
 * <p>Why a walker of our own rather than a JSON Schema library: Kubernetes does not read these schemas as JSON Schema.
 * An object drops (prunes) every field its {@code properties} do not name unless it says
 * {@code x-kubernetes-preserve-unknown-fields}; {@code x-kubernetes-int-or-string} stands for a type; and the
 * alternatives of {@code anyOf}/{@code oneOf} may only narrow, never name fields of their own (the schema is
 * "structural"). A JSON Schema validator knows none of that: it would let every misspelled field through, and
 * adding {@code additionalProperties: false} everywhere would wrongly reject a field that one {@code oneOf} alternative
 * does not list. The structural subset is small, so walking it is shorter and plainer than rewriting schemas for a
 * library.
 *
 * <p>A keyword outside {@link #CHECKED} and {@link #NOT_CHECKED} fails loudly, so a newer CRD that starts using one
 * cannot be half-checked unnoticed. Not checked: CEL rules ({@code x-kubernetes-validations}, which need a CEL
 * interpreter), formats other than {@code int32}/{@code int64} (the shipped CRDs use only {@code date-time}, in status
 * fields) and defaults.
 */
final class StructuralSchema {

    private static final Set<String> CHECKED = Set.of("type", "properties", "required", "additionalProperties", "items",
            "enum", "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "format", "nullable", "anyOf",
            "oneOf", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-list-type",
            "x-kubernetes-list-map-keys");
    /** Documentation, defaults, CEL rules, and what only server-side apply reads. */
    private static final Set<String> NOT_CHECKED = Set.of("description", "default", "example", "x-kubernetes-validations",
            "x-kubernetes-map-type");
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Map<String, Object> root;

    StructuralSchema(Map<String, Object> openApiV3Schema) {
        this.root = openApiV3Schema;
    }

    /** Every place where {@code value} (maps, lists and scalars as SnakeYAML reads them) breaks the schema. */
    List<String> violations(Object value) {
        List<String> found = new ArrayList<>();
        check(value, root, FieldPath.ROOT, true, found);
        return found;
    }

    /**
     * @param pruning whether a field the schema does not name is an error: true along the schema's own properties,
     *                false inside {@code anyOf}/{@code oneOf} alternatives, which Kubernetes never prunes by
     */
    private void check(Object value, Map<String, Object> schema, FieldPath path, boolean pruning, List<String> found) {
        requireUnderstood(schema, path);
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                found.add(path + ": null, which the schema does not allow here");
            }
            return;
        }
        String expected = expectedType(schema);
        if (expected != null && !isOfType(value, expected)) {
            found.add(path + ": " + describe(value) + " where the schema wants " + expected);
            return;
        }
        checkEnum(value, schema, path, found);
        if (value instanceof String text) {
            checkString(text, schema, path, found);
        } else if (value instanceof Number number) {
            checkNumber(number, schema, path, found);
        } else if (value instanceof Map<?, ?> object) {
            checkObject(RenderedOverlay.cast(object), schema, path, pruning, found);
        } else if (value instanceof List<?> list) {
            checkList(list, schema, path, pruning, found);
        }
        checkAlternatives(value, schema, path, found);
    }

    private static void requireUnderstood(Map<String, Object> schema, FieldPath path) {
        for (String keyword : schema.keySet()) {
            if (!CHECKED.contains(keyword) && !NOT_CHECKED.contains(keyword)) {
                throw new IllegalStateException("The CRD schema at " + path + " uses '" + keyword
                        + "', which StructuralSchema does not know yet: teach it before trusting this CRD");
            }
        }
    }

    private static String expectedType(Map<String, Object> schema) {
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            return "integer or string";
        }
        return (String) schema.get("type");
    }

    private static boolean isOfType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "number" -> value instanceof Number;
            case "integer" -> isInteger(value);
            case "integer or string" -> isInteger(value) || value instanceof String;
            default -> throw new IllegalStateException("Unknown schema type " + type);
        };
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        String kind = value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number";
        return kind + " (" + (value instanceof String ? "\"" + value + "\"" : value) + ")";
    }

    private static void checkEnum(Object value, Map<String, Object> schema, FieldPath path, List<String> found) {
        if (schema.get("enum") instanceof List<?> allowed
                && allowed.stream().noneMatch(candidate -> sameValue(candidate, value))) {
            found.add(path + ": " + describe(value) + " is none of " + allowed);
        }
    }

    /** JSON equality: SnakeYAML reads 3 as an Integer and 3000000000 as a Long, both are the number 3 or 3000000000. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a.equals(b);
    }

    private static void checkString(String text, Map<String, Object> schema, FieldPath path, List<String> found) {
        if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
            found.add(path + ": \"" + text + "\" does not match " + pattern);
        }
        int length = text.codePointCount(0, text.length());
        if (schema.get("minLength") instanceof Number min && length < min.intValue()) {
            found.add(path + ": \"" + text + "\" is shorter than " + min);
        }
        if (schema.get("maxLength") instanceof Number max && length > max.intValue()) {
            found.add(path + ": \"" + text + "\" is longer than " + max);
        }
    }

    private static void checkNumber(Number number, Map<String, Object> schema, FieldPath path, List<String> found) {
        BigDecimal value = new BigDecimal(number.toString());
        if (schema.get("minimum") instanceof Number min && value.compareTo(new BigDecimal(min.toString())) < 0) {
            found.add(path + ": " + number + " is less than the minimum " + min);
        }
        if (schema.get("maximum") instanceof Number max && value.compareTo(new BigDecimal(max.toString())) > 0) {
            found.add(path + ": " + number + " is more than the maximum " + max);
        }
        Object format = schema.get("format");
        boolean outOfInt32 = "int32".equals(format) && (value.compareTo(INT32_MIN) < 0 || value.compareTo(INT32_MAX) > 0);
        boolean outOfInt64 = "int64".equals(format) && (value.compareTo(INT64_MIN) < 0 || value.compareTo(INT64_MAX) > 0);
        if (outOfInt32 || outOfInt64) {
            found.add(path + ": " + number + " does not fit " + format);
        }
    }

    private void checkObject(Map<String, Object> object, Map<String, Object> schema, FieldPath path, boolean pruning,
            List<String> found) {
        Map<String, Object> properties = RenderedOverlay.cast(schema.getOrDefault("properties", Map.of()));
        Object additional = schema.get("additionalProperties");
        boolean preservesUnknown = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
        for (Map.Entry<String, Object> field : object.entrySet()) {
            FieldPath fieldPath = path.field(field.getKey());
            if (properties.containsKey(field.getKey())) {
                check(field.getValue(), RenderedOverlay.cast(properties.get(field.getKey())), fieldPath, pruning, found);
            } else if (additional instanceof Map<?, ?> valueSchema) {
                check(field.getValue(), RenderedOverlay.cast(valueSchema), fieldPath, pruning, found);
            } else if (pruning && !preservesUnknown && !Boolean.TRUE.equals(additional)) {
                found.add(fieldPath + ": unknown field (not in the CRD's schema: Kubernetes would silently drop it)");
            }
        }
        if (schema.get("required") instanceof List<?> required) {
            required.stream().filter(name -> !object.containsKey(name))
                    .forEach(name -> found.add(path.field((String) name) + ": required field missing"));
        }
    }

    private void checkList(List<?> list, Map<String, Object> schema, FieldPath path, boolean pruning, List<String> found) {
        if (schema.get("items") instanceof Map<?, ?> itemSchema) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), RenderedOverlay.cast(itemSchema), path.index(i), pruning, found);
            }
        }
        if (schema.get("minItems") instanceof Number min && list.size() < min.intValue()) {
            found.add(path + ": " + list.size() + " items, fewer than " + min);
        }
        checkListType(list, schema, path, found);
    }

    /** A {@code set} holds no value twice, a {@code map} no two items with the same values of its keys. */
    private static void checkListType(List<?> list, Map<String, Object> schema, FieldPath path, List<String> found) {
        Object listType = schema.get("x-kubernetes-list-type");
        List<?> mapKeys = schema.get("x-kubernetes-list-map-keys") instanceof List<?> keys ? keys : List.of();
        if (!"set".equals(listType) && !"map".equals(listType)) {
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Object identity = "set".equals(listType) || !(item instanceof Map<?, ?> map)
                    ? item : mapKeys.stream().map(map::get).toList();
            if (!seen.add(identity)) {
                found.add(path.index(i) + ": a second item with " + identity + " (x-kubernetes-list-type: " + listType + ")");
            }
        }
    }

    /** {@code anyOf}: at least one alternative holds; {@code oneOf}: exactly one does. */
    private void checkAlternatives(Object value, Map<String, Object> schema, FieldPath path, List<String> found) {
        for (String junctor : List.of("anyOf", "oneOf")) {
            if (!(schema.get(junctor) instanceof List<?> alternatives)) {
                continue;
            }
            List<List<String>> outcomes = alternatives.stream().map(alternative -> {
                List<String> violations = new ArrayList<>();
                check(value, RenderedOverlay.cast(alternative), path, false, violations);
                return violations;
            }).toList();
            long holding = outcomes.stream().filter(List::isEmpty).count();
            if (holding == 0) {
                found.add(path + ": matches none of the " + junctor + " alternatives: " + outcomes);
            } else if (junctor.equals("oneOf") && holding > 1) {
                found.add(path + ": matches " + holding + " of the oneOf alternatives, where exactly one must");
            }
        }
    }
}
