package com.clinicnetwork.opsconsole.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a service's answer to {@code GET /actuator/metrics/{name}}: the metric's measurements, which the actuator has
 * already aggregated over every tag set (a gauge's {@code VALUE} is the sum of its series).
 */
public final class ActuatorMetric {

    static final String VALUE = "VALUE";

    private ActuatorMetric() {
    }

    /**
     * The {@code VALUE} measurement (what a gauge reads), empty when the answer has none or it is not a number: the
     * service does not export the metric, or answered with something else.
     */
    public static Optional<Double> value(Map<String, Object> answer) {
        if (!(answer.get("measurements") instanceof List<?> measurements)) {
            return Optional.empty();
        }
        for (Object measurement : measurements) {
            if (measurement instanceof Map<?, ?> sample && VALUE.equals(sample.get("statistic"))
                    && sample.get("value") instanceof Number number && !Double.isNaN(number.doubleValue())) {
                return Optional.of(number.doubleValue());
            }
        }
        return Optional.empty();
    }
}
