package com.clinicnetwork.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GzipEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br, zstd", "br;q=1.0, GZIP;q=0.5", "x-gzip", "*", "identity, *;q=0.1",
            " gzip ; q=1 "})
    void acceptedWhenListedWithoutZeroWeight(String acceptEncoding) {
        assertThat(GzipEncoding.accepted(acceptEncoding)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"identity", "deflate, br", "gzip;q=0", "gzip;q=0.000", "*;q=0", "gzip;q=oops", "gzipped"})
    void notAcceptedOtherwise(String acceptEncoding) {
        assertThat(GzipEncoding.accepted(acceptEncoding)).isFalse();
    }

    @Test
    void compressedContentUnzipsToTheOriginal() throws IOException {
        byte[] json = "[{\"therapistId\":\"c3e4f5a6\",\"startsAt\":\"2027-01-11T09:00:00Z\"}]".repeat(500)
                .getBytes(StandardCharsets.UTF_8);

        byte[] compressed = GzipEncoding.compress(json);

        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(json);
        }
        assertThat(compressed.length).isLessThan(json.length / 20);
    }
}
