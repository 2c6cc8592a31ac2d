package com.clinicnetwork.servicedefaults.apidocs;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Declares a property {@code nullable} in the document when its record component (or field) is annotated with
 * JSpecify's {@link Nullable}: the answer may carry {@code null} there, and a generated client must allow it.
 * Every other property is declared as never null. A nullable reference to another schema is wrapped as
 * {@code allOf} (OpenAPI 3.0 ignores siblings of {@code $ref}); a nullable enumeration lists {@code null} among its
 * values, as OpenAPI 3.0.3 asks. Also refuses two classes described under one schema name.
 */
class NullableProperties implements ModelConverter {

    private final Map<String, Class<?>> classesByName = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        if (schema == null || type.getType() == null) {
            return schema;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        requireOneClassPerName(schema, raw);
        Schema<?> model = model(schema, context);
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> properties = model.getProperties();
        for (String name : nullableProperties(raw)) {
            Schema<?> property = properties.get(name);
            if (property != null) {
                properties.put(name, nullable(property));
            }
        }
        return schema;
    }

    /**
     * Two classes with one simple name (two nested {@code Block} records, say) would share one schema, the second
     * silently described as the first: the document is refused until one of them is named with {@code @Schema(name)}.
     */
    private void requireOneClassPerName(Schema<?> schema, Class<?> type) {
        if (schema.get$ref() == null) {
            return;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        Class<?> earlier = classesByName.putIfAbsent(name, type);
        if (earlier != null && !earlier.equals(type)) {
            throw new IllegalStateException("Schema name '" + name + "' is taken by " + earlier.getName() + " and "
                    + type.getName() + ": name one of them with @Schema(name = ...)");
        }
    }

    /** The schema itself, or for a reference the model it names, which the resolver put in the components. */
    private static Schema<?> model(Schema<?> schema, ModelConverterContext context) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        return context.getDefinedModels().get(name);
    }

    static List<String> nullableProperties(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (isNullable(component.getAnnotatedType()) || isNullable(component)) {
                    names.add(component.getName());
                }
            }
            return names;
        }
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && (isNullable(field.getAnnotatedType()) || isNullable(field))) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    private static boolean isNullable(AnnotatedElement element) {
        return element.isAnnotationPresent(Nullable.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new Schema<>().nullable(true).allOf(List.of(new Schema<>().$ref(property.get$ref())))
                    .description(property.getDescription());
        }
        property.setNullable(true);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            ((Schema) property).setEnum(values);
        }
        return property;
    }
}
