package com.clinicnetwork.booking;

import com.clinicnetwork.testsupport.architecture.WebLayerBoundary;
import org.junit.jupiter.api.Test;

class WebLayerBoundaryTest {

    @Test
    void onlyTheWebLayerChoosesHttpAnswers() {
        WebLayerBoundary.assertHttpOnlyInWebLayerUnder("com.clinicnetwork.booking");
    }
}
