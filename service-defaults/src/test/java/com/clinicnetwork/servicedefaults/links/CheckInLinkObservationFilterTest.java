package com.clinicnetwork.servicedefaults.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;

class CheckInLinkObservationFilterTest {

    private static final String TOKEN = "5_ipsMHSTj-ktcbX6PmgBAAAAABpR8Ug.qogB3PAuX3gMRle2AxCLW0uehFl99cz7wMKZDJsTW6Q";

    private final CheckInLinkObservationFilter filter = new CheckInLinkObservationFilter();

    @Test
    void theTokenOfALinkPathBecomesAPlaceholderInEveryTag() {
        Observation.Context context = new Observation.Context();
        context.addHighCardinalityKeyValue(KeyValue.of("http.url", "/api/v1/aftercare-check-in-links/" + TOKEN));
        context.addHighCardinalityKeyValue(KeyValue.of("uri",
                "http://127.0.0.1:8082/api/v1/aftercare-check-in-links/" + TOKEN + "?x=1"));
        context.addLowCardinalityKeyValue(KeyValue.of("route.uri", "/api/v1/aftercare-check-in-links/" + TOKEN));

        filter.map(context);

        assertThat(context.getHighCardinalityKeyValue("http.url").getValue()).isEqualTo("/api/v1/aftercare-check-in-links/{token}");
        assertThat(context.getHighCardinalityKeyValue("uri").getValue())
                .isEqualTo("http://127.0.0.1:8082/api/v1/aftercare-check-in-links/{token}?x=1");
        assertThat(context.getLowCardinalityKeyValue("route.uri").getValue()).isEqualTo("/api/v1/aftercare-check-in-links/{token}");
    }

    @Test
    void everyOtherTagStaysAsItWas() {
        Observation.Context context = new Observation.Context();
        context.addHighCardinalityKeyValue(KeyValue.of("http.url", "/api/v1/appointments/42"));
        context.addLowCardinalityKeyValue(KeyValue.of("uri", "/api/v1/aftercare-check-ins"));

        filter.map(context);

        assertThat(context.getHighCardinalityKeyValue("http.url").getValue()).isEqualTo("/api/v1/appointments/42");
        assertThat(context.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/api/v1/aftercare-check-ins");
    }
}
