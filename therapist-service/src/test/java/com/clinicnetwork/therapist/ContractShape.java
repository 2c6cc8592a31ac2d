package com.clinicnetwork.therapist;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The field names of a JSON document as paths ({@code workingHours[].dayOfWeek}), to compare a payload with its contract example. */
public final class ContractShape {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractShape() {
    }

    public static Set<String> of(String json) {
        Set<String> paths = new TreeSet<>();
        collect(JSON.readTree(json), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
                paths.add(path);
                collect(property.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                collect(element, prefix + "[]", paths);
            }
        }
    }
}
