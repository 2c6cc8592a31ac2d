package com.clinicnetwork.k8s;

/**
 * Where in a resource a schema check found something, written the way {@code kubectl explain} and the API server's
 * errors write it: {@code spec.template.spec.containers[0].readinessProbe}; a key with dots in it (a label, a Kafka
 * setting) in brackets, {@code config["min.insync.replicas"]}, so the reader can tell it from nesting.
 */
record FieldPath(String text) {

    static final FieldPath ROOT = new FieldPath("");

    FieldPath field(String name) {
        if (name.contains(".") || name.contains("/")) {
            return new FieldPath(text + "[\"" + name + "\"]");
        }
        return new FieldPath(text.isEmpty() ? name : text + "." + name);
    }

    FieldPath index(int index) {
        return new FieldPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(the whole resource)" : text;
    }
}
