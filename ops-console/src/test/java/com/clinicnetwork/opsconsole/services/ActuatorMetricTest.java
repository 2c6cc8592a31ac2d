package com.clinicnetwork.opsconsole.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ActuatorMetricTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheValueMeasurementOfTheActuatorsAnswer() {
        Map<String, Object> answer = parse("""
                {"name":"clinic.outbox.backlog","description":"Outbox events not yet published to Kafka","baseUnit":"events",
                 "measurements":[{"statistic":"COUNT","value":9.0},{"statistic":"VALUE","value":4.0}],"availableTags":[]}""");

        assertThat(ActuatorMetric.value(answer)).hasValue(4.0);
    }

    @Test
    void aWholeNumberIsAValueToo() {
        assertThat(ActuatorMetric.value(parse("{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":12}]}"))).hasValue(12.0);
    }

    @Test
    void nothingWhenTheAnswerHasNoUsableValue() {
        for (String answer : List.of("{}", "{\"from\":\"booking-service\"}", "{\"measurements\":\"none\"}",
                "{\"measurements\":[{\"statistic\":\"MAX\",\"value\":3.0}]}",
                "{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":\"NaN\"}]}",
                "{\"measurements\":[{\"statistic\":\"VALUE\"}]}", "{\"measurements\":[7]}")) {
            assertThat(ActuatorMetric.value(parse(answer))).as(answer).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return JSON.readValue(json, Map.class);
    }
}
