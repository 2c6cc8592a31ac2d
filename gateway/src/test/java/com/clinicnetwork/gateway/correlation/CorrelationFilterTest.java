package com.clinicnetwork.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationFilterTest {

    @Test
    void keepsAWellFormedRequestIdFromTheCaller() {
        assertThat(CorrelationFilter.requestId("web-2f9c1d7e")).isEqualTo("web-2f9c1d7e");
        assertThat(CorrelationFilter.requestId("0b1f7c8e-3b0a-4f5e-9a43-6c2d9e8f1a27")).isEqualTo("0b1f7c8e-3b0a-4f5e-9a43-6c2d9e8f1a27");
    }

    @Test
    void replacesAMissingShortLongOrUnsafeRequestIdWithAFreshOne() {
        for (String offered : new String[] {null, "", "abc", "x".repeat(129), "id with spaces", "id\r\nforged: line", "<script>"}) {
            assertThat(CorrelationFilter.requestId(offered))
                    .as("offered %s", offered)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }
}
