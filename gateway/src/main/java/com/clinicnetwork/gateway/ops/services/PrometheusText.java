package com.clinicnetwork.gateway.ops.services;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads one metric out of a Prometheus text exposition: its samples over every label set, summed or
 * the largest, or empty when the service does not export it at all.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    public static OptionalDouble sum(String exposition, String metric) {
        List<Double> samples = samples(exposition, metric);
        return samples.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(samples.stream().mapToDouble(Double::doubleValue).sum());
    }

    public static OptionalDouble max(String exposition, String metric) {
        return samples(exposition, metric).stream().mapToDouble(Double::doubleValue).max();
    }

    static List<Double> samples(String exposition, String metric) {
        List<Double> samples = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            String rest = line.substring(metric.length());
            String value;
            if (rest.startsWith("{")) {
                int close = rest.lastIndexOf('}');
                if (close < 0) {
                    continue;
                }
                value = rest.substring(close + 1).trim();
            } else if (rest.startsWith(" ")) {
                value = rest.trim();
            } else {
                // Another metric sharing the prefix, e.g. clinic_outbox_backlog_max.
                continue;
            }
            // A sample may be followed by a timestamp.
            int space = value.indexOf(' ');
            try {
                double sample = Double.parseDouble(space < 0 ? value : value.substring(0, space));
                if (!Double.isNaN(sample)) {
                    samples.add(sample);
                }
            } catch (NumberFormatException e) {
                // Not a sample of this metric; a service's odd line must not hide the others.
            }
        }
        return samples;
    }
}
