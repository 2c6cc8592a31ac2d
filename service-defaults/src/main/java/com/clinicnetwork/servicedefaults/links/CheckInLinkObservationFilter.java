package com.clinicnetwork.servicedefaults.links;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps check-in link tokens out of metrics and traces. The token is in the path of the link endpoints
 * ({@code /api/v1/aftercare-check-in-links/<token>}), and HTTP observations record the path (a trace's {@code http.url},
 * a gateway route's URI) where whoever can read the trace store could copy it and answer, or read, a client's
 * check-in. Every tag value naming such a path gets {@code {token}} instead; the rest of the observation stays.
 */
public class CheckInLinkObservationFilter implements ObservationFilter {

    private static final Pattern TOKEN = Pattern.compile("(/aftercare-check-in-links/)[^/?#\\s]+");
    private static final String REDACTED = "$1{token}";

    @Override
    public Observation.Context map(Observation.Context context) {
        for (KeyValue tag : context.getLowCardinalityKeyValues()) {
            redacted(tag).ifPresent(context::addLowCardinalityKeyValue);
        }
        for (KeyValue tag : context.getHighCardinalityKeyValues()) {
            redacted(tag).ifPresent(context::addHighCardinalityKeyValue);
        }
        return context;
    }

    private static Optional<KeyValue> redacted(KeyValue tag) {
        String value = tag.getValue();
        if (!value.contains("/aftercare-check-in-links/")) {
            return Optional.empty();
        }
        return Optional.of(KeyValue.of(tag.getKey(), TOKEN.matcher(value).replaceAll(REDACTED)));
    }
}
