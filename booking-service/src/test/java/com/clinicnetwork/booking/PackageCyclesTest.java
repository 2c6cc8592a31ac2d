package com.clinicnetwork.booking;

import com.clinicnetwork.testsupport.architecture.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void noTwoPackagesDependOnEachOtherInACycle() {
        PackageCycles.assertNoneUnder("com.clinicnetwork.booking");
    }
}
